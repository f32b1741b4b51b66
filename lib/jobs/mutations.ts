// The job queue's writes. Enqueueing always happens inside the caller's
// transaction (outbox), so a job exists exactly when the change that caused
// it was committed. Claiming uses FOR UPDATE SKIP LOCKED, so any number of
// workers share the queue without running one job twice at the same time.
// See docs/decisions/0007-job-queue.md.
import "server-only";
import {
  mergeChangeNotices,
  type CalendarChange,
  type CalendarSnapshot,
  type ChangeNotice,
} from "@/lib/calendar/changes";
import type { Db, Tx } from "@/lib/db";
import type { JobName, JobPayloads } from "./names";
import { reminderDedupeKey, reminderRunAt } from "./rules";
import { payloadSchemas } from "./schema";

export type { Db, Tx };

export type EnqueueOptions = {
  /** Not before this instant (e.g. a reminder two days before a session). */
  runAt?: Date;
  /** At most one job with this key ever exists; a second enqueue is a no-op. */
  dedupeKey?: string;
};

export async function enqueue<N extends JobName>(
  tx: Tx,
  name: N,
  payload: JobPayloads[N],
  options: EnqueueOptions = {},
): Promise<void> {
  if (options.dedupeKey) {
    await tx.job.upsert({
      where: { dedupeKey: options.dedupeKey },
      create: { name, payload, runAt: options.runAt, dedupeKey: options.dedupeKey },
      update: {},
    });
    return;
  }
  await tx.job.create({ data: { name, payload, runAt: options.runAt } });
}

/**
 * Several jobs of one name in one statement. Those with a dedupeKey that
 * already exists are skipped (ON CONFLICT DO NOTHING), as enqueue's upsert
 * skips them one at a time. Returns how many were added.
 */
export async function enqueueMany<N extends JobName>(
  tx: Tx,
  name: N,
  jobs: readonly { payload: JobPayloads[N]; options?: EnqueueOptions }[],
): Promise<number> {
  if (jobs.length === 0) return 0;
  const { count } = await tx.job.createMany({
    data: jobs.map(({ payload, options = {} }) => ({
      name,
      payload,
      runAt: options.runAt,
      dedupeKey: options.dedupeKey,
    })),
    skipDuplicates: true,
  });
  return count;
}

/** scheduleSessionReminder for several enrolments of one session, in one statement. */
export async function scheduleSessionReminders(
  tx: Tx,
  enrolmentIds: readonly string[],
  sessionStartsAt: Date,
  now: Date = new Date(),
): Promise<void> {
  const runAt = reminderRunAt(sessionStartsAt, now);
  if (!runAt) return;
  await enqueueMany(
    tx,
    "email.sessionReminder",
    enrolmentIds.map((enrolmentId) => ({
      payload: { enrolmentId, sessionStartsAt: sessionStartsAt.toISOString() },
      options: { runAt, dedupeKey: reminderDedupeKey(enrolmentId, sessionStartsAt) },
    })),
  );
}

/**
 * The reminder two days before a confirmed enrolment's session. Call it when
 * an enrolment becomes CONFIRMED (enrolled or promoted) and when a session's
 * start time changes; it does nothing when the session is less than two days
 * away. Returns whether a reminder is (already) scheduled.
 */
export async function scheduleSessionReminder(
  tx: Tx,
  enrolment: { id: string; sessionStartsAt: Date },
  now: Date = new Date(),
): Promise<boolean> {
  const runAt = reminderRunAt(enrolment.sessionStartsAt, now);
  if (!runAt) return false;
  await enqueue(
    tx,
    "email.sessionReminder",
    { enrolmentId: enrolment.id, sessionStartsAt: enrolment.sessionStartsAt.toISOString() },
    { runAt, dedupeKey: reminderDedupeKey(enrolment.id, enrolment.sessionStartsAt) },
  );
  return true;
}

type ChangeNoticeName = "email.sessionChanged" | "email.meetingChanged";

/**
 * Queues a change notice to one person (`key`: whom and about what), folding
 * in the notices to them about the same entry that still wait in the queue,
 * unclaimed: one mail then says what changed since they last heard, with the
 * "before" of the oldest. A notice a worker has claimed is left alone (the
 * row lock and the re-checked `lockedUntil` keep the two apart), so at worst
 * both go out, never neither.
 */
export async function enqueueChangeNotice<N extends ChangeNoticeName>(
  tx: Tx,
  name: N,
  key: Omit<JobPayloads[N], "changes" | "before">,
  notice: { changes: CalendarChange[]; before: CalendarSnapshot },
): Promise<void> {
  const waiting = await tx.$queryRaw<{ payload: unknown; createdAt: Date }[]>`
    DELETE FROM "Job"
    WHERE "name" = ${name}
      AND "completedAt" IS NULL
      AND "failedAt" IS NULL
      AND "lockedUntil" IS NULL
      AND "payload" @> ${JSON.stringify(key)}::jsonb
    RETURNING "payload", "createdAt"`;
  const earlier = waiting
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((job) => payloadSchemas[name].safeParse(job.payload))
    .filter((parsed) => parsed.success)
    .map((parsed) => parsed.data as ChangeNotice);
  const payload = { ...key, ...mergeChangeNotices(earlier, notice) } as JobPayloads[N];
  await enqueue(tx, name, payload);
}

export type ClaimedJob = {
  id: string;
  name: string;
  payload: unknown;
  /** Including this attempt. */
  attempts: number;
  maxAttempts: number;
};

/**
 * Takes up to `limit` due jobs for this worker until `now + lockMs`, counting
 * the attempt. A job whose worker died becomes due again when its lock runs
 * out (at-least-once). Times come from the caller so tests can move the clock.
 */
export async function claimDueJobs(
  client: Db,
  options: { now: Date; limit: number; lockMs: number },
): Promise<ClaimedJob[]> {
  const { now, limit } = options;
  const lockedUntil = new Date(now.getTime() + options.lockMs);
  const rows = await client.$queryRaw<(ClaimedJob & { runAt: Date })[]>`
    UPDATE "Job"
    SET "lockedUntil" = ${lockedUntil}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Job"
      WHERE "completedAt" IS NULL
        AND "failedAt" IS NULL
        AND "runAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "runAt", "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "name", "payload", "attempts", "maxAttempts", "runAt"`;
  return rows
    .sort((a, b) => a.runAt.getTime() - b.runAt.getTime())
    .map(({ id, name, payload, attempts, maxAttempts }) => ({ id, name, payload, attempts, maxAttempts }));
}

// The updates below only touch the attempt this worker claimed: if its lock
// ran out and another worker took the job over, that worker owns the outcome.
const ownAttempt = (job: ClaimedJob) => ({ id: job.id, attempts: job.attempts, completedAt: null, failedAt: null });

export async function completeJob(client: Db, job: ClaimedJob, now: Date): Promise<void> {
  await client.job.updateMany({
    where: ownAttempt(job),
    data: { completedAt: now, lockedUntil: null, lastError: null },
  });
}

export async function retryJobLater(client: Db, job: ClaimedJob, runAt: Date, lastError: string): Promise<void> {
  await client.job.updateMany({ where: ownAttempt(job), data: { runAt, lockedUntil: null, lastError } });
}

export async function failJob(client: Db, job: ClaimedJob, now: Date, lastError: string): Promise<void> {
  await client.job.updateMany({ where: ownAttempt(job), data: { failedAt: now, lockedUntil: null, lastError } });
}

/** Finished jobs are kept a while for troubleshooting, then deleted. */
export async function purgeFinishedJobs(
  client: Db,
  options: { completedBefore: Date; failedBefore: Date },
): Promise<number> {
  const { count } = await client.job.deleteMany({
    where: {
      OR: [{ completedAt: { lt: options.completedBefore } }, { failedAt: { lt: options.failedBefore } }],
    },
  });
  return count;
}
