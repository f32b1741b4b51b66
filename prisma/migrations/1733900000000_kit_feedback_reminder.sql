-- Up Migration
-- Issue 12 (ADR 27): a reminder to answer a loan's feedback, sent once per
-- reservation by the worker's periodic run. The column is the "once": the
-- run sets it only where it is still NULL (a second worker's UPDATE waits for
-- the first's row lock, then finds it set and skips the row).
ALTER TABLE "KitReservation" ADD COLUMN "feedbackReminderSentAt" TIMESTAMPTZ(3);

-- Down Migration
ALTER TABLE "KitReservation" DROP COLUMN "feedbackReminderSentAt";
