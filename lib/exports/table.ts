// A table to export: typed columns and rows, written as CSV (csv.ts) or
// XLSX (xlsx.ts). Times are shown as Helsinki wall-clock time in both.
import { formatDate, formatTime } from "@/lib/dates";
import { toCsv } from "./csv";

export type ColumnKind = "text" | "number" | "datetime";
export type ExportColumn = { header: string; kind: ColumnKind };
export type ExportCell = string | number | Date | null;
export type ExportTable = { sheet: string; columns: ExportColumn[]; rows: ExportCell[][] };

/** 29.11.2023 12.00: how Finns write a time, and what Finnish Excel reads. */
export function exportDateTime(d: Date): string {
  return `${formatDate(d)} ${formatTime(d)}`;
}

/** The text a cell shows, as CSV writes it and as column widths are measured. */
export function cellText(cell: ExportCell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return exportDateTime(cell);
  return String(cell);
}

export function tableToCsv(table: ExportTable): string {
  return toCsv([
    table.columns.map((column) => column.header),
    ...table.rows.map((row) => row.map((cell) => (cell instanceof Date ? exportDateTime(cell) : cell))),
  ]);
}

/** Column widths in characters: the longest text of each column, within sensible bounds. */
export function columnWidths(table: ExportTable, min = 8, max = 60): number[] {
  return table.columns.map((column, index) => {
    const longest = Math.max(column.header.length, ...table.rows.map((row) => cellText(row[index] ?? null).length));
    return Math.min(max, Math.max(min, longest + 2));
  });
}
