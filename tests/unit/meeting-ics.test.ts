// Steering-group meetings as calendar events, and their calendars read back
// with a real parser (ical.js): what Outlook and others will be given.
import { describe, expect, it } from "vitest";
import { meetingCalendar, meetingFileName, meetingInvitation, personalCalendar } from "@/lib/calendar/feeds";
import { formatUtc } from "@/lib/calendar/ics";
import { type CalendarMeeting, meetingEvent, meetingUid, meetingUrl } from "@/lib/calendar/meetings";
import { translator } from "@/lib/i18n/translate";
import { framingProblems, parseCalendar } from "../support/ical";

const APP = "https://pike.example.fi";
const NOW = new Date("2026-11-28T10:00:00Z");
const ID = "5f0c6a8e-3b1d-4c1e-9a57-0d2f3e4b5c6d";
const fi = translator("fi");

function meeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    id: ID,
    title: "Ohjausryhmän kokous 4/2023",
    // 29.11.2023 klo 12.00–14.00 in Helsinki (UTC+2).
    startsAt: new Date("2023-11-29T10:00:00Z"),
    endsAt: new Date("2023-11-29T12:00:00Z"),
    location: "Jyväskylän kaupunginkirjasto, Kokoushuone Sointu",
    remoteUrl: "https://teams.example/l/meetup-join/abc",
    status: "AGENDA_PUBLISHED",
    updatedAt: new Date("2023-11-20T08:00:00Z"),
    icsSequence: 7,
    agendaTitles: ["Kokouksen avaus", "Kuulumiskierros", "Seuraava kokous"],
    ...overrides,
  };
}

describe("meetingEvent", () => {
  it("has a UID that depends on the meeting alone, so every calendar updates the same entry", () => {
    const a = meetingEvent(meeting(), { appUrl: APP, t: fi });
    const b = meetingEvent(
      meeting({
        title: "Uusi nimi",
        status: "MINUTES_APPROVED",
        updatedAt: new Date("2024-06-01T00:00:00Z"),
        icsSequence: 8,
      }),
      { appUrl: "http://127.0.0.1:3000", t: translator("en") },
    );
    expect(a.uid).toBe(`meeting-${ID}@pike-portaali`);
    expect(b.uid).toBe(a.uid);
    expect(meetingUid(ID)).toBe(a.uid);
    expect(meetingEvent(meeting({ id: "00000000-0000-4000-8000-000000000000" }), { appUrl: APP, t: fi }).uid).not.toBe(
      a.uid,
    );
    // SEQUENCE is the meeting's own counter (raised by changes of time, place or link), not its updatedAt.
    expect([a.sequence, b.sequence]).toEqual([7, 8]);
  });

  it("is TENTATIVE while PLANNED and says so; CONFIRMED from the published agenda on", () => {
    const planned = meetingEvent(meeting({ status: "PLANNED" }), { appUrl: APP, t: fi });
    expect(planned.status).toBe("TENTATIVE");
    expect(planned.description).toContain("Kokous on vasta suunnitteilla");
    for (const status of ["AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"] as const) {
      const event = meetingEvent(meeting({ status }), { appUrl: APP, t: fi });
      expect(event.status, status).toBe("CONFIRMED");
      expect(event.description, status).not.toContain("suunnitteilla");
    }
  });

  it("links the meeting's page in the description and as URL, and lists the agenda in order", () => {
    const event = meetingEvent(meeting(), { appUrl: APP, t: fi });
    const url = `${APP}/kokoukset/${ID}`;
    expect(meetingUrl(APP, ID)).toBe(url);
    expect(event.url).toBe(url);
    expect(event.description).toContain(`Lisätiedot: ${url}`);
    expect(event.description).toContain("Asialista:\n1. Kokouksen avaus\n2. Kuulumiskierros\n3. Seuraava kokous");
    expect(meetingEvent(meeting({ agendaTitles: [] }), { appUrl: APP, t: fi }).description).not.toContain("Asialista");
  });

  it("carries only http(s) remote links, and names remote-only meetings 'Etänä'", () => {
    const remote = meetingEvent(meeting(), { appUrl: APP, t: fi });
    expect(remote.description).toContain("Etäyhteys: https://teams.example/l/meetup-join/abc");
    expect(remote.location).toBe("Jyväskylän kaupunginkirjasto, Kokoushuone Sointu");
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "teams",
      "ftp://x.example/",
    ]) {
      const event = meetingEvent(meeting({ remoteUrl: bad, location: null }), { appUrl: APP, t: fi });
      expect(event.description, bad).not.toContain("Etäyhteys");
      expect(event.description, bad).not.toContain(bad);
      expect(event.location, bad).toBeNull();
    }
    const remoteOnly = meetingEvent(meeting({ location: "  " }), { appUrl: APP, t: fi });
    expect(remoteOnly.location).toBe("Etänä");
  });

  it("speaks the reader's language", () => {
    const event = meetingEvent(meeting({ status: "PLANNED" }), { appUrl: APP, t: translator("en") });
    expect(event.description).toContain("Agenda:\n1. Kokouksen avaus");
    expect(event.description).toContain("still being planned");
    expect(event.description).toContain(`More information: ${APP}/kokoukset/${ID}`);
  });
});

describe("a meeting's .ics", () => {
  it("parses with ical.js: one VEVENT, UTC times, DTSTAMP, SUMMARY, LOCATION, DESCRIPTION with the link", () => {
    const ics = meetingCalendar(meeting(), { appUrl: APP, now: NOW });
    expect(framingProblems(ics)).toEqual([]);
    expect(ics).toContain("DTSTART:20231129T100000Z\r\n");
    expect(ics).toContain("DTEND:20231129T120000Z\r\n");
    expect(ics).toContain(`DTSTAMP:${formatUtc(NOW)}\r\n`);
    const calendar = parseCalendar(ics);
    // A download is a snapshot: no METHOD, as its Content-Type names none.
    expect(calendar.method).toBeNull();
    expect(calendar.name).toBe("PiKe-ohjausryhmän kokous");
    expect(calendar.events).toHaveLength(1);
    const [event] = calendar.events;
    expect(event).toMatchObject({
      uid: `meeting-${ID}@pike-portaali`,
      summary: "Ohjausryhmän kokous 4/2023",
      location: "Jyväskylän kaupunginkirjasto, Kokoushuone Sointu",
      status: "CONFIRMED",
      url: `${APP}/kokoukset/${ID}`,
      sequence: 7,
    });
    expect(event!.start.toISOString()).toBe("2023-11-29T10:00:00.000Z");
    expect(event!.end.toISOString()).toBe("2023-11-29T12:00:00.000Z");
    expect(event!.description).toContain(`Lisätiedot: ${APP}/kokoukset/${ID}`);
  });

  it("escapes commas, semicolons, backslashes and newlines in titles, places and the agenda", () => {
    const tricky = meeting({
      title: "Kokous; budjetti, henkilöstö \\ tilat\nja muut",
      location: "Sali 1; 2. krs, Pääkirjasto",
      agendaTitles: ["Avaus, esittely; nimenhuuto", "Rivi\r\nvaihto"],
    });
    const ics = meetingCalendar(tricky, { appUrl: APP, now: NOW });
    expect(framingProblems(ics)).toEqual([]);
    expect(ics).toContain("SUMMARY:Kokous\\; budjetti\\, henkilöstö \\\\ tilat\\nja muut");
    const [event] = parseCalendar(ics).events;
    expect(event!.summary).toBe("Kokous; budjetti, henkilöstö \\ tilat\nja muut");
    expect(event!.location).toBe("Sali 1; 2. krs, Pääkirjasto");
    expect(event!.description).toContain("1. Avaus, esittely; nimenhuuto\n2. Rivi\nvaihto");
  });

  it("keeps long Finnish descriptions within 75 octets a line", () => {
    const long = meeting({
      agendaTitles: Array.from({ length: 12 }, (_, i) => `Äänikirjastopalvelujen kehittäminen ${i}`),
    });
    const ics = meetingCalendar(long, { appUrl: APP, now: NOW });
    expect(framingProblems(ics)).toEqual([]);
    expect(parseCalendar(ics).events[0]!.description).toContain("12. Äänikirjastopalvelujen kehittäminen 11");
  });

  it("is TENTATIVE in the calendar while PLANNED", () => {
    const ics = meetingCalendar(meeting({ status: "PLANNED" }), { appUrl: APP, locale: "en", now: NOW });
    const calendar = parseCalendar(ics);
    expect(calendar.name).toBe("PiKe steering group meeting");
    expect(calendar.events[0]!.status).toBe("TENTATIVE");
  });

  it("is named after the meeting's Helsinki day, whatever the title", () => {
    // 23.30 UTC on 31 Dec is already 1 Jan in Helsinki.
    expect(meetingFileName(meeting({ startsAt: new Date("2026-12-31T23:30:00Z") }))).toBe("pike-kokous-2027-01-01.ics");
    const attachment = meetingInvitation(meeting({ title: '../"evil"\r\n.exe' }), {
      appUrl: APP,
      locale: "fi",
      method: "REQUEST",
      organizer: { email: "noreply@pike.example.fi" },
      attendee: { email: "hanna@jkl.fi", name: "Hanna" },
      now: NOW,
    });
    expect(attachment.filename).toBe("pike-kokous-2023-11-29.ics");
    expect(attachment.method).toBe("REQUEST");
    const calendar = parseCalendar(attachment.content);
    expect(calendar.method).toBe("REQUEST");
    expect(calendar.events).toHaveLength(1);
    expect(calendar.events[0]).toMatchObject({ uid: meetingUid(ID), sequence: 7, attendees: ["mailto:hanna@jkl.fi"] });
  });
});

describe("the personal feed with meetings", () => {
  it("lists meetings after the trainings, each parseable with its own UID", () => {
    const ics = personalCalendar(
      {
        locale: "fi",
        entries: [],
        meetings: [meeting(), meeting({ id: "00000000-0000-4000-8000-000000000001", status: "PLANNED" })],
      },
      { appUrl: APP, now: NOW },
    );
    expect(framingProblems(ics)).toEqual([]);
    const calendar = parseCalendar(ics);
    expect(calendar.name).toBe("Oma PiKe-kalenteri");
    expect(calendar.events.map((e) => [e.uid, e.status])).toEqual([
      [`meeting-${ID}@pike-portaali`, "CONFIRMED"],
      ["meeting-00000000-0000-4000-8000-000000000001@pike-portaali", "TENTATIVE"],
    ]);
  });
});
