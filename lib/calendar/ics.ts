// A small iCalendar (RFC 5545) writer: just what the feeds and the mail
// attachments need. Times are written in UTC ("…Z"), so no VTIMEZONE is
// needed; X-WR-TIMEZONE tells clients to show them in Helsinki time.
// Feeds and downloads carry no METHOD (a snapshot, RFC 5545 3.7.2); mailed
// invitations are iTIP (RFC 5546) REQUEST or CANCEL with an ORGANIZER and
// the ATTENDEE they go to. See docs/decisions/0014-calendar-updates.md.
import { TIME_ZONE } from "@/lib/dates";
import { safeHttpUrl } from "@/lib/http/fields";

export type IcsStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";

export type IcsEvent = {
  /** Stable across feeds and mails, so calendars update instead of duplicating. */
  uid: string;
  start: Date;
  end: Date;
  /** Whole days (a kit's loan): start and end are UTC midnights, end exclusive; written as DATE values. */
  allDay?: boolean;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  status?: IcsStatus;
  lastModified?: Date | null;
  /** Raised with every significant change (time, place, link, cancellation); clients keep the highest. */
  sequence?: number;
  /** Written only in a scheduling message (a calendar with a METHOD), which RFC 5546 requires them in. */
  organizer?: IcsPerson | null;
  attendees?: readonly IcsPerson[];
};

export type IcsPerson = { email: string; name?: string | null };

export type IcsCalendar = {
  name: string;
  /** Mailed invitations only: REQUEST adds or updates the entry, CANCEL removes it. Feeds have none. */
  method?: "REQUEST" | "CANCEL";
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

/** 20231129: a DATE value from a UTC midnight (a @db.Date). */
function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, "");
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

/** A parameter value, always quoted: DQUOTE and control characters cannot appear in one. */
function paramText(value: string): string {
  return `"${value.replace(/[\u0000-\u001f\u007f"]/g, "").trim()}"`;
}

/** A CAL-ADDRESS: mailto: and the address, nothing that could break the line. */
function calAddress(person: IcsPerson): string {
  return `mailto:${person.email.replace(/[\s\u0000-\u001f\u007f"<>]/g, "")}`;
}

function personLine(property: "ORGANIZER" | "ATTENDEE", person: IcsPerson, params: string[] = []): string {
  const name = person.name?.trim() ? [`CN=${paramText(person.name)}`] : [];
  return [property, ...name, ...params].join(";") + `:${calAddress(person)}`;
}

function eventLines(event: IcsEvent, stamp: string, scheduling: boolean): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    event.allDay ? `DTSTART;VALUE=DATE:${formatDate(event.start)}` : `DTSTART:${formatUtc(event.start)}`,
    event.allDay ? `DTEND;VALUE=DATE:${formatDate(event.end)}` : `DTEND:${formatUtc(event.end)}`,
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
  if (scheduling && event.organizer) lines.push(personLine("ORGANIZER", event.organizer));
  if (scheduling) {
    // Replies would go to a no-reply address: nobody is asked for one.
    const params = ["CUTYPE=INDIVIDUAL", "ROLE=REQ-PARTICIPANT", "PARTSTAT=NEEDS-ACTION", "RSVP=FALSE"];
    for (const attendee of event.attendees ?? []) lines.push(personLine("ATTENDEE", attendee, params));
  }
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
    ...(calendar.method ? [`METHOD:${calendar.method}`] : []),
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${TIME_ZONE}`,
  ];
  if (calendar.refreshMinutes) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`);
    lines.push(`X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`);
  }
  for (const event of calendar.events) lines.push(...eventLines(event, stamp, !!calendar.method));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** "PiKe-portaali <noreply@pike.fi>" (a mail From) → the ORGANIZER of mailed invitations. */
export function organizerFrom(from: string): IcsPerson {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1]!.trim() || null, email: match[2]!.trim() } : { email: from.trim() };
}
