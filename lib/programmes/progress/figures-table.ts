// The figures of a programme as an export table (CSV and XLSX through
// lib/exports): one row per library, per region and the total. Pure.
import type { ExportTable } from "@/lib/exports/table";
import type { Translate } from "@/lib/i18n/translate";
import type { FigureRow, ProgrammeFigures, ProgrammeHead } from "./data";

/** A rate as a whole percentage (what the page and the chart show). */
export function ratePercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 100);
}

/** Median days to one decimal. */
export function medianText(days: number | null): number | null {
  return days === null ? null : Math.round(days * 10) / 10;
}

export function figureName(row: FigureRow, t: Translate): string {
  if (row.kind === "total") return t("programmesProgress.figures.total");
  if (row.kind === "library") return row.libraryName ?? t("programmesProgress.noLibrary");
  return row.region ? t(`libraries.region.${row.region}`) : t("programmesProgress.noRegion");
}

export function figuresTable(figures: ProgrammeFigures, t: Translate): ExportTable {
  const rows = [...figures.libraries, ...figures.regions, figures.total];
  return {
    sheet: t("programmesProgress.figures.sheet"),
    columns: [
      { header: t("programmesProgress.figures.col.kind"), kind: "text" },
      { header: t("programmesProgress.figures.col.library"), kind: "text" },
      { header: t("programmesProgress.figures.col.region"), kind: "text" },
      { header: t("programmesProgress.figures.col.started"), kind: "number" },
      { header: t("programmesProgress.figures.col.completed"), kind: "number" },
      { header: t("programmesProgress.figures.col.rate"), kind: "number" },
      { header: t("programmesProgress.figures.col.median"), kind: "number" },
    ],
    rows: rows.map((row) => [
      t(`programmesProgress.figures.kind.${row.kind}`),
      row.kind === "library" ? figureName(row, t) : "",
      row.kind === "total" ? "" : row.region ? t(`libraries.region.${row.region}`) : t("programmesProgress.noRegion"),
      row.started,
      row.completed,
      ratePercent(row.rate),
      medianText(row.medianDays),
    ]),
  };
}

/** luvut-<programme slug>.<ext>; the slug is [a-z0-9-] only. */
export function figuresFileName(programme: ProgrammeHead, extension: "csv" | "xlsx"): string {
  return `luvut-${programme.slug}.${extension}`;
}
