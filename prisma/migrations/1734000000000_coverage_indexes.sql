-- Up Migration
-- Issue 16, the coverage report's statements (lib/coverage/data.ts): every
-- fact is read for the period, or the 12 months before its end, by a date
-- range over all libraries, and the latest contact before that by library.
-- Found with EXPLAIN ANALYZE on `npm run seed:large` data (ten years: 8,000
-- sessions, 1,000,000 enrolments, 20,800 kit loans, 1,500 exchanges, 2,000
-- workshop orders, 6,000 programme participations);
-- tests/integration/coverage-explain.test.ts keeps the statements on them.
-- A library's hosted sessions, latest first.
CREATE INDEX "TrainingSession_hostLibraryId_startsAt_idx" ON "TrainingSession" ("hostLibraryId", "startsAt");
-- The enrolments of a year's sessions with their status and person from the
-- index alone (an index-only scan instead of reading all 1,000,000 rows): the
-- unique key carries the status. Conflict inference (upserts by sessionId and
-- userId) reads the key columns only, so nothing else changes.
DROP INDEX "Enrolment_sessionId_userId_key";
CREATE UNIQUE INDEX "Enrolment_sessionId_userId_key" ON "Enrolment" ("sessionId", "userId") INCLUDE ("status");
-- Kit loans by start: of all libraries in a period, of one library latest first
-- (the second replaces the index on libraryId alone, which it serves as well).
CREATE INDEX "KitReservation_startDate_idx" ON "KitReservation" ("startDate");
DROP INDEX "KitReservation_libraryId_idx";
CREATE INDEX "KitReservation_libraryId_startDate_idx" ON "KitReservation" ("libraryId", "startDate");
-- Workshop orders by when they were made, likewise.
CREATE INDEX "WorkshopOrder_createdAt_idx" ON "WorkshopOrder" ("createdAt");
DROP INDEX "WorkshopOrder_libraryId_idx";
CREATE INDEX "WorkshopOrder_libraryId_createdAt_idx" ON "WorkshopOrder" ("libraryId", "createdAt");
-- Job-shadowing visits by day, and a visiting library's (its foreign key had no index).
CREATE INDEX "ExchangeApplication_visitDate_idx" ON "ExchangeApplication" ("visitDate");
CREATE INDEX "ExchangeApplication_fromLibraryId_visitDate_idx" ON "ExchangeApplication" ("fromLibraryId", "visitDate");
-- Programme completions in a period.
CREATE INDEX "ProgrammeParticipation_status_completedAt_idx" ON "ProgrammeParticipation" ("status", "completedAt");

-- Down Migration
DROP INDEX "ProgrammeParticipation_status_completedAt_idx";
DROP INDEX "ExchangeApplication_fromLibraryId_visitDate_idx";
DROP INDEX "ExchangeApplication_visitDate_idx";
DROP INDEX "WorkshopOrder_libraryId_createdAt_idx";
CREATE INDEX "WorkshopOrder_libraryId_idx" ON "WorkshopOrder" ("libraryId");
DROP INDEX "WorkshopOrder_createdAt_idx";
DROP INDEX "KitReservation_libraryId_startDate_idx";
CREATE INDEX "KitReservation_libraryId_idx" ON "KitReservation" ("libraryId");
DROP INDEX "KitReservation_startDate_idx";
DROP INDEX "Enrolment_sessionId_userId_key";
CREATE UNIQUE INDEX "Enrolment_sessionId_userId_key" ON "Enrolment" ("sessionId", "userId");
DROP INDEX "TrainingSession_hostLibraryId_startsAt_idx";
