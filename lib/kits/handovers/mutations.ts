// The handover chain's writes (ADR 26): "sent", "received" (with the
// handover report) and "returned home". Each runs in one transaction with
// its policy check, audit event and mails (outbox), and invalidates the
// kit's cached pages after the commit. A refusal writes nothing.
import "server-only";
import { type Actor, assertCan, assertSignedIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { KITS_TAG } from "@/lib/cache/tags";
import { db, type Db, type Tx } from "@/lib/db";
import type { KitReservationStatus } from "@/lib/db/enums";
import { AppError, fieldError } from "@/lib/http/errors";
import { enqueue } from "@/lib/jobs/mutations";
import { parseKitContents } from "@/lib/kits/data";
import { maySeeReservation } from "@/lib/kits/reservations/rules";
import { kitReservationTags, reservationTags } from "@/lib/kits/reservations/data";
import { claimKitDays, findConflict, KitConflictError } from "@/lib/kits/reservations/mutations";
import { dayOf } from "@/lib/dates/days";
import { nextLink, senderOf } from "./data";
import { mayReceive, mayReturnHome, maySend, MOVABLE_STATUSES, problems, type ChecklistRow } from "./rules";
import { handoverStepSchema, maintenanceSchema, moveSchema, receiptSchema } from "./schema";
import { z } from "zod";

type Options = { now?: Date; client?: Db };

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;

export type StepResult = { id: string; status: KitReservationStatus };

/** The reservation locked for this transaction (FOR UPDATE) with its kit's home library, or null. */
async function lock(tx: Tx, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "KitReservation" WHERE "id" = ${id}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.kitReservation.findUnique({
    where: { id },
    select: {
      id: true,
      kitId: true,
      libraryId: true,
      status: true,
      startDate: true,
      kit: { select: { homeLibraryId: true, contents: true } },
    },
  });
}

const notFound = () => new AppError("NOT_FOUND", "No such reservation.");

/**
 * The sender (the kit's current holder, else its home library) or a
 * coordinator marks the kit sent to this reservation: CONFIRMED → SENT, and
 * the holder's RECEIVED reservation → PASSED_ON. The receiving library is told.
 */
async function markKitSentUncached(actor: Actor | null, input: unknown, options: Options = {}): Promise<StepResult> {
  assertSignedIn(actor);
  const { reservationId } = handoverStepSchema.parse(input);
  const client = options.client ?? db();
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    const r = await lock(tx, reservationId);
    if (!r) throw notFound();
    const { previous, libraryId: senderId } = await senderOf(tx, { ...r, homeLibraryId: r.kit.homeLibraryId });
    if (!maySend(actor, senderId)) {
      throw maySeeReservation(actor, r) ? new AppError("FORBIDDEN", "Only the sender marks the kit sent.") : notFound();
    }
    if (r.status === "SENT") return { id: r.id, status: r.status };
    if (r.status !== "CONFIRMED") throw fieldError("_", "kitHandovers.error.notConfirmed");
    if (previous && previous.status !== "RECEIVED" && previous.status !== "PASSED_ON") {
      throw fieldError("_", "kitHandovers.error.previousNotReceived");
    }
    await tx.kitReservation.update({ where: { id: r.id }, data: { status: "SENT" } });
    await audit(
      tx,
      actor,
      "kitReservation.sent",
      { type: "KitReservation", id: r.id },
      { before: { status: r.status }, after: { status: "SENT", fromLibraryId: senderId, at: now.toISOString() } },
    );
    if (previous?.status === "RECEIVED") {
      await tx.kitReservation.update({ where: { id: previous.id }, data: { status: "PASSED_ON" } });
      await audit(
        tx,
        actor,
        "kitReservation.passedOn",
        { type: "KitReservation", id: previous.id },
        { before: { status: "RECEIVED" }, after: { status: "PASSED_ON", toReservationId: r.id } },
      );
    }
    await enqueue(tx, "email.kitReservation", { reservationId: r.id, event: "sent" });
    return { id: r.id, status: "SENT" as const };
  }, TX);
}

/**
 * The receiving library or a coordinator records the receipt with the
 * handover report (one row per kit contents row): a KitHandover from the
 * sender to this library, and SENT → RECEIVED. Missing or damaged items are
 * mailed to the coordinators.
 */
async function recordKitReceiptUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<StepResult & { handoverId: string; problems: number }> {
  assertSignedIn(actor);
  const { reservationId, condition, rows } = receiptSchema.parse(input);
  const client = options.client ?? db();
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    const r = await lock(tx, reservationId);
    if (!r) throw notFound();
    if (!mayReceive(actor, r)) throw notFound();
    if (r.status !== "SENT") throw fieldError("_", "kitHandovers.error.notSent");
    const contents = parseKitContents(r.kit.contents);
    if (rows.length !== contents.length) throw fieldError("_", "kitHandovers.validation.rows");
    const checklist: ChecklistRow[] = contents.map((c, i) => ({
      item: c.item,
      ...(c.count === undefined ? {} : { count: c.count }),
      state: rows[i]!.state,
      ...(rows[i]!.note ? { note: rows[i]!.note } : {}),
    }));
    const { libraryId: fromLibraryId } = await senderOf(tx, { ...r, homeLibraryId: r.kit.homeLibraryId });
    const handover = await tx.kitHandover.create({
      data: {
        kitId: r.kitId,
        reservationId: r.id,
        fromLibraryId,
        toLibraryId: r.libraryId,
        handedOverAt: now,
        checklist,
        condition: condition ?? null,
        recordedById: actor.id,
      },
      select: { id: true },
    });
    await tx.kitReservation.update({ where: { id: r.id }, data: { status: "RECEIVED" } });
    const issues = problems(checklist);
    await audit(
      tx,
      actor,
      "kitReservation.received",
      { type: "KitReservation", id: r.id },
      {
        before: { status: r.status },
        after: { status: "RECEIVED", handoverId: handover.id, fromLibraryId, problems: issues.length },
      },
    );
    await enqueue(tx, "email.kitReservation", { reservationId: r.id, event: "received" });
    if (issues.length > 0) await enqueue(tx, "email.kitHandoverIssues", { handoverId: handover.id });
    return { id: r.id, status: "RECEIVED" as const, handoverId: handover.id, problems: issues.length };
  }, TX);
}

/** The holder (when no live reservation follows) or a coordinator returns the kit home: RECEIVED → RETURNED. */
async function returnKitHomeUncached(actor: Actor | null, input: unknown, options: Options = {}): Promise<StepResult> {
  assertSignedIn(actor);
  const { reservationId } = handoverStepSchema.parse(input);
  const client = options.client ?? db();
  return client.$transaction(async (tx) => {
    const r = await lock(tx, reservationId);
    if (!r || !maySeeReservation(actor, r)) throw notFound();
    if (r.status === "RETURNED") return { id: r.id, status: r.status };
    if (r.status !== "RECEIVED") throw fieldError("_", "kitHandovers.error.notReceived");
    const next = await nextLink(tx, r);
    if (!mayReturnHome(actor, r, !!next)) throw fieldError("_", "kitHandovers.error.nextWaiting", "FORBIDDEN");
    await tx.kitReservation.update({ where: { id: r.id }, data: { status: "RETURNED" } });
    await audit(
      tx,
      actor,
      "kitReservation.returned",
      { type: "KitReservation", id: r.id },
      { before: { status: r.status }, after: { status: "RETURNED", toLibraryId: r.kit.homeLibraryId } },
    );
    await enqueue(tx, "email.kitReservation", { reservationId: r.id, event: "returned" });
    return { id: r.id, status: "RETURNED" as const };
  }, TX);
}

/**
 * A coordinator takes the kit out of circulation for maintenance (from a
 * handover report): no new reservations; its future loans are listed on
 * /pike-boksit/[slug]/huolto to cancel one by one, with mail.
 */
async function setKitMaintenanceUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<{ id: string; slug: string }> {
  assertCan(actor, "kit.manage");
  const { kitId } = maintenanceSchema.parse(input);
  const client = options.client ?? db();
  return client.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Kit" WHERE "id" = ${kitId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND", "No such kit.");
    const kit = await tx.kit.findUniqueOrThrow({
      where: { id: kitId },
      select: { id: true, slug: true, status: true },
    });
    if (kit.status === "MAINTENANCE") return { id: kit.id, slug: kit.slug };
    if (kit.status !== "AVAILABLE") throw fieldError("_", "kitHandovers.error.notAvailable");
    await tx.kit.update({ where: { id: kitId }, data: { status: "MAINTENANCE" } });
    await audit(
      tx,
      actor,
      "kit.maintenance",
      { type: "Kit", id: kitId },
      { before: { status: kit.status }, after: { status: "MAINTENANCE" } },
    );
    return { id: kit.id, slug: kit.slug };
  }, TX);
}

/**
 * A coordinator moves a future loan to another kit for the same days (a kit
 * in maintenance, ADR 26): only while it is not on its way (REQUESTED or
 * CONFIRMED; the status stays). The other kit's shipping days apply, and
 * its exclusion constraint decides a collision, answered as a 409 naming
 * the period like any reservation. The library is told.
 */
async function moveKitReservationUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<StepResult & { kitId: string }> {
  assertCan(actor, "kit.manage");
  const { reservationId, kitId } = moveSchema.parse(input);
  const client = options.client ?? db();
  // A loan's days never change, so they are read before the claim (which needs them to name a conflict).
  const loan = await client.kitReservation.findUnique({
    where: { id: reservationId },
    select: { kitId: true, startDate: true, endDate: true },
  });
  if (!loan) throw notFound();
  if (loan.kitId === kitId) throw fieldError("kitId", "kitHandovers.validation.sameKit");
  const target = await client.kit.findUnique({
    where: { id: kitId },
    select: { id: true, status: true, shippingDays: true },
  });
  if (target?.status !== "AVAILABLE") throw fieldError("kitId", "kitHandovers.validation.moveKit");
  const range = { startDate: dayOf(loan.startDate), endDate: dayOf(loan.endDate) };

  return claimKitDays(client, { kitId: target.id, range, shippingDays: target.shippingDays }, (serialize) =>
    client.$transaction(async (tx) => {
      await serialize(tx);
      const r = await lock(tx, reservationId);
      if (!r) throw notFound();
      if (!(MOVABLE_STATUSES as readonly string[]).includes(r.status)) {
        throw fieldError("_", "kitHandovers.error.cannotMove");
      }
      if (r.kitId === target.id) return { id: r.id, status: r.status, kitId: r.kitId };
      // Only to name the period in the common case: the constraint decides races.
      const conflict = await findConflict(tx, target.id, range, target.shippingDays);
      if (conflict) throw new KitConflictError(conflict);
      await tx.kitReservation.update({
        where: { id: r.id },
        data: { kitId: target.id, shippingDays: target.shippingDays },
      });
      await audit(
        tx,
        actor,
        "kitReservation.move",
        { type: "KitReservation", id: r.id },
        { before: { kitId: r.kitId }, after: { kitId: target.id, shippingDays: target.shippingDays } },
      );
      await enqueue(tx, "email.kitReservation", { reservationId: r.id, event: "moved" });
      return { id: r.id, status: r.status, kitId: target.id };
    }, TX),
  );
}

// ───────────── Cache invalidation (ADR 17): the kit's pages show its booked periods ─────────────

/** The kit's tags by the input's reservation (none asked for an input that is no reservation id). */
async function tagsOf([, input, options]: [unknown, unknown, Options?]): Promise<string[]> {
  const id = z.uuid().safeParse((input as { reservationId?: unknown } | null)?.reservationId);
  return id.success ? reservationTags(id.data, options?.client) : [KITS_TAG];
}

export const markKitSent = invalidating(markKitSentUncached, tagsOf);
export const recordKitReceipt = invalidating(recordKitReceiptUncached, tagsOf);
export const returnKitHome = invalidating(returnKitHomeUncached, tagsOf);
/** Both kits' pages change: the one the loan leaves and the one it moves to. */
export const moveKitReservation = invalidating(moveKitReservationUncached, async ([, input, options]) => {
  const parsed = moveSchema.safeParse(input);
  if (!parsed.success) return [KITS_TAG];
  const [from, to] = await Promise.all([
    reservationTags(parsed.data.reservationId, options?.client),
    kitReservationTags(parsed.data.kitId, options?.client),
  ]);
  return [...new Set([...from, ...to])];
});
export const setKitMaintenance = invalidating(setKitMaintenanceUncached, async ([, input, options]) => {
  const id = z.uuid().safeParse((input as { kitId?: unknown } | null)?.kitId);
  return id.success ? kitReservationTags(id.data, options?.client) : [KITS_TAG];
});
