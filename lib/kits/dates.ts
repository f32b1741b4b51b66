// Whole days for kit reservations (ADR 25). A reservation covers calendar
// days, not instants: a day is an ISO date "yyyy-mm-dd" (what a @db.Date
// column holds and the API carries), and arithmetic counts days as integers
// since 1970-01-01, so neither the server's zone nor a DST change can move a
// range by an hour, let alone a day. "Today" is Helsinki's (lib/dates).
//
// The shipping-day rule: a live reservation holds the kit from its first day
// to its last day plus its own shipping days (the journey on to the next
// holder, or home). Two live reservations of one kit may not hold it on the
// same day — exactly what the database's exclusion constraint refuses
// (prisma/migrations/1733700000000_kit_reservation_flow.sql). So the kit's
// shipping days stay free after every loan, and a new loan leaves them free
// before the next one (its own shipping days are the kit's).
import { helsinkiToday } from "@/lib/dates";

/** A calendar day as "yyyy-mm-dd". */
export type Day = string;

/** A range of whole days, both ends included. */
export type DayRange = { startDate: Day; endDate: Day };

/** A reservation as the shipping-day rule sees it. */
export type HeldRange = DayRange & { shippingDays: number };

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const FINNISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function fromParts(year: number, month: number, day: number): Day | null {
  if (year < 1900 || year > 9999) return null;
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // 30.2. or 31.4. roll over into the next month: not a day.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A day as people and programs write it: "2027-03-16" (a date input, the
 * API) or "16.3.2027" (Finnish). Anything else, or a day that does not
 * exist, is null.
 */
export function parseDay(value: unknown): Day | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return fromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const fi = FINNISH.exec(text);
  if (fi) return fromParts(Number(fi[3]), Number(fi[2]), Number(fi[1]));
  return null;
}

/** Days since 1970-01-01. */
export function dayNumber(day: Day): number {
  const m = ISO.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function dayFromNumber(n: number): Day {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: Day, count: number): Day {
  return dayFromNumber(dayNumber(day) + count);
}

/** b − a in days (0 for the same day). */
export function daysBetween(a: Day, b: Day): number {
  return dayNumber(b) - dayNumber(a);
}

/** How many days a range covers, both ends included (1 for a single day). */
export function rangeLength(range: DayRange): number {
  return daysBetween(range.startDate, range.endDate) + 1;
}

/** A @db.Date value (UTC midnight) as a day. */
export function dayOf(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** A day as the @db.Date value Prisma writes. */
export function dateOf(day: Day): Date {
  return new Date(dayNumber(day) * DAY_MS);
}

/** Today in Helsinki. */
export function today(now: Date = new Date()): Day {
  return dayOf(helsinkiToday(now));
}

/** 16.3.2027 — the same in both languages, as lib/dates writes days. */
export function formatDayFi(day: Day): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return `${d}.${m}.${y}`;
}

/** 16.–20.3.2027, 30.3.–3.4.2027, 30.12.2027–3.1.2028, or one day. */
export function formatDayRange(range: DayRange): string {
  const [y1, m1, d1] = range.startDate.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = range.endDate.split("-").map(Number) as [number, number, number];
  if (range.startDate === range.endDate) return `${d1}.${m1}.${y1}`;
  if (y1 !== y2) return `${d1}.${m1}.${y1}–${d2}.${m2}.${y2}`;
  if (m1 !== m2) return `${d1}.${m1}.–${d2}.${m2}.${y2}`;
  return `${d1}.–${d2}.${m2}.${y2}`;
}

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
