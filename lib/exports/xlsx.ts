// XLSX through exceljs: one sheet per table, each with a bold frozen header
// row with a filter, widths that fit the content, dates as real spreadsheet
// dates.
import ExcelJS from "exceljs";
import { helsinkiWallClock } from "@/lib/dates";
import { columnWidths, type ExportTable } from "./table";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const DATETIME_FORMAT = "d.m.yyyy h:mm";

type XlsxOptions = { title?: string; now?: Date };

function addSheet(workbook: ExcelJS.Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  const widths = columnWidths(table);
  sheet.columns = table.columns.map((column, index) => ({
    header: column.header,
    width: widths[index],
    ...(column.kind === "datetime" ? { style: { numFmt: DATETIME_FORMAT } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.map((cell) => (cell instanceof Date ? helsinkiWallClock(cell) : cell)));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

/** A workbook of several tables, a sheet each in the order given (sheet names must differ). */
export async function tablesToXlsx(tables: readonly ExportTable[], options: XlsxOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PiKe-portaali";
  workbook.created = options.now ?? new Date();
  if (options.title) workbook.title = options.title;
  for (const table of tables) addSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function tableToXlsx(table: ExportTable, options: XlsxOptions = {}): Promise<Buffer> {
  return tablesToXlsx([table], options);
}
