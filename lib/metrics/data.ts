// What the metrics read from the database side, only when scraped: the app's
// connection pool (counts pg keeps in memory) and the job queue (one
// statement over the Job table, whose finished rows are purged after 30 and
// 90 days, so the table stays small).
import "server-only";
import { db } from "@/lib/db";
import { poolOf } from "@/lib/db/client";

export type PoolUse = { total: number; idle: number; waiting: number; max: number };

/** The app's Prisma pool as pg counts it; null when db() is not a client of createPrismaClient's. */
export function appPoolUse(): PoolUse | null {
  const pool = poolOf(db());
  if (!pool) return null;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max };
}

export type JobQueueFigures = {
  /** Waiting for a worker: due, not locked by one. */
  due: number;
  /** Locked by a worker now. */
  running: number;
  /** Not due yet: reminders ahead, retries backing off. */
  scheduled: number;
  /** Not finished and failed at least once (waiting or backing off). */
  retrying: number;
  /** How long the longest-waiting due job has waited since it became due; 0 when none waits. */
  oldestDueAgeSeconds: number;
  /** Mail jobs finished in the last 24 hours: sent, or completed without sending as no longer applicable. */
  mailsCompleted24h: number;
  /** Mail jobs given up in the last 24 hours (attempts used up, or a payload that cannot be sent). */
  mailsFailed24h: number;
};

/** The queue in one pass over the Job table, by the database's clock. */
export async function jobQueueFigures(client = db()): Promise<JobQueueFigures> {
  const [row] = await client.$queryRaw<JobQueueFigures[]>`
    SELECT
      count(*) FILTER (WHERE pending AND NOT running AND "runAt" <= now())::int AS due,
      count(*) FILTER (WHERE pending AND running)::int AS running,
      count(*) FILTER (WHERE pending AND NOT running AND "runAt" > now())::int AS scheduled,
      count(*) FILTER (WHERE pending AND NOT running AND attempts > 0)::int AS retrying,
      coalesce(extract(epoch FROM now() - min("runAt") FILTER (WHERE pending AND NOT running AND "runAt" <= now())), 0)::float8
        AS "oldestDueAgeSeconds",
      count(*) FILTER (WHERE name LIKE 'email.%' AND "completedAt" > now() - interval '24 hours')::int AS "mailsCompleted24h",
      count(*) FILTER (WHERE name LIKE 'email.%' AND "failedAt" > now() - interval '24 hours')::int AS "mailsFailed24h"
    FROM (
      SELECT name, "runAt", attempts, "completedAt", "failedAt",
             "completedAt" IS NULL AND "failedAt" IS NULL AS pending,
             coalesce("lockedUntil" > now(), false) AS running
        FROM "Job"
    ) AS job`;
  return row!;
}
