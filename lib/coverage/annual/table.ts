// The annual figures as tables: the page shows them and the XLSX export has
// one sheet each (summary with the year before, months, themes, regions).
// Pure; the labels come from the catalogue in the caller's language.
import { formatMonth } from "@/lib/dates";
import type { ExportTable } from "@/lib/exports/table";
import type { Translate } from "@/lib/i18n/translate";
import type { AnnualFigures, AnnualRegion, AnnualSummary, AnnualTheme } from "./data";
import { yearChange } from "./rules";

/** The summary's figures in the order the page and the export show them. */
export const SUMMARY_FIGURES = [
  "eventsHeld",
  "networkEvents",
  "participants",
  "uniquePeople",
  "librariesReached",
  "municipalitiesReached",
  "trainingHours",
  "participantHours",
  "programmeCompletions",
  "kitLoans",
  "exchangeVisits",
  "workshopOrders",
  "newNetworkMembers",
] as const satisfies readonly (keyof AnnualSummary)[];

/** Figures with one decimal (the rest are counts). */
export const DECIMAL_FIGURES: ReadonlySet<keyof AnnualSummary> = new Set(["trainingHours", "participantHours"]);

export const REGION_FIGURES = [
  "libraries",
  "librariesReached",
  "municipalities",
  "municipalitiesReached",
  "participants",
] as const satisfies readonly (keyof AnnualRegion)[];

export const themeName = (theme: AnnualTheme, t: Translate): string =>
  (t.locale === "fi" ? theme.nameFi : theme.nameEn) ?? theme.nameFi ?? t("annualFigures.theme.none");

export const regionName = (region: AnnualRegion, t: Translate): string =>
  region.region ? t(`libraries.region.${region.region}`) : t("annualFigures.region.total");

export function summaryTable(figures: AnnualFigures, t: Translate): ExportTable {
  return {
    sheet: t("annualFigures.sheet.summary"),
    columns: [
      { header: t("annualFigures.col.figure"), kind: "text" },
      { header: String(figures.year), kind: "number" },
      { header: String(figures.year - 1), kind: "number" },
      { header: t("annualFigures.col.change"), kind: "number" },
      { header: t("annualFigures.col.percent"), kind: "number" },
    ],
    rows: SUMMARY_FIGURES.map((key) => {
      const { change, percent } = yearChange(figures.summary[key], figures.previous[key]);
      return [t(`annualFigures.figure.${key}`), figures.summary[key], figures.previous[key], change, percent];
    }),
  };
}

export function monthsTable(figures: AnnualFigures, t: Translate): ExportTable {
  return {
    sheet: t("annualFigures.sheet.months"),
    columns: [
      { header: t("annualFigures.col.month"), kind: "text" },
      { header: t("annualFigures.col.events"), kind: "number" },
      { header: t("annualFigures.col.participants"), kind: "number" },
    ],
    rows: figures.months.map((row) => [formatMonth(row.month, t.locale), row.events, row.participants]),
  };
}

export function themesTable(figures: AnnualFigures, t: Translate): ExportTable {
  return {
    sheet: t("annualFigures.sheet.themes"),
    columns: [
      { header: t("annualFigures.col.theme"), kind: "text" },
      { header: t("annualFigures.col.events"), kind: "number" },
      { header: t("annualFigures.col.participants"), kind: "number" },
      { header: t("annualFigures.col.hours"), kind: "number" },
    ],
    rows: figures.themes.map((row) => [themeName(row, t), row.events, row.participants, row.hours]),
  };
}

export function regionsTable(figures: AnnualFigures, t: Translate): ExportTable {
  return {
    sheet: t("annualFigures.sheet.regions"),
    columns: [
      { header: t("annualFigures.col.region"), kind: "text" },
      ...REGION_FIGURES.map((key) => ({ header: t(`annualFigures.col.${key}`), kind: "number" as const })),
    ],
    rows: figures.regions.map((row) => [regionName(row, t), ...REGION_FIGURES.map((key) => row[key])]),
  };
}

/** Every table, in the order of the page: one sheet each. */
export const annualTables = (figures: AnnualFigures, t: Translate): ExportTable[] => [
  summaryTable(figures, t),
  monthsTable(figures, t),
  themesTable(figures, t),
  regionsTable(figures, t),
];

/** vuosiluvut-<year>.xlsx: ASCII. */
export const annualFiguresFileName = (year: number): string => `vuosiluvut-${year}.xlsx`;
