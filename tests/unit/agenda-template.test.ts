// The agenda mail's text: every item with its position, title, presenter and
// description, the time in Helsinki, the place, the remote link and the
// meeting's page, in the invitee's language.
import { describe, expect, it } from "vitest";
import { agendaPublishedMail, type AgendaMailView } from "@/lib/email/templates";
import { STANDARD_AGENDA } from "@/lib/meetings/agenda-template";

const APP = "https://pike.example.fi";
const ID = "6f1c3a52-2f0e-4a7e-9d0a-3b1f8c2e4d10";

const view = (meeting: Partial<AgendaMailView["meeting"]> = {}, locale: "fi" | "en" = "fi"): AgendaMailView => ({
  recipient: { email: "hanna@jkl.fi", name: "Hanna", locale },
  meeting: {
    id: ID,
    title: "Ohjausryhmän kokous 4/2023",
    // ke 29.11.2023 klo 12–14 in Helsinki (UTC+2)
    startsAt: new Date("2023-11-29T10:00:00Z"),
    endsAt: new Date("2023-11-29T12:00:00Z"),
    location: "Jyväskylän pääkirjasto",
    remoteUrl: "https://teams.example.fi/ohry",
    ...meeting,
  },
  items: STANDARD_AGENDA.map((item, i) => ({
    position: i + 1,
    kind: item.kind,
    title: item.title,
    body: i === 1 ? "Talous ja henkilöstö.\nHankkeet." : null,
    // A presenter without a name is named by their library in the invitee's language, never by an address.
    presenter:
      i === 1
        ? { name: "Hanna", libraryName: "Jyväskylän kaupunginkirjasto" }
        : i === 3
          ? { name: null, libraryName: "Muuramen kirjasto" }
          : null,
  })),
});

describe("the agenda mail", () => {
  it("lists every item in order with presenter and description, and says when and where", () => {
    const mail = agendaPublishedMail(view(), { appUrl: APP });
    expect(mail.subject).toBe("Asialista: Ohjausryhmän kokous 4/2023 29.11.2023");
    const fi = mail.text;
    expect(fi).not.toContain("Agenda:");
    expect(fi).toContain("Hei Hanna!");
    expect(fi).toContain("Aika: keskiviikko 29.11.2023 klo 12.00–14.00");
    expect(fi).toContain("Paikka: Jyväskylän pääkirjasto");
    expect(fi).toContain("Etäyhteys: https://teams.example.fi/ohry");
    expect(fi).toContain(`Lisätiedot: ${APP}/kokoukset/${ID}`);
    expect(fi).toContain(
      "1. Kokouksen avaus\n\n2. Kuulumiskierros\n   Esittelijä: Hanna\n   Talous ja henkilöstö.\n   Hankkeet.",
    );
    const positions = STANDARD_AGENDA.map((item, i) => fi.indexOf(`${i + 1}. ${item.title}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(fi).toContain(`${APP}/kokoukset/${ID}/kuulumiset`);
    expect(fi).toContain("4. Muut asiat\n   Esittelijä: Työntekijä (Muuramen kirjasto)");
  });

  it("is wholly in English for an English-speaking invitee", () => {
    const mail = agendaPublishedMail(view({}, "en"), { appUrl: APP });
    expect(mail.subject).toBe("Agenda: Ohjausryhmän kokous 4/2023 29.11.2023");
    expect(mail.text).toContain("Hello Hanna,");
    expect(mail.text).toContain("Time: Wednesday 29.11.2023 at 12.00–14.00");
    expect(mail.text).toContain("Presenter: Hanna");
    expect(mail.text).toContain("Presenter: Staff member (Muuramen kirjasto)");
    expect(mail.text).toContain("Agenda:");
    expect(mail.text).not.toContain("Asialista");
    expect(mail.text).not.toContain("Hei ");
  });

  it("says remote when there is only a link, and writes no link that is not http(s)", () => {
    const remote = agendaPublishedMail(view({ location: null }), { appUrl: APP });
    expect(remote.text).toContain("Paikka: Etänä");
    const unsafe = agendaPublishedMail(view({ location: null, remoteUrl: "javascript:alert(1)" }), { appUrl: APP });
    expect(unsafe.text).not.toContain("javascript:");
    expect(unsafe.text).not.toContain("Paikka:");
  });
});
