// CSV that Finnish Excel opens as it is: UTF-8 with a byte-order mark (or
// Excel guesses Windows-1252 and breaks ä and ö), semicolons between fields
// (the comma is Finland's decimal separator, so Excel's Finnish locale splits
// on `;`), CRLF line ends; and so a decimal number with a comma (12,5: with a
// point, Finnish Excel reads 12.5 as the date 12 May). Times are Finnish too
// (table.ts). Pure: no I/O, unit-tested.

export const CSV_BOM = "\uFEFF";
export const CSV_SEPARATOR = ";";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

export type CsvCell = string | number | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (or, tab and
 * carriage return, shift it into one): such a cell gets a leading apostrophe,
 * which spreadsheets treat as "text follows" (OWASP: CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet will not evaluate. Numbers are left as they are. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A number as Finnish Excel reads it: a decimal comma, no thousands separator (12,5; -3; 1234). */
export function csvNumber(value: number): string {
  return String(value).replace(".", ",");
}

/** One field: quoted when it holds the separator, a quote or a line break; quotes doubled. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "number" ? csvNumber(cell) : neutraliseFormula(cell);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, then every row (header first) ending in CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(CSV_SEPARATOR) + "\r\n").join("");
}
