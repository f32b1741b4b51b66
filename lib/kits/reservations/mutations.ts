// Kit reservation writes (ADR 25). Never double-booked: the database's
// exclusion constraint "KitReservation_no_overlap" (kit × the days a live
// reservation holds it, shipping days included) refuses any overlap, whoever
// asks and however many ask at once. The check before the insert only finds
// the period to name in the common case; the constraint decides the race,
// and its refusal is answered the same way (409 naming the conflicting
// period), never as a 500. No role bypasses it: a coordinator who needs an
// exception shortens one reservation's shipping days, explicitly and audited.
// Each write runs in one transaction with its audit event and its mails
// (outbox), and invalidates the kit's cached pages after the commit.
import "server-only";
import { type Actor, assertCan, assertSignedIn } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { db, type Db, type Tx } from "@/lib/db";
import type { KitReservationStatus } from "@/lib/db/enums";
import { isExclusionViolation, isWriteConflict } from "@/lib/http/db-errors";
import { AppError, fieldError } from "@/lib/http/errors";
import { enqueue } from "@/lib/jobs/mutations";
import { addDays, dateOf, dayOf, formatDayFi, formatDayRange, today, type DayRange } from "@/lib/dates/days";
import { firstConflict } from "@/lib/kits/shipping";
import { kitReservationTags, reservationTags } from "./data";
import {
  initialStatus,
  LIVE_STATUSES,
  mayCancelReservation,
  mayCancelStatus,
  mayMove,
  mayReserveFor,
  rangeRefusal,
} from "./rules";
import { reservationInputSchema, shippingDaysSchema } from "./schema";

export const NO_OVERLAP = "KitReservation_no_overlap";

export type ReservationResult = DayRange & { id: string; status: KitReservationStatus };

/** 409: the period collides with a live reservation (named: its own days; its shipping days follow it). */
export class KitConflictError extends AppError {
  constructor(readonly conflict: DayRange & { heldUntil: string }) {
    super(
      "CONFLICT",
      `The kit is already reserved for ${formatDayRange(conflict)}` +
        (conflict.heldUntil > conflict.endDate
          ? ` (with its shipping days, until ${formatDayFi(conflict.heldUntil)})`
          : "") +
        ". Choose days that leave the shipping days free.",
      undefined,
      undefined,
      { conflict: { startDate: conflict.startDate, endDate: conflict.endDate } },
    );
    this.name = "KitConflictError";
  }
}

type Options = {
  now?: Date;
  /** Another client stands in for another app instance in tests. */
  client?: Db;
};

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;
const MAX_ATTEMPTS = 8;

/** The live reservation (other than `exceptId`) a range with the kit's shipping days would collide with. */
export async function findConflict(
  client: Db | Tx,
  kitId: string,
  range: DayRange,
  kitShippingDays: number,
  exceptId?: string,
): Promise<(DayRange & { heldUntil: string }) | null> {
  const rows = await client.kitReservation.findMany({
    where: {
      kitId,
      status: { in: [...LIVE_STATUSES] },
      ...(exceptId ? { id: { not: exceptId } } : {}),
      startDate: { lte: dateOf(addDays(range.endDate, kitShippingDays)) },
      endDate: { gte: dateOf(addDays(range.startDate, -366)) },
    },
    select: { startDate: true, endDate: true, shippingDays: true },
  });
  const found = firstConflict(
    range,
    kitShippingDays,
    rows.map((r) => ({ startDate: dayOf(r.startDate), endDate: dayOf(r.endDate), shippingDays: r.shippingDays })),
  );
  return found
    ? { startDate: found.startDate, endDate: found.endDate, heldUntil: addDays(found.endDate, found.shippingDays) }
    : null;
}

/** Namespace of the kit claims' advisory locks (the first key of the two-key form). */
export const KIT_CLAIM_LOCK = 4_202;

/**
 * Runs a write that claims days of a kit: a new reservation, or a loan moved
 * onto it. The constraint decides races: its refusal becomes the 409 naming
 * the period (read after the rollback). Two claims that each waited for the
 * other inside the constraint's check are a deadlock, and PostgreSQL aborts
 * one (after deadlock_timeout, a second). Run again at once, a storm of claims
 * on one kit (twenty for the same days) collides again and again, so a claim
 * that lost once waits a moment (random, growing) and then queues for the
 * kit's advisory lock before its transaction reads anything (`serialize`):
 * the retries meet each other's committed rows in turn, and only a first
 * attempt can still collide. The first attempt takes no lock, so that the
 * constraint stays what decides a race.
 */
export async function claimKitDays<T>(
  client: Db,
  claim: { kitId: string; range: DayRange; shippingDays: number },
  write: (serialize: (tx: Tx) => Promise<void>) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(async (tx) => {
        if (attempt > 1)
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(${KIT_CLAIM_LOCK}::int, hashtext(${claim.kitId}))`;
      });
    } catch (error) {
      if (isExclusionViolation(error, NO_OVERLAP)) {
        const { kitId, range, shippingDays } = claim;
        const conflict = await findConflict(client, kitId, range, shippingDays);
        throw new KitConflictError(conflict ?? { ...range, heldUntil: addDays(range.endDate, shippingDays) });
      }
      if (isWriteConflict(error) && attempt < MAX_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
        continue;
      }
      throw error;
    }
  }
}

/**
 * Reserves a kit for a library: CONFIRMED at once when the kit needs no
 * approval, else REQUESTED for a coordinator. Staff reserve for their own
 * library, coordinators for any. Throws VALIDATION_FAILED with field
 * messages (bad days, past, too long, unknown library, kit not available),
 * FORBIDDEN (another library), NOT_FOUND (unknown kit), CONFLICT (taken).
 */
async function reserveKitUncached(
  actor: Actor | null,
  kitId: string,
  input: unknown,
  options: Options = {},
): Promise<ReservationResult> {
  assertCan(actor, "kit.requestReservation");
  const client = options.client ?? db();
  const now = options.now ?? new Date();
  const { libraryId, startDate, endDate } = reservationInputSchema.parse(input);
  if (!mayReserveFor(actor, libraryId)) {
    throw fieldError("libraryId", "kitReservations.validation.ownLibrary", "FORBIDDEN");
  }
  const range = { startDate, endDate };
  const refusal = rangeRefusal(range, today(now));
  if (refusal) throw fieldError(refusal.field, refusal.key);

  const kit = await client.kit.findFirst({
    where: { id: kitId, status: { not: "RETIRED" } },
    select: { id: true, shippingDays: true, requiresApproval: true, status: true },
  });
  if (!kit) throw new AppError("NOT_FOUND", "No such kit.");
  if (kit.status !== "AVAILABLE") throw fieldError("_", "kitReservations.error.notAvailable");
  const library = await client.library.findUnique({ where: { id: libraryId }, select: { id: true } });
  if (!library) throw fieldError("libraryId", "kitReservations.validation.unknownLibrary");

  return claimKitDays(client, { kitId: kit.id, range, shippingDays: kit.shippingDays }, (serialize) =>
    client.$transaction(async (tx) => {
      await serialize(tx);
      // Only to name the period in the common case: the constraint decides races.
      const conflict = await findConflict(tx, kit.id, range, kit.shippingDays);
      if (conflict) throw new KitConflictError(conflict);
      const status = initialStatus(kit);
      const created = await tx.kitReservation.create({
        data: {
          kitId: kit.id,
          libraryId,
          requestedById: actor.id,
          startDate: dateOf(startDate),
          endDate: dateOf(endDate),
          shippingDays: kit.shippingDays,
          status,
          decidedAt: status === "CONFIRMED" ? now : null,
        },
        select: { id: true },
      });
      await audit(
        tx,
        actor,
        "kitReservation.create",
        { type: "KitReservation", id: created.id },
        { after: { kitId: kit.id, libraryId, startDate, endDate, shippingDays: kit.shippingDays, status } },
      );
      await enqueue(tx, "email.kitReservation", {
        reservationId: created.id,
        event: status === "CONFIRMED" ? "confirmed" : "requested",
      });
      return { id: created.id, status, startDate, endDate };
    }, TX),
  );
}

type Locked = {
  id: string;
  kitId: string;
  libraryId: string;
  status: KitReservationStatus;
  startDate: Date;
  endDate: Date;
  shippingDays: number;
};

/** The reservation row locked for this transaction (FOR UPDATE), or null. */
async function lockReservation(tx: Tx, id: string): Promise<Locked | null> {
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
      endDate: true,
      shippingDays: true,
    },
  });
}

const stateOf = (r: Locked, status: KitReservationStatus = r.status): ReservationResult => ({
  id: r.id,
  status,
  startDate: dayOf(r.startDate),
  endDate: dayOf(r.endDate),
});

/**
 * Cancels a reservation: its library's staff or a coordinator (anyone else:
 * NOT_FOUND). The dates are free the moment it commits. Cancelling a
 * cancelled one answers its state; once the kit is sent it is 422.
 */
async function cancelKitReservationUncached(
  actor: Actor | null,
  reservationId: string,
  options: Options = {},
): Promise<ReservationResult> {
  assertSignedIn(actor);
  const client = options.client ?? db();
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    const current = await lockReservation(tx, reservationId);
    if (!current || !mayCancelReservation(actor, current)) throw new AppError("NOT_FOUND", "No such reservation.");
    if (current.status === "CANCELLED") return stateOf(current);
    if (!mayCancelStatus(current.status)) {
      throw fieldError("_", "kitReservations.error.cannotCancel");
    }
    await tx.kitReservation.update({
      where: { id: reservationId },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    await audit(
      tx,
      actor,
      "kitReservation.cancel",
      { type: "KitReservation", id: reservationId },
      { before: { status: current.status }, after: { status: "CANCELLED" } },
    );
    await enqueue(tx, "email.kitReservation", { reservationId, event: "cancelled" });
    return stateOf(current, "CANCELLED");
  }, TX);
}

/** A coordinator confirms or declines a requested reservation; a decline frees the dates at once. */
async function decideKitReservationUncached(
  actor: Actor | null,
  reservationId: string,
  decision: "CONFIRMED" | "DECLINED",
  reason: string | undefined,
  options: Options = {},
): Promise<ReservationResult> {
  assertCan(actor, "kit.manage");
  const client = options.client ?? db();
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    const current = await lockReservation(tx, reservationId);
    if (!current) throw new AppError("NOT_FOUND", "No such reservation.");
    if (current.status === decision) return stateOf(current);
    if (!mayMove(current.status, decision)) throw fieldError("_", "kitReservations.error.cannotDecide");
    await tx.kitReservation.update({
      where: { id: reservationId },
      data: { status: decision, decidedAt: now, declineReason: decision === "DECLINED" ? (reason ?? null) : null },
    });
    await audit(
      tx,
      actor,
      decision === "CONFIRMED" ? "kitReservation.confirm" : "kitReservation.decline",
      { type: "KitReservation", id: reservationId },
      { before: { status: current.status }, after: { status: decision, reason } },
    );
    await enqueue(tx, "email.kitReservation", {
      reservationId,
      event: decision === "CONFIRMED" ? "confirmed" : "declined",
    });
    return stateOf(current, decision);
  }, TX);
}

/**
 * A coordinator's explicit exception: fewer shipping days after this one
 * loan (never more: that could collide, and is a new reservation's matter).
 * The reason is audited with the before and after; the library is told.
 */
async function shortenShippingDaysUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<ReservationResult & { shippingDays: number }> {
  assertCan(actor, "kit.manage");
  const { reservationId, shippingDays, reason } = shippingDaysSchema.parse(input);
  const client = options.client ?? db();
  return client.$transaction(async (tx) => {
    const current = await lockReservation(tx, reservationId);
    if (!current) throw new AppError("NOT_FOUND", "No such reservation.");
    if (shippingDays >= current.shippingDays) {
      throw fieldError("shippingDays", "kitReservations.validation.shortenOnly");
    }
    await tx.kitReservation.update({ where: { id: reservationId }, data: { shippingDays } });
    await audit(
      tx,
      actor,
      "kitReservation.shippingDays",
      { type: "KitReservation", id: reservationId },
      { summary: reason, before: { shippingDays: current.shippingDays }, after: { shippingDays } },
    );
    await enqueue(tx, "email.kitReservation", { reservationId, event: "shippingChanged" });
    return { ...stateOf(current), shippingDays };
  }, TX);
}

// ───────────── Cache invalidation (ADR 17): the kit's pages show its booked periods ─────────────

export const reserveKit = invalidating(reserveKitUncached, ([, kitId, , options]) =>
  kitReservationTags(kitId, options?.client),
);
export const cancelKitReservation = invalidating(cancelKitReservationUncached, ([, id, options]) =>
  reservationTags(id, options?.client),
);
export const decideKitReservation = invalidating(decideKitReservationUncached, ([, id, , , options]) =>
  reservationTags(id, options?.client),
);
export const shortenShippingDays = invalidating(shortenShippingDaysUncached, ([, input, options]) =>
  reservationTags((input as { reservationId?: string })?.reservationId ?? "", options?.client),
);
