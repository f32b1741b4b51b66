-- Up Migration
-- Issue 14 (ADR 29): a join request pending for 14 days reminds the network's
-- chairs once. The column is the "once": the worker's periodic run sets it
-- only where it is still NULL (a second worker's UPDATE waits for the first's
-- row lock, then finds it set and skips the row); asking again clears it.
ALTER TABLE "NetworkMembership" ADD COLUMN "reminderSentAt" TIMESTAMPTZ(3);

-- Down Migration
ALTER TABLE "NetworkMembership" DROP COLUMN "reminderSentAt";
