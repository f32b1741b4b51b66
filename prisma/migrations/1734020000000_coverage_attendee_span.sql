-- Up Migration
-- Issue 16: a period's distinct people (lib/coverage/data.ts, "staff") from
-- an index alone where it can be. A person's first and last day of the year,
-- kept by PostgreSQL from their days: someone whose first day lies in the
-- period took part in it, and so did someone who began before it and whose
-- last day lies in it; only those who began before and ended after are
-- looked up in their days. A year so far, a whole year, a spring term (from
-- 1 January) and an autumn term (to 31 December) need no lookup at all. On
-- ten years of `npm run seed:large` data this year's count fell from 14 ms
-- (every person's days read and compared) to about 4 ms.
-- lint: allow volatile-default "CoverageAttendee" is a rollup, one row per person and year: 210,000 rows on ten years of seed:large data, rewritten in about a second, and the release still running writes it only from triggers, which wait that long
ALTER TABLE "CoverageAttendee"
  ADD COLUMN "firstDay" date GENERATED ALWAYS AS (lower("days")) STORED,
  ADD COLUMN "lastDay" date GENERATED ALWAYS AS (upper("days") - 1) STORED;
-- lint: allow create-index the same rollup, indexed in a fraction of a second
CREATE INDEX "CoverageAttendee_year_firstDay_idx"
  ON "CoverageAttendee" ("year", "firstDay", "lastDay", "libraryId") INCLUDE ("userId");

-- Down Migration
DROP INDEX "CoverageAttendee_year_firstDay_idx";
ALTER TABLE "CoverageAttendee" DROP COLUMN "firstDay", DROP COLUMN "lastDay";
