// The job worker: claims due jobs from PostgreSQL, runs their handlers, and
// records the outcome. Failed attempts are retried with exponential backoff
// until maxAttempts; any number of workers may run side by side.
// See docs/decisions/0007-job-queue.md.
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { purgeExpiredSignIns } from "@/lib/auth/mutations";
import { organizerFrom } from "@/lib/calendar/ics";
import { sendMail, type Mailer } from "@/lib/email";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { sendDueKitFeedbackReminders } from "@/lib/kits/usage/mutations";
import { sendDueJoinRequestReminders } from "@/lib/networks/reminders/mutations";
import { sendDueProgrammeReminders } from "@/lib/programmes/progress/mutations";
import { jobQueueStats } from "./data";
import { handlers, type JobContext, type JobHandler, type JobOutcome } from "./handlers";
import {
  claimDueJobs,
  completeJob,
  failJob,
  purgeFinishedJobs,
  retryJobLater,
  type ClaimedJob,
  type Db,
} from "./mutations";
import type { JobName } from "./names";
import { backoffMs, describeJobError } from "./rules";
import { payloadSchemas } from "./schema";

/** Jobs claimed at once: small, so a slow SMTP server holds few jobs. */
const BATCH_SIZE = 5;
/** Longer than a batch can take (SMTP timeouts are ≤ 80 s per mail), so no job is taken over while it runs. */
const LOCK_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type WorkerOptions = {
  /** The clock; tests move it past backoffs and reminder times. */
  now?: Date;
  mailer?: Mailer;
  appUrl?: string;
  /** The mails' From (the invitations' ORGANIZER); EMAIL_FROM unless given. */
  mailFrom?: string;
  batchSize?: number;
  /** Stop after this many jobs even if more are due. */
  maxJobs?: number;
  lockMs?: number;
};

export type WorkerRun = { claimed: number; completed: number; retried: number; failed: number };

/** Where links in mails point: APP_URL, else Auth.js's AUTH_URL, else the dev server. */
export function appUrlForMail(): string {
  return env().APP_URL ?? env().AUTH_URL ?? "http://localhost:3000";
}

function isJobName(name: string): name is JobName {
  return Object.hasOwn(handlers, name);
}

class PermanentJobError extends Error {
  override name = "PermanentJobError";
}

async function dispatch<N extends JobName>(name: N, payload: unknown, ctx: JobContext): Promise<JobOutcome> {
  const parsed = payloadSchemas[name].safeParse(payload);
  if (!parsed.success) throw new PermanentJobError(`invalid payload for ${name}`);
  const handler: JobHandler<N> = handlers[name];
  return handler(parsed.data, ctx);
}

async function runJob(db: Db, job: ClaimedJob, ctx: Omit<JobContext, "db">, run: WorkerRun): Promise<void> {
  // Personal data stays out of the log: the job's id and name only.
  const fields = { jobId: job.id, job: job.name, attempt: job.attempts };
  if (job.attempts > job.maxAttempts) {
    // The last attempt's worker stopped mid-job; its lock ran out.
    await failJob(db, job, ctx.now, "gave up: no attempts left");
    run.failed++;
    log.error(fields, "job failed: no attempts left");
    return;
  }
  let outcome: JobOutcome;
  try {
    if (!isJobName(job.name)) throw new PermanentJobError(`unknown job name ${job.name}`);
    outcome = await dispatch(job.name, job.payload, { ...ctx, db });
  } catch (error) {
    const lastError = describeJobError(error);
    if (error instanceof PermanentJobError || job.attempts >= job.maxAttempts) {
      await failJob(db, job, ctx.now, lastError);
      run.failed++;
      log.error({ ...fields, err: lastError }, "job failed for good");
      return;
    }
    const runAt = new Date(ctx.now.getTime() + backoffMs(job.attempts));
    await retryJobLater(db, job, runAt, lastError);
    run.retried++;
    log.warn({ ...fields, err: lastError, retryAt: runAt.toISOString() }, "job failed, will retry");
    return;
  }
  // Should this write fail after the mail went out, the lock runs out and the
  // job runs again: at-least-once, never lost.
  await completeJob(db, job, ctx.now);
  run.completed++;
  log.info({ ...fields, outcome }, "job completed");
}

/**
 * Runs the jobs due now, batch by batch, until none is due (or maxJobs ran).
 * Jobs that fail are rescheduled into the future, so one pass never loops.
 */
export async function runWorkerOnce(db: Db, options: WorkerOptions = {}): Promise<WorkerRun> {
  const run: WorkerRun = { claimed: 0, completed: 0, retried: 0, failed: 0 };
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const maxJobs = options.maxJobs ?? 100;
  const mailer = options.mailer ?? sendMail;
  const appUrl = options.appUrl ?? appUrlForMail();
  const organizer = organizerFrom(options.mailFrom ?? env().EMAIL_FROM);
  while (run.claimed < maxJobs) {
    const now = options.now ?? new Date();
    const jobs = await claimDueJobs(db, {
      now,
      limit: Math.min(batchSize, maxJobs - run.claimed),
      lockMs: options.lockMs ?? LOCK_MS,
    });
    if (jobs.length === 0) break;
    run.claimed += jobs.length;
    for (const job of jobs) {
      await runJob(db, job, { mailer, appUrl, organizer, now: options.now ?? new Date() }, run);
    }
  }
  return run;
}

export type WorkerLoopOptions = Omit<WorkerOptions, "now" | "maxJobs"> & {
  /** Aborting stops the loop after the batch in hand. */
  signal: AbortSignal;
  /** How long to wait when nothing is due. */
  pollMs?: number;
};

const HOUSEKEEPING_MS = 60 * 60 * 1000;

/** The long-running worker of `npm run worker`: polls, runs, tidies up hourly. */
export async function runWorker(db: Db, options: WorkerLoopOptions): Promise<void> {
  const { signal, pollMs = 2_000, ...workerOptions } = options;
  let failures = 0;
  let lastHousekeeping = 0;
  log.info({ pollMs }, "job worker started");
  while (!signal.aborted) {
    let delay = pollMs;
    try {
      const run = await runWorkerOnce(db, { ...workerOptions, maxJobs: 50 });
      if (run.claimed > 0) {
        log.debug(run, "job worker pass");
        delay = 0;
      }
      if (Date.now() - lastHousekeeping > HOUSEKEEPING_MS) {
        const now = new Date();
        const purged = await purgeFinishedJobs(db, {
          completedBefore: new Date(now.getTime() - 30 * DAY_MS),
          failedBefore: new Date(now.getTime() - 90 * DAY_MS),
        });
        log.info({ purged, ...(await jobQueueStats(now, db)) }, "job queue");
        log.info(await purgeExpiredSignIns(db, now), "expired sign-ins purged");
        // Programme reminders (issue 13): each once per person and kind, whichever worker gets there first.
        log.info(await sendDueProgrammeReminders(db, now), "programme reminders");
        // Kit loan feedback (ADR 27): once per reservation, a week after the loan ended.
        log.info(await sendDueKitFeedbackReminders(db, now), "kit feedback reminders");
        // Join requests pending for two weeks (ADR 29): the chairs reminded once per request.
        log.info(await sendDueJoinRequestReminders(db, now), "network join request reminders");
        lastHousekeeping = now.getTime();
      }
      failures = 0;
    } catch (error) {
      // Usually the database is unreachable: wait longer each time, up to 30 s.
      failures++;
      delay = Math.min(pollMs * 2 ** failures, 30_000);
      log.error({ err: describeJobError(error), retryInMs: delay }, "job worker pass failed");
    }
    if (delay > 0 && !signal.aborted) {
      await sleep(delay, undefined, { signal }).catch(() => undefined);
    }
  }
  log.info("job worker stopped");
}
