// Pure rules of the job queue: retry timing, reminder timing, error text.

/** First retry after 10 s, doubling with every attempt, never more than an hour apart. */
export const BACKOFF_BASE_MS = 10_000;
export const BACKOFF_MAX_MS = 60 * 60 * 1000;

/** Delay before the next try after `attempts` failed attempts (attempts ≥ 1). */
export function backoffMs(attempts: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(BACKOFF_BASE_MS * 2 ** exponent, BACKOFF_MAX_MS);
}

/** Reminders go out two days before the session starts. */
export const REMINDER_LEAD_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * When to remind of a session, or null when that moment has already passed
 * (whoever enrols less than two days ahead has the confirmation fresh in mind).
 */
export function reminderRunAt(sessionStartsAt: Date, now: Date): Date | null {
  const at = new Date(sessionStartsAt.getTime() - REMINDER_LEAD_MS);
  return at > now ? at : null;
}

/**
 * One reminder per enrolment and start time: moving the session gives a new
 * key (and the old reminder finds the start time changed and sends nothing).
 */
export function reminderDedupeKey(enrolmentId: string, sessionStartsAt: Date): string {
  return `reminder:${enrolmentId}:${sessionStartsAt.toISOString()}`;
}

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+/g;
const MAX_ERROR_LENGTH = 1_000;

/**
 * An error as stored in Job.lastError and written to the log: SMTP servers
 * quote recipient addresses in their refusals, and addresses are personal data.
 */
export function describeJobError(error: unknown): string {
  const text =
    error instanceof Error
      ? [error.name, "code" in error && typeof error.code === "string" ? error.code : null, error.message]
          .filter(Boolean)
          .join(": ")
      : String(error);
  return text.replace(EMAIL, "[email]").slice(0, MAX_ERROR_LENGTH);
}
