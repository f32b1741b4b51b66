// Dates as Finns write them, always in Europe/Helsinki whatever the server's
// zone: 29.11.2023 klo 12.00, ranges 29.11.2023 klo 12.00–14.00.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Locale } from "@/lib/i18n/config";

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

/** Parses a datetime-local value (no zone) as Helsinki wall-clock time. */
export function parseHelsinkiLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, da, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const d = new TZDate(y, mo - 1, da, h, mi, 0, TIME_ZONE);
  return Number.isNaN(d.getTime()) ? null : new Date(d.getTime());
}

/** The year of an instant in Helsinki. */
export function helsinkiYear(d: Date | string): number {
  return helsinki(d).getFullYear();
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
  return new Intl.DateTimeFormat(locale === "fi" ? "fi-FI" : "en-GB", {
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
