-- Up Migration
-- Issue 13, programmes (ADR 28): the aspa-ajokortti and other multi-part
-- programmes. An offering of kind PROGRAMME has ordered parts; staff join it,
-- do its parts (self-reported with a reflection, by attending a session of a
-- linked offering, or confirmed by a coordinator) and complete it exactly
-- when the last required part is done; a completion carries a certificate
-- with an unguessable verification code.

-- 1. The programme itself: a deadline, and parts published with it.
ALTER TABLE "Offering" ADD COLUMN "deadline" DATE;
ALTER TABLE "Offering" ADD COLUMN "programmePublishedAt" TIMESTAMPTZ(3);

-- 2. Parts: how each is done, material links, a linked offering.
CREATE TYPE "ProgrammePartMode" AS ENUM ('SELF_REPORTED', 'ATTENDANCE', 'COORDINATOR');
ALTER TABLE "ProgrammeModule" ADD COLUMN "mode" "ProgrammePartMode" NOT NULL DEFAULT 'SELF_REPORTED';
ALTER TABLE "ProgrammeModule" ADD COLUMN "materials" JSONB NOT NULL DEFAULT '[]';
ALTER TABLE "ProgrammeModule" ADD COLUMN "linkedOfferingId" UUID;
ALTER TABLE "ProgrammeModule" ADD COLUMN "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now();
ALTER TABLE "ProgrammeModule" ADD COLUMN "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now();
-- NO ACTION: an offering a part names cannot go alone (the part would lose
-- what completes it); deleted together with its programme's menu, it can.
ALTER TABLE "ProgrammeModule" ADD CONSTRAINT "ProgrammeModule_linkedOfferingId_fkey"
    FOREIGN KEY ("linkedOfferingId") REFERENCES "Offering"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
-- An attendance part names what to attend; the others name nothing.
ALTER TABLE "ProgrammeModule" ADD CONSTRAINT "ProgrammeModule_linked_check"
    CHECK (("mode" = 'ATTENDANCE') = ("linkedOfferingId" IS NOT NULL));
CREATE INDEX "ProgrammeModule_linkedOfferingId_idx" ON "ProgrammeModule"("linkedOfferingId");

-- 3. A completed part: how it was done, who confirmed it, from which session.
--    Completions outlive leaving: a participant who rejoins keeps them.
ALTER TABLE "ModuleCompletion" ADD COLUMN "mode" "ProgrammePartMode" NOT NULL DEFAULT 'SELF_REPORTED';
ALTER TABLE "ModuleCompletion" ADD COLUMN "confirmedById" UUID;
ALTER TABLE "ModuleCompletion" ADD COLUMN "sessionId" UUID;
ALTER TABLE "ModuleCompletion" ADD CONSTRAINT "ModuleCompletion_confirmedById_fkey"
    FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ModuleCompletion" ADD CONSTRAINT "ModuleCompletion_sessionId_fkey"
    FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- 4. Taking part: one row per person and programme, kept when they leave.
CREATE TYPE "ParticipationStatus" AS ENUM ('ACTIVE', 'LEFT', 'COMPLETED');
CREATE TABLE "ProgrammeParticipation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offeringId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "ParticipationStatus" NOT NULL DEFAULT 'ACTIVE',
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "leftAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    -- The last joined or completed part: "no progress for 30 days" counts from it.
    "lastProgressAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "ProgrammeParticipation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ProgrammeParticipation_completed_check"
        CHECK (("status" = 'COMPLETED') = ("completedAt" IS NOT NULL))
);
CREATE UNIQUE INDEX "ProgrammeParticipation_offeringId_userId_key" ON "ProgrammeParticipation"("offeringId", "userId");
CREATE INDEX "ProgrammeParticipation_userId_idx" ON "ProgrammeParticipation"("userId");
CREATE INDEX "ProgrammeParticipation_offeringId_status_idx" ON "ProgrammeParticipation"("offeringId", "status");
ALTER TABLE "ProgrammeParticipation" ADD CONSTRAINT "ProgrammeParticipation_offeringId_fkey"
    FOREIGN KEY ("offeringId") REFERENCES "Offering"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProgrammeParticipation" ADD CONSTRAINT "ProgrammeParticipation_userId_fkey"
    FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 5. Certificates: what the PDF shows, frozen at completion, and a code
--    that is not guessable (128 random bits). Revoking keeps the row.
CREATE TABLE "ProgrammeCertificate" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "participationId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "programmeTitle" TEXT NOT NULL,
    "parts" JSONB NOT NULL DEFAULT '[]',
    "completedOn" DATE NOT NULL,
    "issuer" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" UUID,
    "revokeReason" TEXT,
    CONSTRAINT "ProgrammeCertificate_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ProgrammeCertificate_participationId_key" ON "ProgrammeCertificate"("participationId");
CREATE UNIQUE INDEX "ProgrammeCertificate_code_key" ON "ProgrammeCertificate"("code");
ALTER TABLE "ProgrammeCertificate" ADD CONSTRAINT "ProgrammeCertificate_participationId_fkey"
    FOREIGN KEY ("participationId") REFERENCES "ProgrammeParticipation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProgrammeCertificate" ADD CONSTRAINT "ProgrammeCertificate_revokedById_fkey"
    FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- 6. Reminders sent: the key makes each one once per person and kind, however
--    many workers run (an insert that conflicts sends nothing).
CREATE TYPE "ProgrammeReminderKind" AS ENUM ('STALLED', 'DEADLINE_30', 'DEADLINE_7');
CREATE TABLE "ProgrammeReminder" (
    "participationId" UUID NOT NULL,
    "kind" "ProgrammeReminderKind" NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    CONSTRAINT "ProgrammeReminder_pkey" PRIMARY KEY ("participationId", "kind")
);
ALTER TABLE "ProgrammeReminder" ADD CONSTRAINT "ProgrammeReminder_participationId_fkey"
    FOREIGN KEY ("participationId") REFERENCES "ProgrammeParticipation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Down Migration
DROP TABLE "ProgrammeReminder";
DROP TYPE "ProgrammeReminderKind";
DROP TABLE "ProgrammeCertificate";
DROP TABLE "ProgrammeParticipation";
DROP TYPE "ParticipationStatus";
ALTER TABLE "ModuleCompletion" DROP CONSTRAINT "ModuleCompletion_sessionId_fkey";
ALTER TABLE "ModuleCompletion" DROP CONSTRAINT "ModuleCompletion_confirmedById_fkey";
ALTER TABLE "ModuleCompletion" DROP COLUMN "sessionId";
ALTER TABLE "ModuleCompletion" DROP COLUMN "confirmedById";
ALTER TABLE "ModuleCompletion" DROP COLUMN "mode";
DROP INDEX "ProgrammeModule_linkedOfferingId_idx";
ALTER TABLE "ProgrammeModule" DROP CONSTRAINT "ProgrammeModule_linked_check";
ALTER TABLE "ProgrammeModule" DROP CONSTRAINT "ProgrammeModule_linkedOfferingId_fkey";
ALTER TABLE "ProgrammeModule" DROP COLUMN "updatedAt";
ALTER TABLE "ProgrammeModule" DROP COLUMN "createdAt";
ALTER TABLE "ProgrammeModule" DROP COLUMN "linkedOfferingId";
ALTER TABLE "ProgrammeModule" DROP COLUMN "materials";
ALTER TABLE "ProgrammeModule" DROP COLUMN "mode";
DROP TYPE "ProgrammePartMode";
ALTER TABLE "Offering" DROP COLUMN "programmePublishedAt";
ALTER TABLE "Offering" DROP COLUMN "deadline";
