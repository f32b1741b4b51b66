// The annual figures' pure parts (issue 16 item 3): which years may be asked
// for (Helsinki's year, so 00.30 on 1 January is already the new one), the
// change from the year before, and the printable view: tables with captions
// and header cells, numbers in the reader's language, what is screen-only
// marked for the print stylesheet.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AnnualFiguresView, type YearLinks } from "@/components/coverage/annual-figures";
import type { AnnualFigures, AnnualSummary } from "@/lib/coverage/annual/data";
import { canReadAnnualFigures, lastReportYear, yearChange, yearPeriod } from "@/lib/coverage/annual/rules";
import { annualYearOrNull, parseAnnualYear } from "@/lib/coverage/annual/schema";
import { SUMMARY_FIGURES } from "@/lib/coverage/annual/table";
import type { Role } from "@/lib/db/enums";
import { translator } from "@/lib/i18n/translate";

/** The ZodError the call throws. */
function zodErrorOf(call: () => unknown): z.ZodError {
  try {
    call();
  } catch (error) {
    if (error instanceof z.ZodError) return error;
  }
  throw new Error("no ZodError");
}

const NEW_YEARS_NIGHT = new Date("2026-12-31T22:30:00Z"); // 00.30 on 1.1.2027 in Helsinki
const actor = (...roles: Role[]) => ({ id: "u", roles, libraryId: "l" });

describe("the years", () => {
  it("the last is next year in Helsinki", () => {
    expect(lastReportYear(new Date("2026-12-31T21:30:00Z"))).toBe(2027);
    expect(lastReportYear(NEW_YEARS_NIGHT)).toBe(2028);
  });

  it("a year is 1 January to 31 December", () => {
    expect(yearPeriod(2026)).toEqual({ from: "2026-01-01", to: "2026-12-31" });
  });

  it("four digits from 2000 to next year; anything else is an error on the field year", () => {
    expect(parseAnnualYear({ year: "2000" }, NEW_YEARS_NIGHT)).toBe(2000);
    expect(parseAnnualYear({ year: "2028" }, NEW_YEARS_NIGHT)).toBe(2028);
    for (const year of ["1999", "2029", "abcd", "202", "02026", "2026.0", "0x7E8", ""]) {
      expect(() => parseAnnualYear({ year }, NEW_YEARS_NIGHT), year).toThrow(z.ZodError);
      expect(annualYearOrNull(year, NEW_YEARS_NIGHT), year).toBeNull();
    }
    const refused = zodErrorOf(() => parseAnnualYear({ year: "1999" }));
    expect(refused.issues.map((issue) => issue.path)).toEqual([["year"]]);
  });
});

describe("who may read them", () => {
  it("coordinators, admins and the steering group; not staff or a supervisor, not signed out", () => {
    expect(canReadAnnualFigures(actor("COORDINATOR"))).toBe(true);
    expect(canReadAnnualFigures(actor("ADMIN"))).toBe(true);
    expect(canReadAnnualFigures(actor("STEERING"))).toBe(true);
    expect(canReadAnnualFigures(actor("SUPERVISOR", "STEERING"))).toBe(true);
    expect(canReadAnnualFigures(actor("STAFF"))).toBe(false);
    expect(canReadAnnualFigures(actor("SUPERVISOR"))).toBe(false);
    expect(canReadAnnualFigures(null)).toBe(false);
  });
});

describe("the change from the year before", () => {
  it("to one decimal, with a percentage unless the year before is 0", () => {
    expect(yearChange(5, 2)).toEqual({ change: 3, percent: 150 });
    expect(yearChange(9.3, 2)).toEqual({ change: 7.3, percent: 365 });
    expect(yearChange(1, 3)).toEqual({ change: -2, percent: -66.7 });
    expect(yearChange(4, 0)).toEqual({ change: 4, percent: null });
    expect(yearChange(0, 0)).toEqual({ change: 0, percent: null });
  });
});

const summary = (values: Partial<AnnualSummary>): AnnualSummary => ({
  ...(Object.fromEntries(SUMMARY_FIGURES.map((k) => [k, 0])) as AnnualSummary),
  ...values,
});
const figures: AnnualFigures = {
  year: 2026,
  period: yearPeriod(2026),
  summary: summary({ eventsHeld: 1234, participants: 2751, trainingHours: 1234.5 }),
  previous: summary({ eventsHeld: 1000, participants: 2751 }),
  months: Array.from({ length: 12 }, (_, i) => ({
    month: `2026-${String(i + 1).padStart(2, "0")}`,
    events: i,
    participants: i * 2,
  })),
  themes: [
    { slug: "digi", nameFi: "Digitaidot", nameEn: "Digital skills", events: 3, participants: 4, hours: 6.5 },
    { slug: null, nameFi: null, nameEn: null, events: 2, participants: 4, hours: 2.8 },
  ],
  regions: [
    {
      region: "PIRKANMAA",
      libraries: 24,
      librariesReached: 20,
      municipalities: 23,
      municipalitiesReached: 19,
      participants: 1500,
    },
    {
      region: null,
      libraries: 50,
      librariesReached: 40,
      municipalities: 45,
      municipalitiesReached: 38,
      participants: 2600,
    },
  ],
};
const years: YearLinks = { previous: 2025, next: 2027, thisYear: null };
const render = (locale: "fi" | "en") =>
  renderToStaticMarkup(
    createElement(AnnualFiguresView, {
      figures,
      years,
      basePath: "/raportit/vuosi",
      xlsxHref: "/api/exports/annual/2026/figures.xlsx",
      t: translator(locale),
    }),
  );

describe("the printable view", () => {
  it("four tables, each with a caption and header cells for its columns and rows", () => {
    const html = render("fi");
    expect(html.match(/<table/g)).toHaveLength(4);
    expect(html.match(/<caption/g)).toHaveLength(4);
    expect(html).toContain("Vuoden 2026 luvut ja vertailu vuoteen 2025");
    expect(html.match(/<th scope="row"/g)).toHaveLength(SUMMARY_FIGURES.length + 12 + 2 + 2);
    expect(html).toContain('<th scope="col" class="py-2 pr-2 text-right tabular-nums sm:pr-4">2025</th>');
  });

  it("numbers as Finnish or English writes them; the change, and no percentage without a basis", () => {
    const fi = render("fi");
    expect(fi).toContain("1\u00a0234"); // events
    expect(fi).toContain("1\u00a0234,5"); // training hours
    expect(fi).toContain("+234");
    expect(fi).toContain("+23,4\u00a0%");
    expect(fi).toContain("ei vertailukohtaa");
    expect(fi).toContain("tammikuu 2026");
    expect(fi).toContain("Ei teemaa");
    expect(fi).toContain("Yhteensä");
    const en = render("en");
    expect(en).toContain("1,234.5");
    expect(en).toContain("+23.4%");
    expect(en).toContain("January 2026");
    expect(en).toContain("Digital skills");
  });

  it("the year links, the print note and the download are for the screen only", () => {
    const html = render("fi");
    expect(html).toMatch(/<nav aria-label="Vuosi" data-print-hide="true"/);
    expect(html).toContain('href="/raportit/vuosi/2025"');
    expect(html).toContain('href="/raportit/vuosi/2027"');
    expect(html).toMatch(/<div data-print-hide="true" [^>]*><p[^>]*>Tulostettava/);
    expect(html).toContain('href="/api/exports/annual/2026/figures.xlsx" download=""');
  });
});
