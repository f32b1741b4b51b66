// A host's decision on a job-shadowing application (issue 15 item 3, ADR 30).
//
// Places are held by the database, as seats are for sessions: accepting takes
// a place with one conditional UPDATE of the offer (placesTaken < places,
// backed by a CHECK), in the same transaction as the application's change.
// Two hosts' clicks, or fifty accepts at once, queue on the offer's row; each
// re-reads placesTaken after the one before it commits, so never more
// visitors are accepted than the offer has places. The application's row is
// locked first and must still be SUBMITTED, so one application is decided
// once.
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { EXCHANGES_TAG } from "@/lib/cache/tags";
import { type Actor, assertSignedIn, can } from "@/lib/auth/policy";
import { db, type Db, type Tx } from "@/lib/db";
import type { ExchangeApplicationStatus } from "@/lib/db/enums";
import { AppError, fieldError } from "@/lib/http/errors";
import { offerHasDay } from "../rules";
import { decideApplicationSchema } from "./schema";

type Options = { client?: Db; now?: Date };

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;

/**
 * Test-only seam (the negative control of the places test): with `takePlace`
 * off, accepting skips taking a place, as an implementation without the
 * database's guard would — and the test's count of accepted visitors per
 * offer must then catch the over-acceptance.
 */
export const acceptTestSeam = { takePlace: true };

type ApplicationRow = {
  id: string;
  status: ExchangeApplicationStatus;
  offerId: string;
  hostPersonId: string | null;
  startDate: Date;
  endDate: Date;
  dates: Date[];
  visitStartsOn: Date;
  visitEndsOn: Date;
};

async function lockApplication(tx: Tx, applicationId: string): Promise<ApplicationRow | null> {
  const rows = await tx.$queryRaw<ApplicationRow[]>`
    SELECT a."id", a."status", a."offerId", o."hostPersonId", o."startDate", o."endDate", o."dates",
           r."visitStartsOn", r."visitEndsOn"
    FROM "ExchangeApplication" a
    JOIN "ExchangeOffer" o ON o."id" = a."offerId"
    JOIN "ExchangeRound" r ON r."id" = o."roundId"
    WHERE a."id" = ${applicationId}::uuid
    FOR UPDATE OF a`;
  return rows[0] ?? null;
}

/** The offer's contact person, or a coordinator. */
function mayDecide(actor: Actor, row: ApplicationRow): boolean {
  return can(actor, "exchange.manage") || (row.hostPersonId !== null && row.hostPersonId === actor.id);
}

export type DecidedApplication = { id: string; status: "ACCEPTED" | "DECLINED"; visitDate: Date | null };

/**
 * The host accepts an application for one of the offer's days within the
 * round's visit period (taking a place), or declines it; either with a
 * message. 403 for anyone but the offer's contact and coordinators, 404 for an
 * unknown application, 409 when it is no longer waiting for the host or the
 * offer is full; refusals write nothing.
 */
async function decideApplicationUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<DecidedApplication> {
  assertSignedIn(actor);
  const decision = decideApplicationSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const row = await lockApplication(tx, decision.applicationId);
    if (!row) throw fieldError("applicationId", "exchanges.error.unknownApplication", "NOT_FOUND");
    if (!mayDecide(actor, row)) throw new AppError("FORBIDDEN", "Only the offer's contact or a coordinator decides.");
    if (row.status !== "SUBMITTED") throw fieldError("applicationId", "exchanges.error.notWaiting", "CONFLICT");

    if (decision.decision === "decline") {
      await tx.exchangeApplication.update({
        where: { id: row.id },
        data: { status: "DECLINED", hostMessage: decision.message ?? null, decidedAt: now },
      });
      await audit(
        tx,
        actor,
        "exchange.application.decline",
        { type: "ExchangeApplication", id: row.id },
        {
          before: { status: row.status },
          after: { status: "DECLINED" },
        },
      );
      return { id: row.id, status: "DECLINED", visitDate: null };
    }

    const day = decision.visitDate;
    if (!offerHasDay(row, day) || day < row.visitStartsOn || day > row.visitEndsOn) {
      throw fieldError("visitDate", "exchanges.error.notOfferDay");
    }
    if (acceptTestSeam.takePlace) {
      const taken = await tx.$executeRaw`
        UPDATE "ExchangeOffer" SET "placesTaken" = "placesTaken" + 1, "updatedAt" = now()
        WHERE "id" = ${row.offerId}::uuid AND "placesTaken" < "places"`;
      if (taken === 0) throw fieldError("applicationId", "exchanges.error.full", "CONFLICT");
    }
    await tx.exchangeApplication.update({
      where: { id: row.id },
      data: { status: "ACCEPTED", visitDate: day, hostMessage: decision.message ?? null, decidedAt: now },
    });
    await audit(
      tx,
      actor,
      "exchange.application.accept",
      { type: "ExchangeApplication", id: row.id },
      {
        before: { status: row.status },
        after: { status: "ACCEPTED", visitDate: day },
      },
    );
    return { id: row.id, status: "ACCEPTED", visitDate: day };
  }, TX);
}

/** The public rounds page shows the offers and their places. */
export const decideApplication = invalidating(decideApplicationUncached, () => Promise.resolve([EXCHANGES_TAG]));
