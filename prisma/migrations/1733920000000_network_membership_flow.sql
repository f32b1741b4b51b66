-- Up Migration
-- Issue 14, network membership (ADR 29): a join request with a message is
-- decided by a chair (approved or declined with an optional reason); members
-- leave or are removed by a chair with a reason; coordinators archive networks.
ALTER TYPE "MembershipStatus" ADD VALUE IF NOT EXISTS 'DECLINED';
ALTER TABLE "Network" ADD COLUMN "archivedAt" TIMESTAMPTZ(3);
ALTER TABLE "NetworkMembership"
    ADD COLUMN "requestedAt" TIMESTAMPTZ(3),
    ADD COLUMN "decidedAt" TIMESTAMPTZ(3),
    ADD COLUMN "declineReason" TEXT,
    ADD COLUMN "joinedAt" TIMESTAMPTZ(3),
    ADD COLUMN "leftAt" TIMESTAMPTZ(3),
    ADD COLUMN "removalReason" TEXT;
-- Memberships from before: active ones joined when they were created.
UPDATE "NetworkMembership" SET "joinedAt" = "createdAt" WHERE "status" = 'ACTIVE';
UPDATE "NetworkMembership" SET "requestedAt" = "createdAt" WHERE "status" = 'PENDING';
-- The chairs' pending list and the stale-request reminder read by network and status.
CREATE INDEX "NetworkMembership_networkId_status_idx" ON "NetworkMembership"("networkId", "status");
