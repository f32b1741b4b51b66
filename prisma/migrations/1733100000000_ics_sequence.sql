-- Up Migration
-- The iCalendar SEQUENCE of a meeting's and a training session's entry: raised
-- in the same transaction as a change of its time, place or remote link, its
-- cancellation (and a meeting's publishing), so that calendars replace the
-- entry with the same UID instead of keeping a stale or second copy.
-- lib/calendar/changes.ts says what counts; docs/decisions/0014-calendar-updates.md why.
ALTER TABLE "Meeting" ADD COLUMN "icsSequence" integer NOT NULL DEFAULT 0;
ALTER TABLE "TrainingSession" ADD COLUMN "icsSequence" integer NOT NULL DEFAULT 0;

-- Entries already handed out carried SEQUENCE = whole seconds from 2024-01-01
-- to the row's last change (a meeting's agenda items included). Go on from
-- there: a client ignores an update whose SEQUENCE is lower than its copy's.
UPDATE "Meeting" AS m
SET "icsSequence" = GREATEST(0, floor(extract(epoch FROM (
  GREATEST(m."updatedAt", (SELECT max(a."updatedAt") FROM "AgendaItem" AS a WHERE a."meetingId" = m."id"))
  - timestamptz '2024-01-01 00:00:00+00'))))::integer;
UPDATE "TrainingSession"
SET "icsSequence" = GREATEST(0, floor(extract(epoch FROM ("updatedAt" - timestamptz '2024-01-01 00:00:00+00'))))::integer;

ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_icsSequence_check" CHECK ("icsSequence" >= 0);
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_icsSequence_check" CHECK ("icsSequence" >= 0);

-- Down Migration
ALTER TABLE "TrainingSession" DROP COLUMN "icsSequence";
ALTER TABLE "Meeting" DROP COLUMN "icsSequence";
