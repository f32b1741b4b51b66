// Whole days: a day is an ISO date "yyyy-mm-dd" (what a @db.Date column
// holds and the API carries), and arithmetic counts days as integers since
// 1970-01-01, so neither the server's zone nor a DST change can move a range
// by an hour, let alone a day. "Today" is Helsinki's. Kit reservations
// (ADR 25), programme deadlines and mentoring periods all count days so.
import { helsinkiToday } from "./index";

/** A calendar day as "yyyy-mm-dd". */
export type Day = string;

/** A range of whole days, both ends included. */
export type DayRange = { startDate: Day; endDate: Day };

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
