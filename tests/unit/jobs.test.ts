// Pure rules of the job queue and the wording of the worker's mails.
import { describe, expect, it } from "vitest";
import type { CalendarSession } from "@/lib/calendar/events";
import { sessionMail, workshopOrderMail } from "@/lib/email/templates";
import { BACKOFF_MAX_MS, backoffMs, describeJobError, reminderDedupeKey, reminderRunAt } from "@/lib/jobs/rules";

const APP = "https://pike.example.fi";

describe("retries", () => {
  it("back off exponentially from 10 s, capped at an hour", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(backoffMs(9)).toBe(2_560_000);
    expect(backoffMs(10)).toBe(BACKOFF_MAX_MS);
    expect(backoffMs(25)).toBe(BACKOFF_MAX_MS);
    expect(backoffMs(10_000)).toBe(BACKOFF_MAX_MS);
  });

  it("store errors without email addresses, and short", () => {
    const error = Object.assign(new Error("550 5.1.1 <marju@valkeakoski.fi>: Recipient address rejected"), {
      code: "EENVELOPE",
    });
    expect(describeJobError(error)).toBe("Error: EENVELOPE: 550 5.1.1 <[email]>: Recipient address rejected");
    expect(describeJobError(new Error("x".repeat(5_000))).length).toBeLessThanOrEqual(1_000);
    expect(describeJobError("plain")).toBe("plain");
  });
});

describe("reminders", () => {
  const startsAt = new Date("2027-01-15T07:00:00Z");

  it("go out two days before the start", () => {
    expect(reminderRunAt(startsAt, new Date("2026-12-01T00:00:00Z"))?.toISOString()).toBe("2027-01-13T07:00:00.000Z");
  });

  it("are skipped when enrolling less than two days ahead", () => {
    expect(reminderRunAt(startsAt, new Date("2027-01-14T07:00:00Z"))).toBeNull();
  });

  it("are keyed by enrolment and start time", () => {
    const moved = new Date("2027-01-16T07:00:00Z");
    expect(reminderDedupeKey("e1", startsAt)).toBe("reminder:e1:2027-01-15T07:00:00.000Z");
    expect(reminderDedupeKey("e1", moved)).not.toBe(reminderDedupeKey("e1", startsAt));
  });
});

const session: CalendarSession = {
  id: "8c1d3c2e-0f57-4a53-9b3e-2a7f6f1f0a01",
  title: null,
  startsAt: new Date("2027-01-15T07:00:00Z"),
  endsAt: new Date("2027-01-15T10:00:00Z"),
  status: "SCHEDULED",
  place: "Etänä (Teams)",
  remoteUrl: "https://teams.example/join/abc",
  updatedAt: new Date("2026-11-20T12:00:00Z"),
  icsSequence: 4,
  servicePoint: null,
  restrictedLibrary: null,
  offering: { slug: "visiokahvit", title: "Visiokahvit", summary: null },
};
const recipient = { email: "marju@valkeakoski.fi", name: "Marju", locale: "fi" as const };
const english = { ...recipient, locale: "en" as const };

describe("mails", () => {
  it("are in the recipient's language only: subject, body and all", () => {
    const view = { enrolment: { status: "CONFIRMED" as const, waitlistPosition: null }, session };
    const fi = sessionMail("enrolmentConfirmed", { ...view, recipient }, { appUrl: APP, attachment: "added" });
    expect(fi.subject).toBe("Ilmoittautuminen vahvistettu: Visiokahvit");
    expect(fi.text).toContain("Hei Marju!");
    expect(fi.text).toContain("Aika: perjantai 15.1.2027 klo 9.00–12.00");
    expect(fi.text).toContain("Etäyhteys: https://teams.example/join/abc");
    expect(fi.text).toContain("Kalenterimerkintä on liitteenä");
    expect(fi.text).toContain(`${APP}/omat-koulutukset`);
    expect(fi.text).not.toMatch(/Time:|Hello|---/);

    const en = sessionMail("enrolmentConfirmed", { ...view, recipient: english }, { appUrl: APP, attachment: "added" });
    expect(en.subject).toBe("Enrolment confirmed: Visiokahvit");
    expect(en.text).toContain("Hello Marju,");
    expect(en.text).toContain("Time: Friday 15.1.2027 at 9.00–12.00");
    expect(en.text).toContain("Remote link: https://teams.example/join/abc");
    expect(en.text).not.toMatch(/Aika:|Hei |---/);
  });

  it("give the waitlist position but not the remote link to the waitlisted", () => {
    const mail = sessionMail(
      "enrolmentWaitlisted",
      { recipient, enrolment: { status: "WAITLISTED", waitlistPosition: 3 }, session },
      { appUrl: APP },
    );
    expect(mail.text).toContain("Sijasi jonotuslistalla: 3");
    expect(mail.text).not.toContain("teams.example");
    expect(mail.text).not.toContain("liitteenä");
  });

  it("say what changed, from what to what", () => {
    const before = {
      title: "Visiokahvit",
      startsAt: "2027-01-14T07:00:00.000Z",
      endsAt: "2027-01-14T10:00:00.000Z",
      place: "Kokoustila Aalto",
      remoteUrl: "https://teams.example/join/abc",
    };
    const view = { enrolment: { status: "CONFIRMED" as const, waitlistPosition: null }, session };
    const options = {
      appUrl: APP,
      attachment: "updated" as const,
      changes: ["time", "place", "somethingElse"],
      before,
    };
    const fi = sessionMail("sessionChanged", { ...view, recipient }, options);
    expect(fi.text).toContain("Muuttuneet tiedot: aika, paikka.");
    expect(fi.text).toContain(
      "Aika: torstai 14.1.2027 klo 9.00–12.00 → perjantai 15.1.2027 klo 9.00–12.00\nPaikka: Kokoustila Aalto → Etänä (Teams)",
    );
    expect(fi.text).toContain("Päivitetty kalenterimerkintä on liitteenä");
    const en = sessionMail("sessionChanged", { ...view, recipient: english }, options);
    expect(en.subject).toBe("Change to a training: Visiokahvit");
    expect(en.text).toContain("What changed: time, place.");
    expect(en.text).toContain("Time: Thursday 14.1.2027 at 9.00–12.00 → Friday 15.1.2027 at 9.00–12.00");
    // Without the old values (a notice queued before they were kept), the list alone.
    const listOnly = sessionMail("sessionChanged", { ...view, recipient }, { ...options, before: undefined });
    expect(listOnly.text).toContain("Muuttuneet tiedot: aika, paikka.");
    expect(listOnly.text).not.toContain("→");
  });

  it("tell the supervisor why an order was declined", () => {
    const mail = workshopOrderMail(
      {
        recipient: { email: "esihenkilo@muurame.fi", name: null, locale: "fi" },
        status: "DECLINED",
        declineReason: "Kouluttaja ei ehdi syksyllä.",
        preferredDates: "lokakuu",
        expectedParticipants: 12,
        library: { name: "Muuramen kirjasto" },
        offering: { slug: "tyopaja", title: "Asiakaspalvelun työpaja" },
        session: null,
      },
      { appUrl: APP },
    );
    expect(mail.subject).toBe("Koulutustilaus: Asiakaspalvelun työpaja – ei toteudu");
    expect(mail.text).toContain("Hei!");
    expect(mail.text).toContain("Perustelu: Kouluttaja ei ehdi syksyllä.");
    expect(mail.text).toContain("Osallistujia arviolta: 12");
  });
});
