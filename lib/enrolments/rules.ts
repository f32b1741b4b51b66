// Pure enrolment rules: may this person enrol in this session now, and how a
// waitlist is kept numbered 1..n without gaps. No database, no clock: `now`
// is always passed in.
import type { Eligibility, EnrolmentStatus, MenuStatus, SessionStatus } from "@/lib/db/enums";
import { AppError } from "@/lib/http/errors";

export type RegistrationSubject = {
  status: SessionStatus;
  menuStatus: MenuStatus;
  startsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
};

/** Why registration is not open, or OPEN. */
export type RegistrationState = "OPEN" | "NOT_PUBLISHED" | "SESSION_CANCELLED" | "NOT_YET_OPEN" | "CLOSED";

/**
 * Registration is open when the menu is published, the session is scheduled
 * and opensAt ≤ now ≤ closesAt and now < startsAt. A missing opensAt means
 * "open since publication"; a missing closesAt means "until the start".
 */
export function registrationState(session: RegistrationSubject, now: Date): RegistrationState {
  if (session.menuStatus !== "PUBLISHED") return "NOT_PUBLISHED";
  if (session.status !== "SCHEDULED") return "SESSION_CANCELLED";
  if (session.registrationOpensAt && now < session.registrationOpensAt) return "NOT_YET_OPEN";
  if (now >= session.startsAt) return "CLOSED";
  if (session.registrationClosesAt && now > session.registrationClosesAt) return "CLOSED";
  return "OPEN";
}

export function isRegistrationOpen(session: RegistrationSubject, now: Date): boolean {
  return registrationState(session, now) === "OPEN";
}

export type EligibilitySubject = { eligibility: Eligibility; restrictedLibraryId: string | null };

export type EligibilityState = "ELIGIBLE" | "NO_LIBRARY" | "OTHER_LIBRARY";

/**
 * REGION sessions are open to the staff of every member library (the actor
 * must belong to one); LIBRARY sessions to the staff of that one library.
 */
export function eligibilityOf(actor: { libraryId: string | null }, session: EligibilitySubject): EligibilityState {
  if (!actor.libraryId) return "NO_LIBRARY";
  if (session.eligibility === "LIBRARY" && actor.libraryId !== session.restrictedLibraryId) return "OTHER_LIBRARY";
  return "ELIGIBLE";
}

/** Every reason an enrolment is refused with 422; the UI translates each. */
export type EnrolmentRefusal = Exclude<RegistrationState, "OPEN"> | Exclude<EligibilityState, "ELIGIBLE">;

const REFUSAL_TEXT: Record<EnrolmentRefusal, string> = {
  NOT_PUBLISHED: "This session is not open for registration.",
  SESSION_CANCELLED: "This session has been cancelled.",
  NOT_YET_OPEN: "Registration for this session has not opened yet.",
  CLOSED: "Registration for this session has closed.",
  NO_LIBRARY: "Only the staff of a member library may enrol.",
  OTHER_LIBRARY: "This session is restricted to the staff of another library.",
};

/** 422 with a specific English message; `reason` lets the UI say it in the user's language. */
export class EnrolmentRefusedError extends AppError {
  constructor(readonly reason: EnrolmentRefusal) {
    super("VALIDATION_FAILED", REFUSAL_TEXT[reason], { sessionId: REFUSAL_TEXT[reason] });
    this.name = "EnrolmentRefusedError";
  }
}

/** The first refusal that applies, or null when the actor may enrol now. */
export function enrolmentRefusal(
  actor: { libraryId: string | null },
  session: RegistrationSubject & EligibilitySubject,
  now: Date,
): EnrolmentRefusal | null {
  const registration = registrationState(session, now);
  if (registration !== "OPEN") return registration;
  const eligibility = eligibilityOf(actor, session);
  return eligibility === "ELIGIBLE" ? null : eligibility;
}

/** Enrolments that still hold a seat or a place in the queue. */
export function isActive(status: EnrolmentStatus): boolean {
  return status === "CONFIRMED" || status === "WAITLISTED";
}

/**
 * Staff may cancel their own active enrolment until the session starts;
 * coordinators (`manage`) may also cancel after the start.
 */
export function mayCancel(status: EnrolmentStatus, startsAt: Date, now: Date, manage: boolean): boolean {
  if (!isActive(status)) return false;
  return manage || now < startsAt;
}

export type WaitlistEntry = { id: string; position: number };

/**
 * The position changes that make a waitlist 1..n again, keeping its order
 * (gaps closed, entries removed from the front moved up). Only the entries
 * whose position changes are returned.
 */
export function renumberWaitlist(entries: readonly WaitlistEntry[]): WaitlistEntry[] {
  return [...entries]
    .sort((a, b) => a.position - b.position)
    .map((entry, index) => ({ id: entry.id, position: index + 1, from: entry.position }))
    .filter((entry) => entry.position !== entry.from)
    .map(({ id, position }) => ({ id, position }));
}

/** How many of the waitlist a session can take in now. */
export function promotableCount(capacity: number, seatsTaken: number, waitlistLength: number): number {
  return Math.max(0, Math.min(capacity - seatsTaken, waitlistLength));
}
