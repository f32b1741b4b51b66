// After a job-shadowing visit (issue 15 item 4, ADR 30): the visitor and the
// host each write a short report; a coordinator completes the exchange once
// both are in — which publishes the reports whose authors consented — or
// closes an exchange that will not be completed, saying why.
//
// Who may do what is decided here, from the application's row locked for the
// change (no middleware): the visitor's report is the applicant's own; the
// host's is the offer's contact person's, or a coordinator's for them.
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { EXCHANGES_TAG } from "@/lib/cache/tags";
import { type Actor, assertSignedIn, can } from "@/lib/auth/policy";
import { db, type Db, type Tx } from "@/lib/db";
import type { ExchangeApplicationStatus, ExchangeReportSide } from "@/lib/db/enums";
import { AppError, fieldError } from "@/lib/http/errors";
import { helsinkiToday } from "@/lib/dates";
import { enqueue, enqueueMany } from "@/lib/jobs/mutations";
import { canComplete, CLOSABLE, reportEditable, reportOpen } from "../rules";
import { closeSchema, completeSchema, reportSchema } from "./schema";

type Options = { client?: Db; now?: Date };

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;

type LockedExchange = {
  id: string;
  status: ExchangeApplicationStatus;
  offerId: string;
  applicantId: string;
  hostPersonId: string | null;
  visitDate: Date | null;
  submittedAt: Date | null;
};

async function lockExchange(tx: Tx, applicationId: string): Promise<LockedExchange | null> {
  const rows = await tx.$queryRaw<LockedExchange[]>`
    SELECT a."id", a."status", a."offerId", a."applicantId", o."hostPersonId", a."visitDate", a."submittedAt"
    FROM "ExchangeApplication" a
    JOIN "ExchangeOffer" o ON o."id" = a."offerId"
    WHERE a."id" = ${applicationId}::uuid
    FOR UPDATE OF a`;
  return rows[0] ?? null;
}

/** Whether the actor writes this side's report: the applicant the visitor's; the offer's contact or a coordinator the host's. */
function writesSide(actor: Actor, row: { applicantId: string; hostPersonId: string | null }, side: ExchangeReportSide) {
  if (side === "VISITOR") return row.applicantId === actor.id;
  return row.hostPersonId === actor.id || can(actor, "exchange.manage");
}

/** Who hears of an exchange's end: the visitor, and the offer's contact when it has one (coordinators end it themselves). */
function concerned(row: LockedExchange): string[] {
  if (row.hostPersonId) return [...new Set([row.applicantId, row.hostPersonId])];
  return [row.applicantId];
}

async function coordinatorIds(tx: Tx): Promise<string[]> {
  const rows = await tx.user.findMany({
    where: { roles: { has: "COORDINATOR" }, deactivatedAt: null, anonymizedAt: null },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

export type SavedReport = { id: string; side: ExchangeReportSide; bothIn: boolean };

/**
 * Writes (or rewrites) one side's report from the visit day on, while the
 * exchange is accepted. 404 for an application the actor is not part of, 403
 * for a side that is not theirs, 409 before the day or once completed or
 * closed. When the second side's report comes in, the coordinators get one
 * mail (once per exchange) that it can be completed.
 */
async function saveReportUncached(actor: Actor | null, input: unknown, options: Options = {}): Promise<SavedReport> {
  assertSignedIn(actor);
  const values = reportSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const row = await lockExchange(tx, values.applicationId);
    const partOfIt =
      row && (row.applicantId === actor.id || row.hostPersonId === actor.id || can(actor, "exchange.manage"));
    if (!row || !partOfIt) throw fieldError("applicationId", "exchanges.error.unknownApplication", "NOT_FOUND");
    if (!writesSide(actor, row, values.side)) {
      throw new AppError("FORBIDDEN", "This side's report is written by the visitor or the host.");
    }
    const today = helsinkiToday(now);
    if (!reportEditable(row, today)) {
      const key = reportOpen(row, today)
        ? "exchanges.error.reportFinal"
        : row.status === "ACCEPTED"
          ? "exchanges.error.reportBeforeVisit"
          : "exchanges.error.noVisit";
      throw fieldError("applicationId", key, "CONFLICT");
    }
    const data = {
      authorId: actor.id,
      experience: values.experience,
      takeHome: values.takeHome ?? null,
      consentToPublish: values.consentToPublish,
    };
    const before = await tx.exchangeReport.findUnique({
      where: { applicationId_side: { applicationId: row.id, side: values.side } },
      select: { id: true, consentToPublish: true },
    });
    const report = await tx.exchangeReport.upsert({
      where: { applicationId_side: { applicationId: row.id, side: values.side } },
      create: { applicationId: row.id, side: values.side, ...data },
      update: data,
      select: { id: true },
    });
    const sides = await tx.exchangeReport.count({ where: { applicationId: row.id } });
    const bothIn = sides === 2;
    if (bothIn) {
      const coordinators = await coordinatorIds(tx);
      for (const coordinatorId of coordinators) {
        await enqueue(
          tx,
          "email.exchangeReportsIn",
          { applicationId: row.id, coordinatorId },
          { dedupeKey: `exchange-reports-in:${row.id}:${coordinatorId}` },
        );
      }
    }
    await audit(
      tx,
      actor,
      before ? "exchange.report.update" : "exchange.report.create",
      { type: "ExchangeReport", id: report.id },
      {
        before: before ? { consentToPublish: before.consentToPublish } : undefined,
        after: { side: values.side, consentToPublish: values.consentToPublish },
      },
    );
    return { id: report.id, side: values.side, bothIn };
  }, TX);
}

export type EndedExchange = { id: string; status: "COMPLETED" | "CLOSED"; published: number };

/**
 * A coordinator completes an accepted exchange whose day has come and whose
 * both reports are in; the reports whose authors consented are published
 * (readable by all signed-in staff) in the same transaction. The visitor and
 * the host are told.
 */
async function completeExchangeUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<EndedExchange> {
  assertSignedIn(actor);
  if (!can(actor, "exchange.manage")) throw new AppError("FORBIDDEN", "Coordinators complete exchanges.");
  const { applicationId } = completeSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const row = await lockExchange(tx, applicationId);
    if (!row) throw fieldError("applicationId", "exchanges.error.unknownApplication", "NOT_FOUND");
    const reports = await tx.exchangeReport.findMany({ where: { applicationId: row.id }, select: { side: true } });
    if (
      !canComplete(
        row,
        reports.map((r) => r.side),
        helsinkiToday(now),
      )
    ) {
      const key = row.status !== "ACCEPTED" ? "exchanges.error.notUnderWay" : "exchanges.error.reportsMissing";
      throw fieldError("applicationId", key, "CONFLICT");
    }
    await tx.exchangeApplication.update({ where: { id: row.id }, data: { status: "COMPLETED", completedAt: now } });
    const { count: published } = await tx.exchangeReport.updateMany({
      where: { applicationId: row.id, consentToPublish: true, publishedAt: null },
      data: { publishedAt: now },
    });
    await enqueueMany(
      tx,
      "email.exchangeEnded",
      concerned(row).map((recipientId) => ({
        payload: { applicationId: row.id, recipientId, status: "COMPLETED" as const },
      })),
    );
    await audit(
      tx,
      actor,
      "exchange.application.complete",
      { type: "ExchangeApplication", id: row.id },
      { before: { status: row.status }, after: { status: "COMPLETED", published } },
    );
    return { id: row.id, status: "COMPLETED", published };
  }, TX);
}

/**
 * A coordinator closes an exchange that will not be completed (waiting for
 * consent, with the host, or accepted), saying why. An accepted place is
 * given back. The applicant is told, and the host when it had reached them.
 */
async function closeExchangeUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<EndedExchange> {
  assertSignedIn(actor);
  if (!can(actor, "exchange.manage")) throw new AppError("FORBIDDEN", "Coordinators close exchanges.");
  const { applicationId, reason } = closeSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const row = await lockExchange(tx, applicationId);
    if (!row) throw fieldError("applicationId", "exchanges.error.unknownApplication", "NOT_FOUND");
    if (!CLOSABLE.includes(row.status)) throw fieldError("applicationId", "exchanges.error.notUnderWay", "CONFLICT");
    if (row.status === "ACCEPTED") {
      await tx.$executeRaw`
        UPDATE "ExchangeOffer" SET "placesTaken" = "placesTaken" - 1, "updatedAt" = now()
        WHERE "id" = ${row.offerId}::uuid`;
    }
    await tx.exchangeApplication.update({
      where: { id: row.id },
      data: { status: "CLOSED", closedAt: now, closeReason: reason },
    });
    // The host never saw an application still waiting for consent.
    const recipients = row.submittedAt ? concerned(row) : [row.applicantId];
    await enqueueMany(
      tx,
      "email.exchangeEnded",
      recipients.map((recipientId) => ({ payload: { applicationId: row.id, recipientId, status: "CLOSED" as const } })),
    );
    await audit(
      tx,
      actor,
      "exchange.application.close",
      { type: "ExchangeApplication", id: row.id },
      { before: { status: row.status }, after: { status: "CLOSED", reason } },
    );
    return { id: row.id, status: "CLOSED", published: 0 };
  }, TX);
}

/** Completing publishes reports and changes the figures; closing frees a place on the public pages. */
export const saveReport = invalidating(saveReportUncached, () => Promise.resolve([EXCHANGES_TAG]));
export const completeExchange = invalidating(completeExchangeUncached, () => Promise.resolve([EXCHANGES_TAG]));
export const closeExchange = invalidating(closeExchangeUncached, () => Promise.resolve([EXCHANGES_TAG]));
