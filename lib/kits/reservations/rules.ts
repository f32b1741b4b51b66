// Pure rules of kit reservations (ADR 25): which statuses hold the kit,
// which step may follow which, the limits of a range, and who may act for
// which library. Unit-tested in tests/unit/kit-dates.test.ts.
import { can, type Actor } from "@/lib/auth/policy";
import type { KitReservationStatus } from "@/lib/db/enums";
import { daysBetween, rangeLength, type DayRange, type Day } from "@/lib/dates/days";

/**
 * The statuses that hold the kit for their period (and its shipping days).
 * The database's exclusion constraint admits the same ones: the enum values
 * before CANCELLED (prisma/migrations/1733700000000_kit_reservation_flow.sql).
 */
export const LIVE_STATUSES = ["REQUESTED", "CONFIRMED", "SENT", "RECEIVED"] as const satisfies KitReservationStatus[];

export function isLive(status: KitReservationStatus): boolean {
  return (LIVE_STATUSES as readonly KitReservationStatus[]).includes(status);
}

/** The longest loan a library may reserve, in days (both ends included). */
export const MAX_RESERVATION_DAYS = 60;

/** How far ahead a reservation may start, in days. */
export const MAX_DAYS_AHEAD = 730;

/** The widest window the availability endpoint and the date search answer for. */
export const MAX_WINDOW_DAYS = 731;

/** Why a range cannot be reserved, as a field and a message key; null when it can. */
export function rangeRefusal(range: DayRange, today: Day): { field: "startDate" | "endDate"; key: string } | null {
  if (range.endDate < range.startDate) return { field: "endDate", key: "kitReservations.validation.endBeforeStart" };
  if (range.startDate < today) return { field: "startDate", key: "kitReservations.validation.past" };
  if (daysBetween(today, range.startDate) > MAX_DAYS_AHEAD) {
    return { field: "startDate", key: "kitReservations.validation.tooFarAhead" };
  }
  if (rangeLength(range) > MAX_RESERVATION_DAYS) return { field: "endDate", key: "kitReservations.validation.tooLong" };
  return null;
}

/** A new reservation: confirmed at once when the kit needs no approval (it is free: the insert succeeded). */
export function initialStatus(kit: { requiresApproval: boolean }): KitReservationStatus {
  return kit.requiresApproval ? "REQUESTED" : "CONFIRMED";
}

/** The steps of the flow: from each status, the statuses it may move to. */
export const NEXT_STATUSES: Record<KitReservationStatus, readonly KitReservationStatus[]> = {
  REQUESTED: ["CONFIRMED", "DECLINED", "CANCELLED"],
  CONFIRMED: ["SENT", "CANCELLED"],
  SENT: ["RECEIVED"],
  RECEIVED: ["PASSED_ON", "RETURNED"],
  CANCELLED: [],
  RETURNED: [],
  DECLINED: [],
  PASSED_ON: [],
};

export function mayMove(from: KitReservationStatus, to: KitReservationStatus): boolean {
  return NEXT_STATUSES[from].includes(to);
}

/** Cancelling frees the dates; once the kit is on its way it is no longer a cancellation. */
export function mayCancelStatus(status: KitReservationStatus): boolean {
  return mayMove(status, "CANCELLED");
}

/** A staff member reserves for their own library; coordinators and admins for any. */
export function mayReserveFor(actor: Actor | null, libraryId: string): boolean {
  if (!actor || !can(actor, "kit.requestReservation")) return false;
  return can(actor, "kit.manage") || actor.libraryId === libraryId;
}

/** The requester's library (any of its staff) or a coordinator may cancel. */
export function mayCancelReservation(actor: Actor | null, reservation: { libraryId: string }): boolean {
  if (!actor) return false;
  if (can(actor, "kit.manage")) return true;
  return can(actor, "kit.requestReservation") && actor.libraryId === reservation.libraryId;
}

/** A reservation's own library and the coordinators may see it in full; others see dates and library only. */
export function maySeeReservation(actor: Actor | null, reservation: { libraryId: string }): boolean {
  return mayCancelReservation(actor, reservation);
}

/** Whether the actor may cancel this reservation now (for buttons; the mutation decides again). */
export function canCancel(actor: Actor | null, r: { libraryId: string; status: KitReservationStatus }): boolean {
  return mayCancelReservation(actor, r) && mayCancelStatus(r.status);
}
