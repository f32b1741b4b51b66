// The coverage dashboard's long tables (ADR 33): with ten years of a big
// network's data the page was 2.5 MB, so the library and municipality tables
// show 50 rows a page with links that keep the filters, the caption says
// which rows, a page past the last shows the last, and the bar chart shows
// the 30 municipalities with the most participants and says so. A small
// network's page has no pager at all.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CoverageView, type PagedTable } from "@/components/coverage/coverage-view";
import type { CoverageReport, LibraryCoverage, MunicipalityCoverage } from "@/lib/coverage/data";
import { translator } from "@/lib/i18n/translate";

const METRICS = {
  eventsHeld: 0,
  participants: 0,
  sessionsAttended: 0,
  uniqueStaff: 0,
  staffShare: null,
  programmeCompletions: 0,
  kitLoans: 0,
  networkMembers: 0,
  exchangeHosted: 0,
  exchangeVisited: 0,
  workshopOrders: 0,
};
const pad = (n: number) => String(n).padStart(3, "0");

function report(libraries: number, municipalities: number): CoverageReport {
  const munis: MunicipalityCoverage[] = Array.from({ length: municipalities }, (_, i) => ({
    ...METRICS,
    participants: i + 1,
    municipality: `Kunta ${pad(i + 1)}`,
    region: "PIRKANMAA",
    libraries: 1,
    staffCount: null,
    librariesReached: 1,
    librariesWithoutContact: 0,
    lastContactAt: "2026-11-02",
  }));
  const libs: LibraryCoverage[] = Array.from({ length: libraries }, (_, i) => ({
    ...METRICS,
    libraryId: `lib-${i}`,
    name: `Kirjasto ${pad(i + 1)}`,
    municipality: `Kunta ${pad((i % municipalities) + 1)}`,
    region: "PIRKANMAA",
    staffCount: null,
    lastContactAt: "2026-11-02",
    noContact12m: false,
  }));
  const totals = {
    ...METRICS,
    libraries,
    staffCount: null,
    librariesReached: libraries,
    librariesWithoutContact: 0,
    municipalities,
    municipalitiesReached: municipalities,
  };
  return {
    period: { from: "2026-01-01", to: "2026-12-06" },
    previousPeriod: { from: "2025-01-01", to: "2025-12-06" },
    region: null,
    noContactBefore: "2025-12-06",
    libraries: libs,
    municipalities: munis,
    totals,
    previousTotals: totals,
    years: [],
  };
}

const hrefFor = (table: PagedTable, page: number) => `/raportit?jakso=2026&${table}=${page}`;
const render = (data: CoverageReport, pages?: Record<PagedTable, number>) =>
  renderToStaticMarkup(
    createElement(CoverageView, { report: data, locale: "fi", t: translator("fi"), pages, hrefFor }),
  );
/** The row headers of the table whose caption starts with `caption`. */
function rowHeaders(html: string, caption: string): string[] {
  const table = html.slice(html.indexOf(caption));
  const body = table.slice(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
  return [...body.matchAll(/<th scope="row">([^<]*)/g)].map((m) => m[1]!);
}
const navNamed = (html: string, name: string) => {
  const at = html.indexOf(`<nav aria-label="${name}"`);
  return at < 0 ? null : html.slice(at, html.indexOf("</nav>", at));
};

describe("the dashboard's long tables", () => {
  it("shows the first 50 libraries and municipalities, says which rows, and links to the next page", () => {
    const html = render(report(120, 75));
    const libraries = rowHeaders(html, "Luvut kirjastoittain");
    expect(libraries).toHaveLength(50);
    expect(libraries[0]).toBe("Kirjasto 001");
    expect(libraries.at(-1)).toBe("Kirjasto 050");
    expect(html).toContain("rivit 1–50, yhteensä 120");
    expect(rowHeaders(html, "Luvut kunnittain")).toHaveLength(50);
    expect(html).toContain("rivit 1–50, yhteensä 75");

    const pager = navNamed(html, "Kirjastotaulukon sivut");
    expect(pager).toContain('href="/raportit?jakso=2026&amp;kirjastot=2"');
    expect(pager).not.toContain('rel="prev"');
    expect(navNamed(html, "Kuntataulukon sivut")).toContain('href="/raportit?jakso=2026&amp;kunnat=2"');
  });

  it("shows a later page, with a link back and none past the last", () => {
    const html = render(report(120, 75), { kirjastot: 3, kunnat: 2 });
    const libraries = rowHeaders(html, "Luvut kirjastoittain");
    expect(libraries).toEqual(Array.from({ length: 20 }, (_, i) => `Kirjasto ${pad(101 + i)}`));
    expect(html).toContain("rivit 101–120, yhteensä 120");
    const pager = navNamed(html, "Kirjastotaulukon sivut")!;
    expect(pager).toContain('href="/raportit?jakso=2026&amp;kirjastot=2"');
    expect(pager).not.toContain('rel="next"');
    expect(rowHeaders(html, "Luvut kunnittain")).toHaveLength(25);
  });

  it("shows the last page for a page past it", () => {
    const html = render(report(120, 75), { kirjastot: 99, kunnat: 1 });
    expect(rowHeaders(html, "Luvut kirjastoittain")[0]).toBe("Kirjasto 101");
  });

  it("draws the 30 municipalities with the most participants and says the rest are in the table", () => {
    const html = render(report(120, 75));
    const start = html.indexOf('<title id="kattavuus-palkit-otsikko"');
    const svg = html.slice(start, html.indexOf("</svg>", start));
    expect([...svg.matchAll(/<rect /g)]).toHaveLength(30);
    expect(svg).toContain("Kunta 075");
    expect(svg).not.toContain("Kunta 045");
    expect(html).toContain("Kaaviossa on 30 kuntaa, joissa oli eniten osallistujia; kaikki 75 kuntaa");
  });

  it("has no pager and no row count for a network that fits on a page", () => {
    const html = render(report(28, 12));
    expect(rowHeaders(html, "Luvut kirjastoittain")).toHaveLength(28);
    expect(html).not.toContain("<nav");
    expect(html).not.toContain("yhteensä");
    expect(html).not.toContain("Kaaviossa on");
  });
});
