// Dates as Finns write them, always in Europe/Helsinki whatever the server's
// zone: 29.11.2023 klo 12.00, ranges 29.11.2023 klo 12.00–14.00.
import { TZDate, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";
import { intlLocale, type Locale } from "@/lib/i18n/config";

export const TIME_ZONE = "Europe/Helsinki";

const helsinki = (d: Date | string) => new TZDate(new Date(d).getTime(), TIME_ZONE);

const AT: Record<Locale, string> = { fi: "klo", en: "at" };

/** 29.11.2023 */
export function formatDate(d: Date | string): string {
  return format(helsinki(d), "d.M.yyyy");
}

/** A calendar date stored as a date (no time zone): shown as it is. */
export function formatDay(d: Date | string): string {
  const date = new Date(d);
  return `${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()}`;
}

/** 12.00 */
export function formatTime(d: Date | string): string {
  return format(helsinki(d), "H.mm");
}

/** 29.11.2023 klo 12.00 */
export function formatDateTime(d: Date | string, locale: Locale = "fi"): string {
  return `${formatDate(d)} ${AT[locale]} ${formatTime(d)}`;
}

/** 29.11.2023 klo 12.00–14.00, or both ends in full when the days differ. */
export function formatRange(start: Date | string, end: Date | string, locale: Locale = "fi"): string {
  if (formatDate(start) === formatDate(end)) {
    return `${formatDateTime(start, locale)}–${formatTime(end)}`;
  }
  return `${formatDateTime(start, locale)} – ${formatDateTime(end, locale)}`;
}

/** Weekday name in Finnish or English, in Helsinki time. */
export function formatWeekday(d: Date | string, locale: Locale = "fi"): string {
  const names = {
    fi: ["sunnuntai", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai"],
    en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  } as const;
  return names[locale][helsinki(d).getDay()] ?? "";
}

/** ISO date-time with offset for <time dateTime>. */
export function isoInstant(d: Date | string): string {
  return new Date(d).toISOString();
}

export type HelsinkiLocal = { ok: true; date: Date } | { ok: false; reason: "invalid" | "nonexistent" };

const MINUTE_MS = 60_000;
const HALF_DAY_MS = 12 * 60 * MINUTE_MS;

/**
 * A datetime-local value ("2027-03-16T09:00", no zone) as Helsinki
 * wall-clock time. A time the clocks skip (the last Sunday of March,
 * 03:00–03:59) is refused as "nonexistent" rather than shifted; a time the
 * clocks pass twice (the last Sunday of October, 03:00–03:59) is its first
 * occurrence, still in summer time (as Temporal's "compatible" reading does).
 * A day that does not exist (30.2.) is "invalid".
 */
export function helsinkiLocalTime(value: string): HelsinkiLocal {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return { ok: false, reason: "invalid" };
  const [, y, mo, da, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  const asUtc = new Date(wall);
  const realDay = asUtc.getUTCFullYear() === y && asUtc.getUTCMonth() === mo - 1 && asUtc.getUTCDate() === da;
  if (!realDay || h > 23 || mi > 59) return { ok: false, reason: "invalid" };
  // The offsets half a day either side cover any one transition; an instant is
  // a reading of the wall clock only if the zone has that offset at that instant.
  const offsets = new Set([wall - HALF_DAY_MS, wall + HALF_DAY_MS].map((t) => tzOffset(TIME_ZONE, new Date(t))));
  const readings = [...offsets]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => wall - tzOffset(TIME_ZONE, new Date(instant)) * MINUTE_MS === instant)
    .sort((a, b) => a - b);
  const first = readings[0];
  return first === undefined ? { ok: false, reason: "nonexistent" } : { ok: true, date: new Date(first) };
}

/** helsinkiLocalTime's instant, or null for any value that is not one. */
export function parseHelsinkiLocal(value: string): Date | null {
  const parsed = helsinkiLocalTime(value);
  return parsed.ok ? parsed.date : null;
}

/** The year of an instant in Helsinki. */
export function helsinkiYear(d: Date | string): number {
  return helsinki(d).getFullYear();
}

/** The instant a Helsinki year begins (1 January, 00:00 local time). */
export function helsinkiYearStart(year: number): Date {
  return new Date(new TZDate(year, 0, 1, 0, 0, 0, TIME_ZONE).getTime());
}

/** Today's calendar date in Helsinki as a UTC-midnight Date, comparable with @db.Date columns. */
export function helsinkiToday(now: Date = new Date()): Date {
  const local = helsinki(now);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/** The instants where a Helsinki month ("2027-03") begins and the next one begins. */
export function helsinkiMonthRange(month: string): { start: Date; end: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const start = new TZDate(y, m - 1, 1, 0, 0, 0, TIME_ZONE);
  const end = new TZDate(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1, 0, 0, 0, TIME_ZONE);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** The next `count` Helsinki months from `now`, as yyyy-mm. */
export function upcomingMonths(count: number, now: Date = new Date()): string[] {
  const local = helsinki(now);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(local.getFullYear(), local.getMonth() + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  });
}

/** "maaliskuu 2027" / "March 2027" for a yyyy-mm month. */
export function formatMonth(month: string, locale: Locale = "fi"): string {
  const { start } = helsinkiMonthRange(month);
  return new Intl.DateTimeFormat(intlLocale(locale), {
    month: "long",
    year: "numeric",
    timeZone: TIME_ZONE,
  }).format(start);
}

/** yyyy-MM-dd of a @db.Date value, for <time dateTime> and comparisons. */
export function isoDay(d: Date | string): string {
  return new Date(d).toISOString().slice(0, 10);
}

/**
 * The same instant as a Date whose UTC fields are the Helsinki wall clock:
 * spreadsheet dates have no zone, and exceljs writes a Date's UTC fields.
 */
export function helsinkiWallClock(d: Date): Date {
  const local = helsinki(d);
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  );
}
