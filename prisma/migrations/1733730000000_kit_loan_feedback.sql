-- Up Migration
-- Issue 12, item 6 (ADR 27, kit usage figures): after a loan has ended the
-- borrowing library answers a short form once (and may edit it). One answer
-- per reservation. "uses" holds the kinds of use (lib/kits/usage/schema.ts
-- USE_KINDS); the CHECKs bound what a form could not.
CREATE TABLE "KitLoanFeedback" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reservationId" UUID NOT NULL,
    "uses" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "peopleReached" INTEGER NOT NULL,
    "comment" TEXT,
    "answeredById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "KitLoanFeedback_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "KitLoanFeedback_peopleReached_check" CHECK ("peopleReached" BETWEEN 0 AND 100000),
    CONSTRAINT "KitLoanFeedback_comment_check" CHECK (char_length("comment") <= 2000),
    CONSTRAINT "KitLoanFeedback_reservationId_fkey" FOREIGN KEY ("reservationId")
        REFERENCES "KitReservation"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "KitLoanFeedback_answeredById_fkey" FOREIGN KEY ("answeredById")
        REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "KitLoanFeedback_reservationId_key" ON "KitLoanFeedback"("reservationId");

-- Down Migration
DROP TABLE "KitLoanFeedback";
