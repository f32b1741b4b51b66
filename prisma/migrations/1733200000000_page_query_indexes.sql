-- Up Migration
-- Indexes for page queries that scanned a big table, found with EXPLAIN
-- ANALYZE on `npm run seed:large` data (8,000 sessions, 1,000,000 enrolments);
-- tests/integration/query-plans.test.ts keeps every key page query on an index.
-- The public calendar feed of the training menu (lib/calendar/data.ts)
-- selects sessions by their end ("still on or just past"), which no index served.
CREATE INDEX "TrainingSession_endsAt_idx" ON "TrainingSession" ("endsAt");

-- Down Migration
DROP INDEX "TrainingSession_endsAt_idx";
