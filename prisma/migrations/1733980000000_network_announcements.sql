-- Up Migration
-- Issue 14, item 2 (ADR 29): a chair's short announcement to the network's
-- members, mailed to each through the queue and listed on the network page.
CREATE TABLE "NetworkAnnouncement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "networkId" UUID NOT NULL,
    "authorId" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NetworkAnnouncement_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "NetworkAnnouncement_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NetworkAnnouncement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "NetworkAnnouncement_networkId_createdAt_idx" ON "NetworkAnnouncement"("networkId", "createdAt");

-- Down Migration
DROP TABLE "NetworkAnnouncement";
