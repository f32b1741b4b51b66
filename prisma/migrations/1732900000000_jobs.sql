-- Up Migration
-- A durable job queue (outbox) in PostgreSQL: jobs are inserted in the same
-- transaction as the change that causes them, and a worker claims due jobs
-- with FOR UPDATE SKIP LOCKED, so several workers never run one job twice at
-- once and nothing is lost while SMTP is down. See docs/decisions/0007-job-queue.md.
CREATE TABLE "Job" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "name" text NOT NULL,
  "payload" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "runAt" timestamptz(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "attempts" integer NOT NULL DEFAULT 0,
  "maxAttempts" integer NOT NULL DEFAULT 25,
  "lockedUntil" timestamptz(3),
  "completedAt" timestamptz(3),
  "failedAt" timestamptz(3),
  "lastError" text,
  "dedupeKey" text,
  "createdAt" timestamptz(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "Job_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Job_name_not_blank_check" CHECK (length(trim("name")) > 0),
  CONSTRAINT "Job_attempts_check" CHECK ("attempts" >= 0 AND "maxAttempts" >= 1)
);
CREATE UNIQUE INDEX "Job_dedupeKey_key" ON "Job" ("dedupeKey");
-- Only pending jobs are ever scanned by the worker.
CREATE INDEX "Job_pending_runAt_idx" ON "Job" ("runAt") WHERE "completedAt" IS NULL AND "failedAt" IS NULL;
CREATE INDEX "Job_name_idx" ON "Job" ("name");

-- Down Migration
DROP TABLE "Job";
