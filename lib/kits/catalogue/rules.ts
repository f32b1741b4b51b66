// Pure rules of the kit catalogue (issue 12 item 1): which reservation
// statuses hold a kit on its calendar, the contents checklist as a form sends
// it, which photos are accepted (by their bytes, never their name), and the
// month view of a kit's availability calendar. Unit-tested in
// tests/unit/kit-catalogue-rules.test.ts. lib/kits/catalogue/ is the
// coordinators' catalogue; the reservation flow lives beside it in lib/kits.
import type { KitReservationStatus } from "@/lib/db/enums";
import { LIVE_STATUSES } from "@/lib/kits/reservations/rules";

/**
 * The reservation statuses that hold a kit for their period on the public
 * calendar. One place: the reservation flow (issue 12 item 4) adds its
 * statuses (sent, received) here.
 */
export const KIT_HOLDING_STATUSES: readonly KitReservationStatus[] = LIVE_STATUSES;

/**
 * Addresses under /pike-boksit that are (or will be) pages of their own, not
 * kits: a static segment wins over a kit's slug in routing.
 */
export const RESERVED_KIT_SLUGS: readonly string[] = [
  "uusi",
  "vapaat",
  "varaa",
  "varaukset",
  "haku",
  "hallinta",
  "kaytto",
  "palaute",
];

// ───────────── the contents checklist ─────────────

export const MAX_CONTENTS_ROWS = 100;
export const MAX_CONTENTS_ITEM_LENGTH = 200;
export const MAX_CONTENTS_COUNT = 999;
/** Blank rows a form offers beyond the filled ones (more come with "add a row"). */
export const BLANK_CONTENTS_ROWS = 2;

export type ContentsRow = { item: string; count?: number | undefined };
export type ContentsParse = { ok: true; rows: ContentsRow[] } | { ok: false; message: string };

const asList = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];

/**
 * The checklist from the form's parallel fields (`contentsItem`,
 * `contentsCount`, one pair per row) or from JSON (a list of {item, count}).
 * Rows left blank are dropped; a count without an item, or a count that is
 * not a whole number 1–999, refuses the whole list with one message key.
 */
export function parseContentsRows(items: unknown, counts: unknown): ContentsParse {
  const itemList = asList(items);
  const countList = asList(counts);
  const rows: ContentsRow[] = [];
  const length = Math.max(itemList.length, countList.length);
  for (let i = 0; i < length; i++) {
    const rawItem = itemList[i] ?? "";
    const rawCount = countList[i] ?? "";
    if (typeof rawItem !== "string" || (typeof rawCount !== "string" && typeof rawCount !== "number")) {
      return { ok: false, message: "validation.invalid" };
    }
    const item = rawItem.trim();
    const countText = String(rawCount).trim();
    if (item === "" && countText === "") continue;
    if (item === "") return { ok: false, message: "kitCatalogue.error.contentsItem" };
    if ([...item].length > MAX_CONTENTS_ITEM_LENGTH) return { ok: false, message: "validation.tooLong" };
    if (countText === "") {
      rows.push({ item });
      continue;
    }
    if (!/^\d{1,3}$/.test(countText)) return { ok: false, message: "kitCatalogue.error.contentsCount" };
    const count = Number(countText);
    if (count < 1 || count > MAX_CONTENTS_COUNT) return { ok: false, message: "kitCatalogue.error.contentsCount" };
    rows.push({ item, count });
  }
  if (rows.length > MAX_CONTENTS_ROWS) return { ok: false, message: "kitCatalogue.error.contentsTooMany" };
  return { ok: true, rows };
}

/** A JSON list of {item, count} as the two parallel lists parseContentsRows reads. */
export function contentsFromJson(value: unknown): { items: unknown[]; counts: unknown[] } {
  const list = asList(value);
  return {
    items: list.map((row) => (row && typeof row === "object" ? (row as { item?: unknown }).item : row)),
    counts: list.map((row) => (row && typeof row === "object" ? ((row as { count?: unknown }).count ?? "") : "")),
  };
}

// ───────────── the photo ─────────────

/** 8 MB: a phone's photo fits; the catalogue shows a thumbnail, the kit page a bounded size. */
export const MAX_KIT_PHOTO_BYTES = 8 * 1024 * 1024;
/** Pixels beyond this are a decompression bomb, not a photo of a box. */
export const MAX_KIT_PHOTO_PIXELS = 50_000_000;
/** The thumbnail's longest side and the kit page's image box. */
export const KIT_THUMBNAIL_SIZE = 320;
export const MAX_PHOTO_ALT_LENGTH = 300;

export const KIT_PHOTO_TYPES = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
} as const;
export type KitPhotoType = keyof typeof KIT_PHOTO_TYPES;
export const KIT_PHOTO_ACCEPT = ".jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp";

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");

function at(bytes: Uint8Array, offset: number, signature: readonly number[]): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
}

/** What an upload is by its first 12 bytes: JPEG, PNG or WebP; null for anything else. */
export function sniffKitPhotoType(head: Uint8Array): KitPhotoType | null {
  if (at(head, 0, JPEG)) return "jpeg";
  if (at(head, 0, PNG)) return "png";
  if (at(head, 0, RIFF) && at(head, 8, WEBP)) return "webp";
  return null;
}

/** The media type a stored photo is served as: one of the three, else a generic binary. */
export function servedPhotoType(mimeType: string): string {
  return (Object.values(KIT_PHOTO_TYPES) as string[]).includes(mimeType) ? mimeType : "application/octet-stream";
}

// ───────────── the month view ─────────────

/** A calendar month, "2027-03". */
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** How far the calendar goes: a year back, two ahead (a finite set of cached pages per kit). */
export const CALENDAR_MONTHS_BACK = 12;
export const CALENDAR_MONTHS_AHEAD = 24;

export type BookedPeriod = {
  startDate: Date;
  endDate: Date;
  /** Days kept free for shipping before and after (the constraint's widening). */
  shippingDays: number;
};

export type DayState = "free" | "booked" | "shipping";

export type CalendarDay = {
  /** yyyy-mm-dd */
  iso: string;
  day: number;
  state: DayState;
  today: boolean;
};

export type CalendarMonth = {
  month: string;
  /** Weeks from Monday to Sunday; a cell outside the month is null. */
  weeks: (CalendarDay | null)[][];
  /** The months the prev/next links go to; null beyond the calendar's reach. */
  previous: string | null;
  next: string | null;
};

const DAY_MS = 86_400_000;

function monthIndex(month: string): number {
  const m = MONTH.exec(month);
  if (!m) return Number.NaN;
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** "2027-03" of a calendar date (a UTC-midnight Date, as @db.Date values are). */
export function monthOfDay(day: Date): string {
  return monthOf(day.getUTCFullYear() * 12 + day.getUTCMonth());
}

/** Whether the calendar shows this month, counted from today's month. */
export function isCalendarMonth(month: string, today: Date): boolean {
  const index = monthIndex(month);
  if (Number.isNaN(index)) return false;
  const current = monthIndex(monthOfDay(today));
  return index >= current - CALENDAR_MONTHS_BACK && index <= current + CALENDAR_MONTHS_AHEAD;
}

/** The first day of a month and the first day of the next, as UTC-midnight Dates. */
export function monthBounds(month: string): { first: Date; next: Date } {
  const index = monthIndex(month);
  const y = Math.floor(index / 12);
  const m = index % 12;
  return { first: new Date(Date.UTC(y, m, 1)), next: new Date(Date.UTC(y, m + 1, 1)) };
}

const isoOf = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** A day's state: inside a period it is booked; within a period's shipping days, kept for shipping. */
function stateOf(day: Date, periods: readonly BookedPeriod[]): DayState {
  let state: DayState = "free";
  for (const period of periods) {
    if (day >= period.startDate && day <= period.endDate) return "booked";
    if (
      period.shippingDays > 0 &&
      day >= addDays(period.startDate, -period.shippingDays) &&
      day <= addDays(period.endDate, period.shippingDays)
    ) {
      state = "shipping";
    }
  }
  return state;
}

/**
 * The month view: weeks Monday to Sunday (as Finns count them), each day
 * free, booked or kept for shipping. Dates are calendar dates (UTC-midnight
 * Dates, the way @db.Date values arrive), so no time zone or DST change can
 * move a day; `today` is Helsinki's date in the same form.
 */
export function calendarMonth(month: string, periods: readonly BookedPeriod[], today: Date): CalendarMonth {
  const index = monthIndex(month);
  if (Number.isNaN(index)) throw new Error(`Not a month: ${month}`);
  const { first, next } = monthBounds(month);
  const todayIso = isoOf(today);
  // getUTCDay: Sunday 0 … Saturday 6 → Monday-first column 0 … 6.
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  for (let day = first; day < next; day = addDays(day, 1)) {
    const iso = isoOf(day);
    cells.push({ iso, day: day.getUTCDate(), state: stateOf(day, periods), today: iso === todayIso });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const previous = monthOf(index - 1);
  const following = monthOf(index + 1);
  return {
    month,
    weeks,
    previous: isCalendarMonth(previous, today) ? previous : null,
    next: isCalendarMonth(following, today) ? following : null,
  };
}

/** The periods that touch a month (shipping days included), in date order: the calendar's text alternative. */
export function periodsInMonth<T extends BookedPeriod>(month: string, periods: readonly T[]): T[] {
  const { first, next } = monthBounds(month);
  return periods
    .filter((p) => addDays(p.startDate, -p.shippingDays) < next && addDays(p.endDate, p.shippingDays) >= first)
    .sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
}
