// The pure parts of programme progress (issue 13): the figures as an export
// table, the filters as an address, and the reminder mail in both languages.
import { describe, expect, it } from "vitest";
import { programmeReminderMail } from "@/lib/email/templates";
import { translator } from "@/lib/i18n/translate";
import type { FigureRow, ProgrammeFigures } from "@/lib/programmes/progress/data";
import { tableToCsv } from "@/lib/exports/table";
import { figuresTable, medianText, ratePercent } from "@/lib/programmes/progress/figures-table";
import { filterParams, parseProgressQuery } from "@/lib/programmes/progress/schema";

const row = (over: Partial<FigureRow>): FigureRow => ({
  kind: "library",
  key: "k",
  libraryName: "Muuramen kirjasto",
  region: "KESKI_SUOMI",
  started: 3,
  completed: 2,
  rate: 2 / 3,
  medianDays: 12.25,
  ...over,
});

describe("figures as a table", () => {
  it("rates in whole percent, medians to a tenth, a row per library, region and the total", () => {
    expect(ratePercent(2 / 3)).toBe(67);
    expect(ratePercent(null)).toBeNull();
    expect(medianText(12.25)).toBe(12.3);
    const figures: ProgrammeFigures = {
      libraries: [
        row({}),
        row({ key: null, libraryName: null, region: null, started: 1, completed: 0, rate: 0, medianDays: null }),
      ],
      regions: [row({ kind: "region", key: "KESKI_SUOMI", libraryName: null })],
      total: row({ kind: "total", key: null, libraryName: null, region: null, started: 4 }),
    };
    const table = figuresTable(figures, translator("fi"));
    expect(table.rows).toEqual([
      ["Kirjasto", "Muuramen kirjasto", "Keski-Suomi", 3, 2, 67, 12.3],
      ["Kirjasto", "Ei kirjastoa", "Ei aluetta", 1, 0, 0, null],
      ["Alue", "", "Keski-Suomi", 3, 2, 67, 12.3],
      ["Yhteensä", "", "", 4, 2, 67, 12.3],
    ]);
  });

  it("writes the median in the CSV with a decimal comma, as Finnish Excel reads it (the XLSX keeps a number)", () => {
    const figures: ProgrammeFigures = {
      libraries: [row({ medianDays: 12.25 }), row({ key: "m", libraryName: "Keuruun kirjasto", medianDays: 7 })],
      regions: [],
      total: row({
        kind: "total",
        key: null,
        libraryName: null,
        region: null,
        started: 6,
        completed: 4,
        rate: 4 / 6,
        medianDays: 9.5,
      }),
    };
    const lines = tableToCsv(figuresTable(figures, translator("fi")))
      .slice(1)
      .split("\r\n");
    expect(lines[0]).toBe("Taso;Kirjasto;Alue;Aloittaneet;Suorittaneet;Suoritusosuus (%);Mediaani (pv)");
    expect(lines[1]).toBe("Kirjasto;Muuramen kirjasto;Keski-Suomi;3;2;67;12,3");
    expect(lines[2]).toBe("Kirjasto;Keuruun kirjasto;Keski-Suomi;3;2;67;7");
    expect(lines[3]).toBe("Yhteensä;;;6;4;67;9,5");
    expect(figuresTable(figures, translator("fi")).rows[0]![6]).toBe(12.3);
  });
});

describe("filters in the address", () => {
  it("parses the known ones, refuses a bad one, and writes them back in a fixed order", () => {
    const ok = parseProgressQuery({ stuck: "1", region: "PIRKANMAA", page: "2", library: "" });
    expect(ok.success && ok.data).toEqual({ stuck: "1", region: "PIRKANMAA", page: 2 });
    expect(parseProgressQuery({ region: "LAPPI" }).success).toBe(false);
    expect(parseProgressQuery({ stuck: "yes" }).success).toBe(false);
    expect(parseProgressQuery({ page: "0" }).success).toBe(false);
    expect(filterParams({ stuck: "1", region: "PIRKANMAA" }, 3).toString()).toBe("region=PIRKANMAA&stuck=1&page=3");
  });
});

describe("the reminder mail", () => {
  const view = {
    recipient: { email: "a@example.fi", name: "Aino", locale: "en" as const },
    programme: { title: "Aspa-ajokortti", slug: "aspa-ajokortti", deadline: new Date("2027-05-31") },
    done: 2,
    total: 5,
    nextPart: "Difficult situations",
    daysLeft: 6,
  };
  it("says why it comes, how far one is, the next part and the deadline, in the recipient's language", () => {
    const mail = programmeReminderMail({ ...view, kind: "DEADLINE_7" }, { appUrl: "https://pike.example" });
    expect(mail.subject).toBe("Reminder: Aspa-ajokortti – a week to the deadline");
    expect(mail.text).toContain("only 6 days away");
    expect(mail.text).toContain("Parts done: 2/5");
    expect(mail.text).toContain("Next part: Difficult situations");
    expect(mail.text).toContain("Deadline: 31.5.2027");
    const fi = programmeReminderMail(
      { ...view, kind: "MANUAL", recipient: { ...view.recipient, locale: "fi" } },
      { appUrl: "https://pike.example" },
    );
    expect(fi.subject).toBe("Muistutus: Aspa-ajokortti");
    expect(fi.text).toContain("https://pike.example/koulutukset/aspa-ajokortti");
  });
});
