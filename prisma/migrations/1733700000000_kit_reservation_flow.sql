-- Up Migration
-- Issue 12, reservations by date range (ADR 25, kit reservations):
--
-- 1. The loan's whole flow as statuses. SENT and RECEIVED hold the kit like
--    REQUESTED and CONFIRMED do, and sit before CANCELLED in the enum's order;
--    DECLINED and PASSED_ON, like CANCELLED and RETURNED, do not hold it.
--    The migrations run in one transaction, in which a value added by ALTER
--    TYPE ... ADD VALUE may not be named yet, so the constraint below tells
--    the live statuses by that order ("status" < 'CANCELLED', an immutable
--    enum comparison) rather than by a list. lib/kits/reservation-rules.ts
--    (LIVE_STATUSES) lists the same four; tests/integration/kit-reservations.test.ts
--    checks that the database and the list agree for every status.
ALTER TYPE "KitReservationStatus" ADD VALUE IF NOT EXISTS 'SENT' BEFORE 'CANCELLED';
ALTER TYPE "KitReservationStatus" ADD VALUE IF NOT EXISTS 'RECEIVED' BEFORE 'CANCELLED';
ALTER TYPE "KitReservationStatus" ADD VALUE IF NOT EXISTS 'DECLINED';
ALTER TYPE "KitReservationStatus" ADD VALUE IF NOT EXISTS 'PASSED_ON';

-- 2. The shipping days. The first constraint widened both reservations by
--    their shipping days on both sides, which demanded twice the shipping
--    days between two loans. A reservation now holds the kit from its first
--    day to its last day plus its own shipping days (the journey on to the
--    next holder or home), so two live reservations of one kit leave exactly
--    the earlier one's shipping days free between them. "shippingDays" is
--    copied from the kit when reserving; a coordinator may shorten it for one
--    reservation (audited), never the database's check itself.
ALTER TABLE "KitReservation" DROP CONSTRAINT "KitReservation_no_overlap";
ALTER TABLE "KitReservation" ADD CONSTRAINT "KitReservation_no_overlap"
    EXCLUDE USING gist (
        "kitId" WITH =,
        daterange("startDate", "endDate" + "shippingDays", '[]') WITH &&
    ) WHERE ("status" < 'CANCELLED');

-- 3. Who changed a reservation's status last and when (the coordinators'
--    list and the mails say it); a decline's reason.
ALTER TABLE "KitReservation" ADD COLUMN "decidedAt" TIMESTAMPTZ(3);
ALTER TABLE "KitReservation" ADD COLUMN "cancelledAt" TIMESTAMPTZ(3);
ALTER TABLE "KitReservation" ADD COLUMN "declineReason" TEXT;

-- Down Migration
ALTER TABLE "KitReservation" DROP COLUMN "declineReason";
ALTER TABLE "KitReservation" DROP COLUMN "cancelledAt";
ALTER TABLE "KitReservation" DROP COLUMN "decidedAt";
ALTER TABLE "KitReservation" DROP CONSTRAINT "KitReservation_no_overlap";
-- Enum values cannot be dropped; the old constraint is restored for the old statuses.
ALTER TABLE "KitReservation" ADD CONSTRAINT "KitReservation_no_overlap"
    EXCLUDE USING gist (
        "kitId" WITH =,
        daterange("startDate" - "shippingDays", "endDate" + "shippingDays", '[]') WITH &&
    ) WHERE ("status" IN ('REQUESTED', 'CONFIRMED'));
