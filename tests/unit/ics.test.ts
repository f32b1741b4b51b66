// The iCalendar writer and the session events, read back with ical.js.
import { describe, expect, it } from "vitest";
import type { CalendarSession } from "@/lib/calendar/events";
import { sessionEvent, sessionLocation, sessionUid } from "@/lib/calendar/events";
import { menuCalendar, personalCalendar, sessionInvitation, type InvitationOptions } from "@/lib/calendar/feeds";
import { escapeText, foldLine, formatUtc, organizerFrom, renderCalendar, type IcsEvent } from "@/lib/calendar/ics";
import { translator } from "@/lib/i18n/translate";
import { framingProblems, parseCalendar } from "../support/ical";

const APP = "https://pike.example.fi";
const t = translator("fi");
const NOW = new Date("2026-11-28T10:00:00Z");

function session(overrides: Partial<CalendarSession> = {}): CalendarSession {
  return {
    id: "8c1d3c2e-0f57-4a53-9b3e-2a7f6f1f0a01",
    title: null,
    startsAt: new Date("2027-01-15T07:00:00Z"),
    endsAt: new Date("2027-01-15T08:00:00Z"),
    status: "SCHEDULED",
    place: null,
    remoteUrl: null,
    updatedAt: new Date("2026-11-20T12:00:00Z"),
    icsSequence: 3,
    servicePoint: {
      name: "Pääkirjasto Metso",
      address: "Pirkankatu 2",
      postalCode: "33210",
      city: "Tampere",
      library: { name: "Tampereen kaupunginkirjasto" },
    },
    restrictedLibrary: null,
    offering: { slug: "asiakaspalvelu-tyopaja", title: "Asiakaspalvelun työpaja", summary: "Haastavat tilanteet." },
    ...overrides,
  };
}

describe("iCalendar text", () => {
  it("escapes backslash, semicolon, comma and newlines", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(escapeText("bell\u0007 and tab\t")).toBe("bell and tab\t");
  });

  it("writes instants in UTC", () => {
    expect(formatUtc(new Date("2027-03-28T00:30:00.123Z"))).toBe("20270328T003000Z");
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"Äänikirjojen ja 📚 saavutettavuus ".repeat(8)}`;
    const folded = foldLine(line);
    const parts = folded.split("\r\n");
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(folded).not.toContain("\uFFFD");
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });

  it("round-trips events through a real parser", () => {
    const events: IcsEvent[] = [
      {
        uid: "session-1@pike-portaali",
        start: new Date("2027-01-15T07:00:00Z"),
        end: new Date("2027-01-15T08:30:00Z"),
        summary: 'Työpaja; osa 1, "lukudiplomi" \\ kevät',
        location: "Pääkirjasto Metso, Tampere",
        description: `Rivi yksi\nRivi kaksi, jossa pilkku; ja puolipiste.\n${"Pitkä kuvaus ".repeat(20)}`,
        url: "https://pike.example.fi/koulutukset/tyopaja?x=1&y=2",
        status: "CANCELLED",
      },
      {
        uid: "session-2@pike-portaali",
        start: new Date("2027-03-28T05:00:00Z"),
        end: new Date("2027-03-29T13:00:00Z"),
        summary: "Kaksipäiväinen",
        url: "javascript:alert(1)",
      },
    ];
    const ics = renderCalendar({ name: "PiKe, koulutukset", events }, NOW);
    expect(framingProblems(ics)).toEqual([]);
    const parsed = parseCalendar(ics);
    // X- properties default to TEXT (RFC 5545 3.8.8.2), so the comma is escaped; ical.js leaves them raw.
    // A snapshot, not a scheduling message: no METHOD (RFC 5545 3.7.2), no ORGANIZER or ATTENDEE.
    expect(parsed).toMatchObject({ method: null, name: "PiKe\\, koulutukset", timezone: "Europe/Helsinki" });
    expect(ics).not.toMatch(/^(METHOD|ORGANIZER|ATTENDEE)/m);
    expect(parsed.events).toHaveLength(2);
    const [first, second] = parsed.events;
    expect(first).toMatchObject({
      uid: events[0]!.uid,
      summary: events[0]!.summary,
      location: events[0]!.location,
      description: events[0]!.description,
      url: events[0]!.url,
      status: "CANCELLED",
    });
    expect(first!.start.toISOString()).toBe("2027-01-15T07:00:00.000Z");
    expect(first!.end.toISOString()).toBe("2027-01-15T08:30:00.000Z");
    expect(second).toMatchObject({ status: "CONFIRMED", url: null });
    expect(second!.end.toISOString()).toBe("2027-03-29T13:00:00.000Z");
    expect(ics).toContain(`DTSTAMP:${formatUtc(NOW)}`);
  });

  it("writes ORGANIZER and ATTENDEE in a scheduling message only, names quoted and addresses clean", () => {
    const event: IcsEvent = {
      uid: "meeting-1@pike-portaali",
      start: new Date("2027-01-15T07:00:00Z"),
      end: new Date("2027-01-15T08:00:00Z"),
      summary: "Kokous",
      sequence: 5,
      organizer: { name: "PiKe-portaali", email: "noreply@pike.example.fi" },
      attendees: [{ name: 'Virtanen, "Maija"; PiKe:n', email: "maija.virtanen@jkl.fi\r\nX-EVIL:1" }],
    };
    const request = renderCalendar({ name: "Kutsu", method: "REQUEST", events: [event] }, NOW);
    expect(framingProblems(request)).toEqual([]);
    expect(request).toContain("METHOD:REQUEST\r\n");
    expect(request).toContain('ORGANIZER;CN="PiKe-portaali":mailto:noreply@pike.example.fi\r\n');
    expect(request).not.toMatch(/^X-EVIL/m);
    const [parsed] = parseCalendar(request).events;
    expect(parsed).toMatchObject({
      sequence: 5,
      organizer: "mailto:noreply@pike.example.fi",
      attendees: ["mailto:maija.virtanen@jkl.fiX-EVIL:1"],
    });
    expect(request.replace(/\r\n /g, "")).toContain(
      'ATTENDEE;CN="Virtanen, Maija; PiKe:n";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:',
    );
    const feed = renderCalendar({ name: "Syöte", events: [event] }, NOW);
    expect(feed).not.toMatch(/^(METHOD|ORGANIZER|ATTENDEE)/m);
    expect(parseCalendar(feed).events[0]!.sequence).toBe(5);
  });

  it("reads the organizer from a mail's From", () => {
    expect(organizerFrom("PiKe-portaali <noreply@pike.fi>")).toEqual({
      name: "PiKe-portaali",
      email: "noreply@pike.fi",
    });
    expect(organizerFrom('"PiKe, portaali" <noreply@pike.fi>')).toEqual({
      name: "PiKe, portaali",
      email: "noreply@pike.fi",
    });
    expect(organizerFrom("noreply@pike.fi")).toEqual({ email: "noreply@pike.fi" });
  });

  it("is a valid calendar with no events", () => {
    const ics = renderCalendar({ name: "Tyhjä", events: [] }, NOW);
    expect(framingProblems(ics)).toEqual([]);
    expect(parseCalendar(ics).events).toEqual([]);
  });
});

describe("sessions as events", () => {
  it("have a stable UID, the offering page as URL, and the place with its address", () => {
    const event = sessionEvent(session(), { appUrl: APP, t });
    expect(event.uid).toBe("session-8c1d3c2e-0f57-4a53-9b3e-2a7f6f1f0a01@pike-portaali");
    expect(event.uid).toBe(sessionUid(session().id));
    expect(event.url).toBe(`${APP}/koulutukset/asiakaspalvelu-tyopaja`);
    expect(event.location).toBe("Pääkirjasto Metso, Tampereen kaupunginkirjasto, Pirkankatu 2, 33210 Tampere");
    expect(event.description).toContain(`Lisätiedot: ${APP}/koulutukset/asiakaspalvelu-tyopaja`);
    expect(event.status).toBe("CONFIRMED");
    // SEQUENCE is the session's own counter, not derived from when the row was last touched.
    expect(event.sequence).toBe(3);
    expect(sessionEvent(session({ updatedAt: new Date() }), { appUrl: APP, t }).sequence).toBe(3);
  });

  it("prefer the free-text place and fall back to 'Etänä' for remote-only sessions", () => {
    expect(sessionLocation(session({ place: "Metson Kirjasali" }), t)).toBe(
      "Metson Kirjasali, Pirkankatu 2, 33210 Tampere",
    );
    expect(sessionLocation(session({ servicePoint: null, remoteUrl: "https://teams.example/x" }), t)).toBe("Etänä");
  });

  it("carry the remote link only for participants", () => {
    const s = session({ remoteUrl: "https://teams.example/join/abc" });
    expect(sessionEvent(s, { appUrl: APP, t }).description).not.toContain("teams.example");
    expect(sessionEvent(s, { appUrl: APP, t, includeRemoteUrl: true }).description).toContain(
      "Etäyhteys: https://teams.example/join/abc",
    );
  });

  it("mark waitlisted entries tentative and cancelled sessions cancelled", () => {
    const waitlisted = sessionEvent(session(), { appUrl: APP, t, waitlisted: true });
    expect(waitlisted.summary).toBe("Asiakaspalvelun työpaja (jonossa)");
    expect(waitlisted.status).toBe("TENTATIVE");
    const cancelled = sessionEvent(session({ status: "CANCELLED" }), { appUrl: APP, t, waitlisted: true });
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.description).toContain("Tämä koulutus on peruttu.");
  });

  it("name the session after its offering, with the session's own title", () => {
    expect(sessionEvent(session({ title: "Jyväskylä" }), { appUrl: APP, t }).summary).toBe(
      "Asiakaspalvelun työpaja – Jyväskylä",
    );
  });
});

describe("feeds and attachments", () => {
  it("the menu feed lists every session, parseable, named after the theme", () => {
    const sessions = [session(), session({ id: "8c1d3c2e-0f57-4a53-9b3e-2a7f6f1f0a02", status: "CANCELLED" })];
    const ics = menuCalendar(sessions, { appUrl: APP, theme: { nameFi: "Asiakaspalvelu" }, now: NOW });
    expect(framingProblems(ics)).toEqual([]);
    const parsed = parseCalendar(ics);
    expect(parsed.name).toBe("PiKe-koulutukset: Asiakaspalvelu");
    expect(parsed.events.map((e) => e.status)).toEqual(["CONFIRMED", "CANCELLED"]);
    expect(ics).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT60M");
  });

  it("the personal feed is in the person's language and marks the waitlist", () => {
    const ics = personalCalendar(
      {
        locale: "en",
        entries: [
          { status: "CONFIRMED", session: session({ remoteUrl: "https://teams.example/a" }) },
          { status: "WAITLISTED", session: session({ id: "8c1d3c2e-0f57-4a53-9b3e-2a7f6f1f0a03" }) },
        ],
      },
      { appUrl: APP, now: NOW },
    );
    const parsed = parseCalendar(ics);
    expect(parsed.name).toBe("My PiKe calendar");
    expect(parsed.events.map((e) => [e.summary, e.status])).toEqual([
      ["Asiakaspalvelun työpaja", "CONFIRMED"],
      ["Asiakaspalvelun työpaja (waitlisted)", "TENTATIVE"],
    ]);
    expect(parsed.events[0]!.description).toContain("Remote link: https://teams.example/a");
  });

  const invite = (overrides: Partial<InvitationOptions> = {}): InvitationOptions => ({
    appUrl: APP,
    locale: "fi",
    method: "REQUEST",
    organizer: { name: "PiKe-portaali", email: "noreply@pike.example.fi" },
    attendee: { name: "Marju", email: "marju@valkeakoski.fi" },
    now: NOW,
    ...overrides,
  });

  it("the mail's invitation is one REQUEST with the feeds' UID and SEQUENCE, to its attendee", () => {
    const s = session({ remoteUrl: "https://teams.example/a" });
    const attachment = sessionInvitation(s, { ...invite(), includeRemoteUrl: true });
    expect(attachment.method).toBe("REQUEST");
    expect(attachment.filename).toMatch(/\.ics$/);
    expect(framingProblems(attachment.content)).toEqual([]);
    const parsed = parseCalendar(attachment.content);
    expect(parsed.method).toBe("REQUEST");
    expect(parsed.events).toHaveLength(1);
    const feedEntry = parseCalendar(menuCalendar([s], { appUrl: APP, now: NOW })).events[0]!;
    expect(parsed.events[0]).toMatchObject({
      uid: feedEntry.uid,
      sequence: feedEntry.sequence,
      status: "CONFIRMED",
      organizer: "mailto:noreply@pike.example.fi",
      attendees: ["mailto:marju@valkeakoski.fi"],
    });
    expect(parsed.events[0]!.sequence).toBe(3);
    expect(parsed.events[0]!.start.toISOString()).toBe("2027-01-15T07:00:00.000Z");
    expect(parsed.events[0]!.description).toContain("Etäyhteys: https://teams.example/a");
  });

  it("is in the attendee's language, tentative for the waitlisted", () => {
    const parsed = parseCalendar(
      sessionInvitation(session(), { ...invite({ locale: "en" }), waitlisted: true }).content,
    );
    expect(parsed.name).toBe("PiKe trainings");
    expect(parsed.events[0]).toMatchObject({ summary: "Asiakaspalvelun työpaja (waitlisted)", status: "TENTATIVE" });
    expect(parsed.events[0]!.description).toContain("More information:");
  });

  it("a cancellation is METHOD:CANCEL, STATUS:CANCELLED for the same UID, and says nothing more", () => {
    const s = session({ status: "CANCELLED", icsSequence: 4, remoteUrl: "https://teams.example/a" });
    const attachment = sessionInvitation(s, { ...invite({ method: "CANCEL" }), includeRemoteUrl: true });
    expect(attachment.method).toBe("CANCEL");
    const parsed = parseCalendar(attachment.content);
    expect(parsed.method).toBe("CANCEL");
    expect(parsed.events[0]).toMatchObject({
      uid: sessionUid(s.id),
      sequence: 4,
      status: "CANCELLED",
      description: null,
      attendees: ["mailto:marju@valkeakoski.fi"],
    });
    expect(attachment.content).not.toContain("teams.example");
    // One person's cancellation of a session that still takes place cancels their copy too.
    const withdrawn = parseCalendar(sessionInvitation(session(), invite({ method: "CANCEL" })).content);
    expect(withdrawn.events[0]!.status).toBe("CANCELLED");
  });
});
