// Job-shadowing applications (issue 15 item 3, ADR 30): applying in the
// application window, the applicant's supervisor's consent, the host's
// decision, withdrawing.
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
import { type Actor, assertCan, assertSignedIn, can } from "@/lib/auth/policy";
import { db, type Db, type Tx } from "@/lib/db";
import type { ExchangeApplicationStatus } from "@/lib/db/enums";
import { AppError, fieldError } from "@/lib/http/errors";
import { helsinkiToday } from "@/lib/dates";
import { enqueue, enqueueMany } from "@/lib/jobs/mutations";
import { applicationWindowOpen, canWithdraw, HOST_SEES, offerHasDay } from "../rules";
import { applySchema, consentSchema, decideApplicationSchema, withdrawSchema } from "./schema";

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
  applicantId: string;
  fromLibraryId: string | null;
  hostPersonId: string | null;
  startDate: Date;
  endDate: Date;
  dates: Date[];
  visitStartsOn: Date;
  visitEndsOn: Date;
};

async function lockApplication(tx: Tx, applicationId: string): Promise<ApplicationRow | null> {
  const rows = await tx.$queryRaw<ApplicationRow[]>`
    SELECT a."id", a."status", a."offerId", a."applicantId", a."fromLibraryId", o."hostPersonId",
           o."startDate", o."endDate", o."dates",
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

/**
 * Whether the actor may know of the application at all — the same rule as its
 * page (getApplicationView): anyone else is told it is not found, whatever
 * they try, so an id reveals nothing.
 */
function seesApplication(
  actor: Actor,
  row: {
    status: ExchangeApplicationStatus;
    applicantId: string;
    fromLibraryId: string | null;
    hostPersonId: string | null;
  },
): boolean {
  return (
    row.applicantId === actor.id ||
    (actor.roles.includes("SUPERVISOR") && row.fromLibraryId !== null && actor.libraryId === row.fromLibraryId) ||
    (row.hostPersonId === actor.id && HOST_SEES.includes(row.status)) ||
    can(actor, "exchange.manage")
  );
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
    if (!row || !seesApplication(actor, row)) {
      throw fieldError("applicationId", "exchanges.error.unknownApplication", "NOT_FOUND");
    }
    if (!mayDecide(actor, row)) throw new AppError("FORBIDDEN", "Only the offer's contact or a coordinator decides.");
    if (row.status !== "SUBMITTED") throw fieldError("applicationId", "exchanges.error.notWaiting", "CONFLICT");

    if (decision.decision === "decline") {
      await tx.exchangeApplication.update({
        where: { id: row.id },
        data: { status: "DECLINED", hostMessage: decision.message ?? null, decidedAt: now },
      });
      await enqueue(tx, "email.exchangeApplicationDecided", { applicationId: row.id, status: "DECLINED" });
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
    // Both the applicant's mail and the host contact's carry the day's calendar entry.
    await enqueue(tx, "email.exchangeApplicationDecided", { applicationId: row.id, status: "ACCEPTED" });
    if (row.hostPersonId) {
      await enqueue(tx, "email.exchangeVisitAgreed", { applicationId: row.id, hostId: row.hostPersonId });
    }
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

/** Who hears of an application the host may now see: the offer's contact, or the coordinators when it has none. */
async function hostRecipients(tx: Tx, offerId: string): Promise<string[]> {
  const offer = await tx.exchangeOffer.findUniqueOrThrow({ where: { id: offerId }, select: { hostPersonId: true } });
  if (offer.hostPersonId) return [offer.hostPersonId];
  const coordinators = await tx.user.findMany({
    where: { roles: { has: "COORDINATOR" }, deactivatedAt: null, anonymizedAt: null },
    select: { id: true },
  });
  return coordinators.map((c) => c.id);
}

export type Application = { id: string; status: ExchangeApplicationStatus };

/**
 * Applies to an offer in the round's application window with a motivation and
 * preferred days from the offer's. When the applicant's library has a
 * supervisor (other than the applicant), the application waits for their
 * consent and each gets a mail; otherwise it goes to the host at once. One
 * application per person and offer: a second is a CONFLICT, unless the first
 * was withdrawn, which this reopens.
 */
async function applyToOfferUncached(actor: Actor | null, input: unknown, options: Options = {}): Promise<Application> {
  assertCan(actor, "exchange.apply");
  const values = applySchema.parse(input);
  const now = options.now ?? new Date();
  const today = helsinkiToday(now);
  if (!actor.libraryId) throw fieldError("offerId", "exchanges.error.noLibrary");
  const libraryId = actor.libraryId;
  return (options.client ?? db()).$transaction(async (tx) => {
    const offer = await tx.exchangeOffer.findUnique({
      where: { id: values.offerId },
      select: {
        id: true,
        hostLibraryId: true,
        startDate: true,
        endDate: true,
        dates: true,
        withdrawnAt: true,
        round: {
          select: {
            status: true,
            offerOpensAt: true,
            offerClosesAt: true,
            applicationOpensAt: true,
            applicationClosesAt: true,
            visitStartsOn: true,
            visitEndsOn: true,
          },
        },
      },
    });
    if (!offer || offer.withdrawnAt) throw fieldError("offerId", "exchanges.error.unknownOffer", "NOT_FOUND");
    if (!applicationWindowOpen(offer.round, today)) {
      throw fieldError("offerId", "exchanges.error.applicationsClosed", "CONFLICT");
    }
    if (offer.hostLibraryId === libraryId) throw fieldError("offerId", "exchanges.error.ownLibrary");
    if (values.preferredDates.some((d) => !offerHasDay(offer, d))) {
      throw fieldError("preferredDates", "exchanges.error.notOfferDay");
    }
    const supervisors = await tx.user.findMany({
      where: {
        libraryId,
        roles: { has: "SUPERVISOR" },
        id: { not: actor.id },
        deactivatedAt: null,
        anonymizedAt: null,
      },
      select: { id: true },
    });
    const status: ExchangeApplicationStatus = supervisors.length > 0 ? "AWAITING_CONSENT" : "SUBMITTED";
    const submittedAt = status === "SUBMITTED" ? now : null;
    const dates = [...new Set(values.preferredDates.map((d) => d.toISOString().slice(0, 10)))].sort();
    // One statement: a first application inserts, a withdrawn one is reopened, anything else meets the key.
    const rows = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO "ExchangeApplication" ("offerId", "applicantId", "fromLibraryId", "motivation", "status",
        "preferredDates", "submittedAt", "updatedAt")
      VALUES (${offer.id}::uuid, ${actor.id}::uuid, ${libraryId}::uuid, ${values.motivation},
        ${status}::"ExchangeApplicationStatus", ${dates}::date[], ${submittedAt}, ${now})
      ON CONFLICT ("offerId", "applicantId") DO UPDATE SET
        "fromLibraryId" = EXCLUDED."fromLibraryId", "motivation" = EXCLUDED."motivation",
        "status" = EXCLUDED."status", "preferredDates" = EXCLUDED."preferredDates",
        "submittedAt" = EXCLUDED."submittedAt", "visitDate" = NULL, "consentById" = NULL,
        "consentDecidedAt" = NULL, "hostMessage" = NULL, "decidedAt" = NULL, "withdrawnAt" = NULL,
        "updatedAt" = EXCLUDED."updatedAt"
      WHERE "ExchangeApplication"."status" = 'WITHDRAWN'
      RETURNING "id"`;
    const application = rows[0];
    if (!application) throw fieldError("offerId", "exchanges.error.alreadyApplied", "CONFLICT");
    if (status === "AWAITING_CONSENT") {
      await enqueueMany(
        tx,
        "email.exchangeConsentRequested",
        supervisors.map((s) => ({ payload: { applicationId: application.id, supervisorId: s.id } })),
      );
    } else {
      const hosts = await hostRecipients(tx, offer.id);
      await enqueueMany(
        tx,
        "email.exchangeApplicationSubmitted",
        hosts.map((hostId) => ({ payload: { applicationId: application.id, hostId } })),
      );
    }
    await audit(
      tx,
      actor,
      "exchange.application.submit",
      { type: "ExchangeApplication", id: application.id },
      {
        after: { offerId: offer.id, status, preferredDates: dates },
      },
    );
    return { id: application.id, status };
  }, TX);
}

/**
 * The applicant's supervisor (a SUPERVISOR of the library they applied from,
 * not the applicant) or a coordinator consents — the application goes to the
 * host, who gets a mail — or declines, and the applicant is told.
 */
async function decideConsentUncached(actor: Actor | null, input: unknown, options: Options = {}): Promise<Application> {
  assertSignedIn(actor);
  const { applicationId, decision } = consentSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      {
        id: string;
        status: ExchangeApplicationStatus;
        offerId: string;
        applicantId: string;
        fromLibraryId: string | null;
        hostPersonId: string | null;
      }[]
    >`SELECT a."id", a."status", a."offerId", a."applicantId", a."fromLibraryId", o."hostPersonId"
      FROM "ExchangeApplication" a JOIN "ExchangeOffer" o ON o."id" = a."offerId"
      WHERE a."id" = ${applicationId}::uuid FOR UPDATE OF a`;
    const row = rows[0];
    if (!row || !seesApplication(actor, row)) {
      throw fieldError("applicationId", "exchanges.error.unknownApplication", "NOT_FOUND");
    }
    const supervisesIt =
      actor.roles.includes("SUPERVISOR") && row.fromLibraryId !== null && actor.libraryId === row.fromLibraryId;
    if ((!supervisesIt && !can(actor, "exchange.manage")) || actor.id === row.applicantId) {
      throw new AppError("FORBIDDEN", "Only the applicant's supervisor or a coordinator consents.");
    }
    if (row.status !== "AWAITING_CONSENT") {
      throw fieldError("applicationId", "exchanges.error.notAwaitingConsent", "CONFLICT");
    }
    const status = decision === "approve" ? "SUBMITTED" : "DECLINED";
    await tx.exchangeApplication.update({
      where: { id: row.id },
      data: {
        status,
        consentById: actor.id,
        consentDecidedAt: now,
        ...(status === "SUBMITTED" ? { submittedAt: now } : { decidedAt: now }),
      },
    });
    if (status === "SUBMITTED") {
      const hosts = await hostRecipients(tx, row.offerId);
      await enqueueMany(
        tx,
        "email.exchangeApplicationSubmitted",
        hosts.map((hostId) => ({ payload: { applicationId: row.id, hostId } })),
      );
    } else {
      await enqueue(tx, "email.exchangeApplicationDecided", { applicationId: row.id, status: "DECLINED" });
    }
    await audit(
      tx,
      actor,
      `exchange.application.consent.${decision}`,
      { type: "ExchangeApplication", id: row.id },
      {
        before: { status: row.status },
        after: { status },
      },
    );
    return { id: row.id, status };
  }, TX);
}

/**
 * The applicant withdraws until the visit. An accepted place is given back
 * (the counter down by one, in the same transaction), and a host who had
 * seen the application is told.
 */
async function withdrawApplicationUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<Application> {
  assertSignedIn(actor);
  const { applicationId } = withdrawSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const rows = await tx.$queryRaw<
      { id: string; status: ExchangeApplicationStatus; offerId: string; applicantId: string; visitDate: Date | null }[]
    >`SELECT "id", "status", "offerId", "applicantId", "visitDate" FROM "ExchangeApplication"
      WHERE "id" = ${applicationId}::uuid FOR UPDATE`;
    const row = rows[0];
    // Someone else's application is not found, as far as they can tell.
    if (!row || row.applicantId !== actor.id) {
      throw fieldError("applicationId", "exchanges.error.unknownApplication", "NOT_FOUND");
    }
    if (!canWithdraw(row, helsinkiToday(now))) {
      throw fieldError("applicationId", "exchanges.error.cannotWithdraw", "CONFLICT");
    }
    if (row.status === "ACCEPTED") {
      await tx.$executeRaw`
        UPDATE "ExchangeOffer" SET "placesTaken" = "placesTaken" - 1, "updatedAt" = now()
        WHERE "id" = ${row.offerId}::uuid`;
    }
    await tx.exchangeApplication.update({
      where: { id: row.id },
      data: { status: "WITHDRAWN", withdrawnAt: now },
    });
    if (row.status === "SUBMITTED" || row.status === "ACCEPTED") {
      const hosts = await hostRecipients(tx, row.offerId);
      await enqueueMany(
        tx,
        "email.exchangeApplicationWithdrawn",
        hosts.map((hostId) => ({ payload: { applicationId: row.id, hostId } })),
      );
    }
    await audit(
      tx,
      actor,
      "exchange.application.withdraw",
      { type: "ExchangeApplication", id: row.id },
      {
        before: { status: row.status },
        after: { status: "WITHDRAWN" },
      },
    );
    return { id: row.id, status: "WITHDRAWN" };
  }, TX);
}

/** The public rounds page shows the offers and their places. */
export const decideApplication = invalidating(decideApplicationUncached, () => Promise.resolve([EXCHANGES_TAG]));
export const applyToOffer = invalidating(applyToOfferUncached, () => Promise.resolve([EXCHANGES_TAG]));
export const decideConsent = invalidating(decideConsentUncached, () => Promise.resolve([EXCHANGES_TAG]));
export const withdrawApplication = invalidating(withdrawApplicationUncached, () => Promise.resolve([EXCHANGES_TAG]));
