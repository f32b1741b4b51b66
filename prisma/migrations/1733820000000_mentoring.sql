-- Up Migration
-- Issue 13, mentoring registration (ADR 28): an offering of kind MENTORING
-- takes applications as mentor or mentee until its deadline; the applicant
-- sees and withdraws their own; coordinators list, export and pair them.
CREATE TYPE "MentoringRole" AS ENUM ('MENTOR', 'MENTEE');
CREATE TYPE "MentoringApplicationStatus" AS ENUM ('SUBMITTED', 'WITHDRAWN');
CREATE TABLE "MentoringApplication" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offeringId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "MentoringRole" NOT NULL,
    "libraryId" UUID,
    "goals" TEXT NOT NULL,
    "availability" TEXT NOT NULL,
    "status" "MentoringApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "withdrawnAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "MentoringApplication_pkey" PRIMARY KEY ("id")
);
-- One application per person and programme: applying again after withdrawing reopens it.
CREATE UNIQUE INDEX "MentoringApplication_offeringId_userId_key" ON "MentoringApplication"("offeringId", "userId");
CREATE INDEX "MentoringApplication_offeringId_status_role_idx" ON "MentoringApplication"("offeringId", "status", "role");
ALTER TABLE "MentoringApplication" ADD CONSTRAINT "MentoringApplication_offeringId_fkey"
    FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MentoringApplication" ADD CONSTRAINT "MentoringApplication_userId_fkey"
    FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MentoringApplication" ADD CONSTRAINT "MentoringApplication_libraryId_fkey"
    FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A pair: one mentor and one mentee of the same programme; each application is in one pair at most.
CREATE TABLE "MentoringPair" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offeringId" UUID NOT NULL,
    "mentorId" UUID NOT NULL,
    "menteeId" UUID NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "MentoringPair_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "MentoringPair_mentorId_key" ON "MentoringPair"("mentorId");
CREATE UNIQUE INDEX "MentoringPair_menteeId_key" ON "MentoringPair"("menteeId");
CREATE INDEX "MentoringPair_offeringId_idx" ON "MentoringPair"("offeringId");
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_offeringId_fkey"
    FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_mentorId_fkey"
    FOREIGN KEY ("mentorId") REFERENCES "MentoringApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_menteeId_fkey"
    FOREIGN KEY ("menteeId") REFERENCES "MentoringApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MentoringPair" ADD CONSTRAINT "MentoringPair_createdById_fkey"
    FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Down Migration
DROP TABLE "MentoringPair";
DROP TABLE "MentoringApplication";
DROP TYPE "MentoringApplicationStatus";
DROP TYPE "MentoringRole";
