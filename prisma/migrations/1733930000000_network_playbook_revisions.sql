-- Up Migration
-- Issue 14, item 2 (ADR 29): every save of a network's playbook is a revision
-- (who, when, the text), as the minutes' revisions are; Network.playbook
-- keeps the current text.
CREATE TABLE "PlaybookRevision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "networkId" UUID NOT NULL,
    "playbook" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PlaybookRevision_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PlaybookRevision_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PlaybookRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "PlaybookRevision_networkId_createdAt_idx" ON "PlaybookRevision"("networkId", "createdAt");
