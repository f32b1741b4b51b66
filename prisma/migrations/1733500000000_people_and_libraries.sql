-- Up Migration
-- People, member libraries and access (issue 11).

-- Accounts: first-sign-in profile, last sign-in, deactivation, removal, invitation.
ALTER TABLE "User"
  ADD COLUMN "profileCompletedAt" timestamptz(3),
  ADD COLUMN "lastSignInAt" timestamptz(3),
  ADD COLUMN "deactivatedAt" timestamptz(3),
  ADD COLUMN "removalRequestedAt" timestamptz(3),
  ADD COLUMN "anonymizedAt" timestamptz(3),
  ADD COLUMN "invitedById" uuid,
  ADD COLUMN "invitedAt" timestamptz(3);
ALTER TABLE "User" ADD CONSTRAINT "User_invitedById_fkey"
  FOREIGN KEY ("invitedById") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "User_libraryId_idx" ON "User" ("libraryId");
CREATE INDEX "User_lastSignInAt_idx" ON "User" ("lastSignInAt");
-- Everyone who already has a name has, in effect, a profile: only new people are asked.
UPDATE "User" SET "profileCompletedAt" = "createdAt" WHERE name IS NOT NULL AND btrim(name) <> '';

-- Libraries: addresses, staff count, steering-group representative, directory import.
ALTER TABLE "Library"
  ADD COLUMN "streetAddress" text,
  ADD COLUMN "postalCode" text,
  ADD COLUMN city text,
  ADD COLUMN "deliveryAddress" text,
  ADD COLUMN "staffCount" integer,
  ADD COLUMN "steeringRepresentativeId" uuid,
  ADD COLUMN "kirkantaId" integer,
  ADD COLUMN "importedValues" jsonb,
  ADD COLUMN "importedAt" timestamptz(3);
ALTER TABLE "Library" ADD CONSTRAINT "Library_steeringRepresentativeId_fkey"
  FOREIGN KEY ("steeringRepresentativeId") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;
CREATE UNIQUE INDEX "Library_kirkantaId_key" ON "Library" ("kirkantaId");

ALTER TABLE "ServicePoint"
  ADD COLUMN email text,
  ADD COLUMN phone text,
  ADD COLUMN latitude double precision,
  ADD COLUMN longitude double precision,
  ADD COLUMN "kirkantaId" integer,
  ADD COLUMN "importedValues" jsonb,
  ADD COLUMN "importedAt" timestamptz(3);
CREATE UNIQUE INDEX "ServicePoint_kirkantaId_key" ON "ServicePoint" ("kirkantaId");

CREATE TABLE "ServicePointStatusChange" (
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  "servicePointId" uuid NOT NULL,
  "fromStatus" "ServicePointStatus",
  "toStatus" "ServicePointStatus" NOT NULL,
  "effectiveOn" date NOT NULL,
  note text,
  "actorId" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ServicePointStatusChange_pkey" PRIMARY KEY (id)
);
ALTER TABLE "ServicePointStatusChange" ADD CONSTRAINT "ServicePointStatusChange_servicePointId_fkey"
  FOREIGN KEY ("servicePointId") REFERENCES "ServicePoint"(id) ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ServicePointStatusChange" ADD CONSTRAINT "ServicePointStatusChange_actorId_fkey"
  FOREIGN KEY ("actorId") REFERENCES "User"(id) ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "ServicePointStatusChange_servicePointId_effectiveOn_idx"
  ON "ServicePointStatusChange" ("servicePointId", "effectiveOn");

-- Down Migration
DROP TABLE "ServicePointStatusChange";
ALTER TABLE "ServicePoint" DROP COLUMN email, DROP COLUMN phone, DROP COLUMN latitude, DROP COLUMN longitude,
  DROP COLUMN "kirkantaId", DROP COLUMN "importedValues", DROP COLUMN "importedAt";
ALTER TABLE "Library" DROP COLUMN "streetAddress", DROP COLUMN "postalCode", DROP COLUMN city,
  DROP COLUMN "deliveryAddress", DROP COLUMN "staffCount", DROP COLUMN "steeringRepresentativeId",
  DROP COLUMN "kirkantaId", DROP COLUMN "importedValues", DROP COLUMN "importedAt";
DROP INDEX "User_libraryId_idx";
DROP INDEX "User_lastSignInAt_idx";
ALTER TABLE "User" DROP COLUMN "profileCompletedAt", DROP COLUMN "lastSignInAt", DROP COLUMN "deactivatedAt",
  DROP COLUMN "removalRequestedAt", DROP COLUMN "anonymizedAt", DROP COLUMN "invitedById", DROP COLUMN "invitedAt";
