// The shipping-day rule of kit reservations (ADR 25): a live reservation
// holds the kit from its first day to its last day plus its own shipping days
// (the journey on to the next holder, or home). Two live reservations of one
// kit may not hold it on the same day — exactly what the database's exclusion
// constraint refuses (prisma/migrations/1733700000000_kit_reservation_flow.sql).
// So the kit's shipping days stay free after every loan, and a new loan leaves
// them free before the next one (its own shipping days are the kit's).
// Days themselves are lib/dates/days.
import { addDays, type Day, dayFromNumber, dayNumber, type DayRange } from "@/lib/dates/days";

/** A reservation as the shipping-day rule sees it. */
export type HeldRange = DayRange & { shippingDays: number };

/** The days a reservation holds the kit: its own days and its shipping days after them. */
export function heldDays(reservation: HeldRange): DayRange {
  return { startDate: reservation.startDate, endDate: addDays(reservation.endDate, reservation.shippingDays) };
}

export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** Whether two live reservations of one kit would hold it on the same day (the constraint's test). */
export function conflicts(a: HeldRange, b: HeldRange): boolean {
  return overlaps(heldDays(a), heldDays(b));
}

/**
 * The days a new reservation (with the kit's shipping days) may not touch
 * because of an existing one: from the kit's shipping days before it to the
 * end of its own shipping days after it. A new range conflicts with the
 * existing reservation exactly when it overlaps this block.
 */
export function blockedFor(existing: HeldRange, kitShippingDays: number): DayRange {
  return {
    startDate: addDays(existing.startDate, -kitShippingDays),
    endDate: addDays(existing.endDate, existing.shippingDays),
  };
}

/**
 * The maximal runs of days in `window` that a new reservation of the kit may
 * cover wholly: the window minus every live reservation's block, and minus
 * the days before `from` (today: the past is not reservable). A range is
 * free exactly when one of these contains it.
 */
export function freePeriods(
  window: DayRange,
  reservations: readonly HeldRange[],
  kitShippingDays: number,
  from: Day = window.startDate,
): DayRange[] {
  let start = dayNumber(window.startDate > from ? window.startDate : from);
  const end = dayNumber(window.endDate);
  const blocks = reservations
    .map((r) => blockedFor(r, kitShippingDays))
    .map((b) => ({ start: dayNumber(b.startDate), end: dayNumber(b.endDate) }))
    .sort((a, b) => a.start - b.start);
  const free: DayRange[] = [];
  for (const block of blocks) {
    if (block.end < start) continue;
    if (block.start > end) break;
    if (block.start > start) free.push({ startDate: dayFromNumber(start), endDate: dayFromNumber(block.start - 1) });
    start = Math.max(start, block.end + 1);
  }
  if (start <= end) free.push({ startDate: dayFromNumber(start), endDate: dayFromNumber(end) });
  return free;
}

/** Whether `range` lies wholly inside one of the free periods. */
export function isFree(range: DayRange, periods: readonly DayRange[]): boolean {
  return periods.some((p) => p.startDate <= range.startDate && range.endDate <= p.endDate);
}

/** The first reservation that a new range (with the kit's shipping days) would conflict with, if any. */
export function firstConflict<R extends HeldRange>(
  range: DayRange,
  kitShippingDays: number,
  reservations: readonly R[],
): R | null {
  const wanted = { ...range, shippingDays: kitShippingDays };
  return (
    [...reservations].sort((a, b) => (a.startDate < b.startDate ? -1 : 1)).find((r) => conflicts(wanted, r)) ?? null
  );
}
