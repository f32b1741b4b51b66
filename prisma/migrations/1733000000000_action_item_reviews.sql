-- Up Migration
-- The review of an open action item under "previous action items" of a later
-- meeting: marked done there, or carried on (optionally with a new due date).
-- One row per item and meeting, so an item's history shows in which meetings
-- it was carried on; the previous due date is kept so that a review can be
-- undone while the meeting is still editable.
-- The carry-over rule itself is in lib/action-items/rules.ts.
CREATE TYPE "ActionItemReviewOutcome" AS ENUM ('DONE', 'CARRIED_ON');

CREATE TABLE "ActionItemReview" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "actionItemId" uuid NOT NULL,
  "meetingId" uuid NOT NULL,
  "outcome" "ActionItemReviewOutcome" NOT NULL,
  "previousDueDate" date,
  "newDueDate" date,
  "reviewedById" uuid,
  "createdAt" timestamptz(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "ActionItemReview_pkey" PRIMARY KEY ("id"),
  -- Only carrying on sets a new due date.
  CONSTRAINT "ActionItemReview_newDueDate_check" CHECK ("outcome" = 'CARRIED_ON' OR "newDueDate" IS NULL)
);
CREATE UNIQUE INDEX "ActionItemReview_actionItemId_meetingId_key" ON "ActionItemReview" ("actionItemId", "meetingId");
CREATE INDEX "ActionItemReview_meetingId_idx" ON "ActionItemReview" ("meetingId");
ALTER TABLE "ActionItemReview" ADD CONSTRAINT "ActionItemReview_actionItemId_fkey"
  FOREIGN KEY ("actionItemId") REFERENCES "ActionItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActionItemReview" ADD CONSTRAINT "ActionItemReview_meetingId_fkey"
  FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActionItemReview" ADD CONSTRAINT "ActionItemReview_reviewedById_fkey"
  FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Decisions and action items always say something.
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_text_not_blank_check" CHECK (length(trim("text")) > 0);
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_title_not_blank_check" CHECK (length(trim("title")) > 0);

-- Down Migration
ALTER TABLE "ActionItem" DROP CONSTRAINT "ActionItem_title_not_blank_check";
ALTER TABLE "Decision" DROP CONSTRAINT "Decision_text_not_blank_check";
DROP TABLE "ActionItemReview";
DROP TYPE "ActionItemReviewOutcome";
