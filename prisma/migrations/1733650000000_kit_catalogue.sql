-- Up Migration
-- Issue 12 groundwork shared by the catalogue and the reservation flow:
-- whether a kit's reservations wait for a coordinator's approval, and its
-- short user guide (Markdown, rendered by the minutes' sanitised renderer).
ALTER TABLE "Kit" ADD COLUMN "requiresApproval" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Kit" ADD COLUMN "guide" TEXT;

-- Down Migration
ALTER TABLE "Kit" DROP COLUMN "guide";
ALTER TABLE "Kit" DROP COLUMN "requiresApproval";
