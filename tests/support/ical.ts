// Reads an iCalendar text back with a real parser (ical.js), after checking
// the RFC 5545 framing that parsers forgive: CRLF endings and 75-octet lines.
import ICAL from "ical.js";

export type ParsedEvent = {
  uid: string;
  summary: string;
  start: Date;
  end: Date;
  status: string | null;
  location: string | null;
  description: string | null;
  url: string | null;
  sequence: number | null;
  organizer: string | null;
  attendees: string[];
};

export type ParsedCalendar = {
  method: string | null;
  name: string | null;
  timezone: string | null;
  events: ParsedEvent[];
};

/** Problems with line endings and line lengths; empty when the framing is right. */
export function framingProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith("\r\n")) problems.push("does not end with CRLF");
  if (/[^\r]\n/.test(text) || /\r[^\n]/.test(text)) problems.push("bare LF or CR");
  const encoder = new TextEncoder();
  text
    .split("\r\n")
    .forEach((line, i) => encoder.encode(line).length > 75 && problems.push(`line ${i + 1} longer than 75 octets`));
  return problems;
}

function text(component: ICAL.Component, name: string): string | null {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? null : String(value);
}

export function parseCalendar(ics: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return {
    method: text(calendar, "method"),
    name: text(calendar, "x-wr-calname"),
    timezone: text(calendar, "x-wr-timezone"),
    events: calendar.getAllSubcomponents("vevent").map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toJSDate(),
        end: event.endDate.toJSDate(),
        status: text(vevent, "status"),
        location: event.location ?? null,
        description: event.description ?? null,
        url: text(vevent, "url"),
        sequence: vevent.hasProperty("sequence") ? event.sequence : null,
        organizer: text(vevent, "organizer"),
        attendees: vevent.getAllProperties("attendee").map((p) => String(p.getFirstValue())),
      };
    }),
  };
}
