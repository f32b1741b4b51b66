// A round's figures as export tables (XLSX and CSV through lib/exports): the
// whole round's figures, one per row, and the per-library table. Pure.
import type { ExportTable } from "@/lib/exports/table";
import type { Translate } from "@/lib/i18n/translate";
import type { RoundFigures, RoundHead, RoundTotals } from "./data";

/** The whole round's figures in the order the page and the export show them, in two groups. */
export const COUNT_FIGURES = [
  "offers",
  "places",
  "applications",
  "awaiting",
  "accepted",
  "completed",
  "declined",
  "closed",
  "withdrawn",
] as const satisfies readonly (keyof RoundTotals)[];

export const INVOLVED_FIGURES = [
  "hostLibraries",
  "hostMunicipalities",
  "visitorLibraries",
  "visitorMunicipalities",
  "libraries",
  "municipalities",
] as const satisfies readonly (keyof RoundTotals)[];

/** The per-library columns after the library, its municipality and region. */
export const LIBRARY_FIGURES = [
  "offers",
  "places",
  "received",
  "acceptedAsHost",
  "sent",
  "visitorsAccepted",
  "completed",
] as const;

export function totalsTable(figures: RoundFigures, t: Translate): ExportTable {
  return {
    sheet: t("exchangeFigures.sheet.totals"),
    columns: [
      { header: t("exchangeFigures.col.figure"), kind: "text" },
      { header: t("exchangeFigures.col.value"), kind: "number" },
    ],
    rows: [...COUNT_FIGURES, ...INVOLVED_FIGURES].map((key) => [
      t(`exchangeFigures.total.${key}`),
      figures.totals[key],
    ]),
  };
}

export function librariesTable(figures: RoundFigures, t: Translate): ExportTable {
  return {
    sheet: t("exchangeFigures.sheet.libraries"),
    columns: [
      { header: t("exchangeFigures.col.library"), kind: "text" },
      { header: t("exchangeFigures.col.municipality"), kind: "text" },
      { header: t("exchangeFigures.col.region"), kind: "text" },
      ...LIBRARY_FIGURES.map((key) => ({ header: t(`exchangeFigures.col.${key}`), kind: "number" as const })),
    ],
    rows: figures.libraries.map((row) => [
      row.name,
      row.municipality,
      t(`libraries.region.${row.region}`),
      ...LIBRARY_FIGURES.map((key) => row[key]),
    ]),
  };
}

/** tyon-varjostus-<year>-<the round id's first 8 characters>.<ext>: ASCII, and two rounds of a year apart. */
export function roundFiguresFileName(round: RoundHead, extension: "csv" | "xlsx"): string {
  return `tyon-varjostus-${round.year}-${round.id.slice(0, 8)}.${extension}`;
}
