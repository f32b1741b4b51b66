-- Up Migration
-- Issue 15, job shadowing (ADR 30): a round has a status and three windows
-- (offers, applications, visits); an offer has a mode, notes, possible dates
-- and a counter of places taken that the database keeps within its places
-- (as seats are for sessions); an application goes through the applicant's
-- supervisor's consent to the host, who accepts it for a day or declines it;
-- the visitor and the host each write a report.
CREATE TYPE "ExchangeRoundStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED');
CREATE TYPE "ExchangeMode" AS ENUM ('ONSITE', 'PARTLY_REMOTE');
CREATE TYPE "ExchangeReportSide" AS ENUM ('VISITOR', 'HOST');
ALTER TYPE "ExchangeApplicationStatus" ADD VALUE IF NOT EXISTS 'AWAITING_CONSENT' BEFORE 'SUBMITTED';
ALTER TYPE "ExchangeApplicationStatus" ADD VALUE IF NOT EXISTS 'CLOSED';

ALTER TABLE "ExchangeRound"
    ADD COLUMN "status" "ExchangeRoundStatus" NOT NULL DEFAULT 'DRAFT',
    ADD COLUMN "offerOpensAt" DATE,
    ADD COLUMN "offerClosesAt" DATE,
    ADD COLUMN "visitStartsOn" DATE,
    ADD COLUMN "visitEndsOn" DATE,
    ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Rounds from before: offers were gathered in the month before applications
-- opened, visits ran from the close of applications to the offers' last day.
UPDATE "ExchangeRound" r SET
    "offerOpensAt" = r."applicationOpensAt" - 30,
    "offerClosesAt" = r."applicationOpensAt" - 1,
    "visitStartsOn" = r."applicationClosesAt",
    "visitEndsOn" = GREATEST(r."applicationClosesAt",
        COALESCE((SELECT max(o."endDate") FROM "ExchangeOffer" o WHERE o."roundId" = r."id"), r."applicationClosesAt")),
    "status" = CASE WHEN r."applicationClosesAt" < CURRENT_DATE THEN 'CLOSED'::"ExchangeRoundStatus"
                    ELSE 'OPEN'::"ExchangeRoundStatus" END;
ALTER TABLE "ExchangeRound"
    ALTER COLUMN "offerOpensAt" SET NOT NULL,
    ALTER COLUMN "offerClosesAt" SET NOT NULL,
    ALTER COLUMN "visitStartsOn" SET NOT NULL,
    ALTER COLUMN "visitEndsOn" SET NOT NULL,
    ADD CONSTRAINT "ExchangeRound_windows_check" CHECK (
        "offerOpensAt" <= "offerClosesAt"
        AND "applicationOpensAt" <= "applicationClosesAt"
        AND "visitStartsOn" <= "visitEndsOn");

ALTER TABLE "ExchangeOffer"
    ADD COLUMN "mode" "ExchangeMode" NOT NULL DEFAULT 'ONSITE',
    ADD COLUMN "accessibilityNotes" TEXT,
    ADD COLUMN "travelNotes" TEXT,
    -- Possible days; empty: any day from startDate to endDate.
    ADD COLUMN "dates" DATE[] NOT NULL DEFAULT '{}',
    ADD COLUMN "placesTaken" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "withdrawnAt" TIMESTAMPTZ(3),
    ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
-- Accepted visitors of offers from before hold their places.
UPDATE "ExchangeOffer" o SET "placesTaken" = LEAST(o."places", (
    SELECT count(*) FROM "ExchangeApplication" a
    WHERE a."offerId" = o."id" AND a."status" IN ('ACCEPTED', 'COMPLETED')));
-- (places >= 1 and the date order are checked since the first migration.)
ALTER TABLE "ExchangeOffer"
    ADD CONSTRAINT "ExchangeOffer_placesTaken_check" CHECK ("placesTaken" >= 0 AND "placesTaken" <= "places");
CREATE INDEX "ExchangeOffer_hostLibraryId_idx" ON "ExchangeOffer"("hostLibraryId");
CREATE INDEX "ExchangeOffer_themes_idx" ON "ExchangeOffer" USING GIN ("themes");

ALTER TABLE "ExchangeApplication"
    ADD COLUMN "preferredDates" DATE[] NOT NULL DEFAULT '{}',
    ADD COLUMN "visitDate" DATE,
    -- The supervisor who decided on consent (the audit trail keeps the rest).
    ADD COLUMN "consentById" UUID REFERENCES "User"("id") ON DELETE SET NULL,
    ADD COLUMN "consentDecidedAt" TIMESTAMPTZ(3),
    ADD COLUMN "submittedAt" TIMESTAMPTZ(3),
    ADD COLUMN "hostMessage" TEXT,
    ADD COLUMN "decidedAt" TIMESTAMPTZ(3),
    ADD COLUMN "withdrawnAt" TIMESTAMPTZ(3),
    ADD COLUMN "completedAt" TIMESTAMPTZ(3);
UPDATE "ExchangeApplication" SET "submittedAt" = "createdAt";
CREATE INDEX "ExchangeApplication_offerId_status_idx" ON "ExchangeApplication"("offerId", "status");
CREATE INDEX "ExchangeApplication_consentById_idx" ON "ExchangeApplication"("consentById");

ALTER TABLE "ExchangeReport"
    ADD COLUMN "side" "ExchangeReportSide" NOT NULL DEFAULT 'VISITOR',
    ADD COLUMN "authorId" UUID REFERENCES "User"("id") ON DELETE SET NULL,
    ADD COLUMN "takeHome" TEXT,
    ADD COLUMN "publishedAt" TIMESTAMPTZ(3),
    ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
DROP INDEX IF EXISTS "ExchangeReport_applicationId_key";
CREATE UNIQUE INDEX "ExchangeReport_applicationId_side_key" ON "ExchangeReport"("applicationId", "side");
CREATE INDEX "ExchangeReport_authorId_idx" ON "ExchangeReport"("authorId");
