-- Up Migration
-- Issue 15 item 4 (ADR 30): a coordinator closes an exchange that will not be
-- completed and says why; the applicant and the host read it. Nullable
-- columns without a default: nothing is rewritten.
ALTER TABLE "ExchangeApplication" ADD COLUMN "closedAt" TIMESTAMPTZ(3);
ALTER TABLE "ExchangeApplication" ADD COLUMN "closeReason" TEXT;

-- Down Migration
ALTER TABLE "ExchangeApplication" DROP COLUMN "closeReason";
ALTER TABLE "ExchangeApplication" DROP COLUMN "closedAt";
