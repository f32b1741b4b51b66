// The coverage report as tables: which figures the page and the XLSX show, in
// which order, and the four export sheets (summary, per municipality, per
// library, per year). Pure; the page renders the same keys.
import type { ExportTable } from "@/lib/exports/table";
import type { Translate } from "@/lib/i18n/translate";
import { formatDayFi } from "@/lib/dates/days";
import type { CoverageMetrics, CoverageReport, CoverageTotals } from "./data";
import type { Period } from "./rules";

/** Every per-library and per-municipality figure, in the order shown. */
/** Rows per page of the dashboard's library and municipality tables (the export has every row). */
export const DASHBOARD_PAGE_SIZE = 50;
/** Bars in the chart per municipality: the most participants first; the table has every municipality. */
export const BAR_LIMIT = 30;

export const METRICS = [
  "eventsHeld",
  "participants",
  "sessionsAttended",
  "uniqueStaff",
  "staffShare",
  "programmeCompletions",
  "kitLoans",
  "networkMembers",
  "exchangeHosted",
  "exchangeVisited",
  "workshopOrders",
] as const satisfies readonly (keyof CoverageMetrics)[];

/** The summary's rows: the counts, then reach. */
export const SUMMARY_FIGURES = [
  ...METRICS.filter((key) => key !== "staffShare"),
  "librariesReached",
  "librariesWithoutContact",
  "municipalitiesReached",
] as const satisfies readonly (keyof CoverageTotals)[];

/** The trend line's series (YearFigures' keys). */
export const YEAR_FIGURES = ["eventsHeld", "participants", "uniqueStaff", "librariesReached"] as const;

/** A share as a percentage with one decimal (0.123 → 12.3); null stays null. */
export const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

export const periodText = (period: Period) =>
  period.from === period.to ? formatDayFi(period.from) : `${formatDayFi(period.from)}–${formatDayFi(period.to)}`;

const metricCells = (row: CoverageMetrics) =>
  METRICS.map((key) => (key === "staffShare" ? percent(row.staffShare) : row[key]));

const metricColumns = (t: Translate) =>
  METRICS.map((key) => ({
    header: key === "staffShare" ? `${t("coverage.metric.staffShare")} (%)` : t(`coverage.metric.${key}`),
    kind: "number" as const,
  }));

export function coverageTables(report: CoverageReport, t: Translate): ExportTable[] {
  const tables: ExportTable[] = [];
  if (report.totals) {
    const previous = report.previousTotals;
    tables.push({
      sheet: t("coverage.sheet.totals"),
      columns: [
        { header: t("coverage.col.figure"), kind: "text" },
        { header: `${t("coverage.col.current")} ${periodText(report.period)}`, kind: "number" },
        { header: `${t("coverage.col.previous")} ${periodText(report.previousPeriod)}`, kind: "number" },
      ],
      rows: SUMMARY_FIGURES.map((key) => [
        t(`coverage.metric.${key}`),
        report.totals![key],
        previous ? previous[key] : null,
      ]),
    });
  }
  if (report.municipalities.length > 0) {
    tables.push({
      sheet: t("coverage.sheet.municipalities"),
      columns: [
        { header: t("coverage.col.municipality"), kind: "text" },
        { header: t("coverage.col.region"), kind: "text" },
        { header: t("coverage.col.libraries"), kind: "number" },
        { header: t("coverage.col.librariesReached"), kind: "number" },
        { header: t("coverage.col.librariesWithoutContact"), kind: "number" },
        { header: t("coverage.col.staffCount"), kind: "number" },
        ...metricColumns(t),
      ],
      rows: report.municipalities.map((m) => [
        m.municipality,
        t(`libraries.region.${m.region}`),
        m.libraries,
        m.librariesReached,
        m.librariesWithoutContact,
        m.staffCount,
        ...metricCells(m),
      ]),
    });
  }
  if (report.libraries.length > 0) {
    tables.push({
      sheet: t("coverage.sheet.libraries"),
      columns: [
        { header: t("coverage.col.library"), kind: "text" },
        { header: t("coverage.col.municipality"), kind: "text" },
        { header: t("coverage.col.region"), kind: "text" },
        { header: t("coverage.col.staffCount"), kind: "number" },
        ...metricColumns(t),
        { header: t("coverage.col.lastContact"), kind: "text" },
        { header: t("coverage.col.contact"), kind: "text" },
      ],
      rows: report.libraries.map((l) => [
        l.name,
        l.municipality,
        t(`libraries.region.${l.region}`),
        l.staffCount,
        ...metricCells(l),
        l.lastContactAt ? formatDayFi(l.lastContactAt) : t("coverage.never"),
        t(l.noContact12m ? "coverage.flag.noContact" : "coverage.flag.ok"),
      ]),
    });
  }
  tables.push({
    sheet: t("coverage.sheet.years"),
    columns: [
      { header: t("coverage.col.year"), kind: "number" },
      ...YEAR_FIGURES.map((key) => ({ header: t(`coverage.metric.${key}`), kind: "number" as const })),
      { header: t("coverage.metric.programmeCompletions"), kind: "number" },
      { header: t("coverage.metric.kitLoans"), kind: "number" },
    ],
    rows: report.years.map((y) => [y.year, ...YEAR_FIGURES.map((key) => y[key]), y.programmeCompletions, y.kitLoans]),
  });
  return tables;
}

export const coverageFileName = (report: CoverageReport, extension: string) =>
  `kattavuus-${report.period.from}-${report.period.to}${report.region ? `-${report.region.toLowerCase()}` : ""}.${extension}`;
