// A small iCalendar (RFC 5545) writer: just what the feeds and the mail
// attachments need. Times are written in UTC ("…Z"), so no VTIMEZONE is
// needed; X-WR-TIMEZONE tells clients to show them in Helsinki time.
import { TIME_ZONE } from "@/lib/dates";
import { safeHttpUrl } from "@/lib/http/fields";

export type IcsStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";

export type IcsEvent = {
  /** Stable across feeds and mails, so calendars update instead of duplicating. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  status?: IcsStatus;
  lastModified?: Date | null;
  sequence?: number;
};

export type IcsCalendar = {
  name: string;
  /** PUBLISH for feeds and attachments that only add an event. */
  method?: "PUBLISH" | "REQUEST" | "CANCEL";
  /** How often subscribed clients should refresh the feed. */
  refreshMinutes?: number;
  events: readonly IcsEvent[];
};

export const PRODID = "-//PiKe//PiKe-portaali//FI";
export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";
const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** 20231129T100000Z */
export function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** TEXT values: backslash, semicolon, comma and newlines escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, "\n")
      // RFC 5545 TEXT forbids control characters other than HTAB.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
      .replace(/\\/g, "\\\\")
      .replace(/;/g, "\\;")
      .replace(/,/g, "\\,")
      .replace(/\n/g, "\\n")
  );
}

/** Splits a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // Continuation lines begin with a space, which counts towards their 75.
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Only absolute http(s) URLs without whitespace are written as URI values. */
function safeUri(url: string | null | undefined): string | null {
  return url && !/\s/.test(url) ? safeHttpUrl(url) : null;
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${formatUtc(event.start)}`,
    `DTEND:${formatUtc(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  const url = safeUri(event.url);
  if (url) lines.push(`URL:${url}`);
  lines.push(`STATUS:${event.status ?? "CONFIRMED"}`);
  if (event.status === "CANCELLED") lines.push("TRANSP:TRANSPARENT");
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
  if (event.sequence !== undefined) lines.push(`SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`);
  lines.push("END:VEVENT");
  return lines;
}

/** The whole calendar as text: CRLF line endings, folded lines, a final CRLF. */
export function renderCalendar(calendar: IcsCalendar, now: Date = new Date()): string {
  const stamp = formatUtc(now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    `METHOD:${calendar.method ?? "PUBLISH"}`,
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
  ];
  if (calendar.refreshMinutes) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`);
    lines.push(`X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`);
  }
  for (const event of calendar.events) lines.push(...eventLines(event, stamp));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * A revision number for SEQUENCE that grows with every change of the source
 * row: seconds since 2024 fit an int32 for decades.
 */
export function sequenceOf(updatedAt: Date): number {
  return Math.max(0, Math.floor((updatedAt.getTime() - Date.UTC(2024, 0, 1)) / 1000));
}
