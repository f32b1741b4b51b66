// The CSV writer for Finnish Excel: BOM, semicolons, CRLF, quoting, and
// cells that a spreadsheet would run as formulas.
import { describe, expect, it } from "vitest";
import { csvField, neutraliseFormula, toCsv } from "@/lib/exports/csv";
import { helsinkiWallClock } from "@/lib/dates";
import { columnWidths, exportDateTime, tableToCsv } from "@/lib/exports/table";

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and ends every row with CRLF", () => {
    const csv = toCsv([
      ["Nimi", "Kirjasto"],
      ["Äänekoski", "Jyväskylä"],
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect([...Buffer.from(csv, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe("\uFEFFNimi;Kirjasto\r\nÄänekoski;Jyväskylä\r\n");
  });

  it("separates fields with semicolons, not commas", () => {
    expect(toCsv([["a,b", "c"]])).toBe("\uFEFFa,b;c\r\n");
  });

  it("writes an empty file as just the BOM", () => {
    expect(toCsv([])).toBe("\uFEFF");
  });
});

describe("csvField", () => {
  it("quotes fields with the separator, quotes or line breaks, doubling the quotes", () => {
    expect(csvField("Kirjasto; Pääkirjasto")).toBe('"Kirjasto; Pääkirjasto"');
    expect(csvField('Sanoi "hei"')).toBe('"Sanoi ""hei"""');
    expect(csvField("rivi 1\nrivi 2")).toBe('"rivi 1\nrivi 2"');
    expect(csvField("rivi 1\r\nrivi 2")).toBe('"rivi 1\r\nrivi 2"');
    expect(csvField("tavallinen")).toBe("tavallinen");
  });

  it("writes numbers with the Finnish decimal comma and missing values as empty", () => {
    expect(csvField(3)).toBe("3");
    expect(csvField(-1)).toBe("-1");
    expect(csvField(12.5)).toBe("12,5");
    expect(csvField(-0.25)).toBe("-0,25");
    expect(csvField(1234.5)).toBe("1234,5");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField("")).toBe("");
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+358 40 123")).toBe("'+358 40 123");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("=1;2")).toBe('"\'=1;2"');
  });

  it("leaves text with such characters elsewhere alone", () => {
    expect(neutraliseFormula("Anna-Liisa")).toBe("Anna-Liisa");
    expect(neutraliseFormula("a=b")).toBe("a=b");
    expect(neutraliseFormula("juli@tampere.fi")).toBe("juli@tampere.fi");
  });
});

describe("export tables", () => {
  const table = {
    sheet: "Osallistujat",
    columns: [
      { header: "Nimi", kind: "text" as const },
      { header: "Jonosija", kind: "number" as const },
      { header: "Ilmoittautunut", kind: "datetime" as const },
    ],
    rows: [
      ["Marju", null, new Date("2024-03-31T00:30:00Z")],
      ["=Hyökkääjä", 2, new Date("2024-11-29T10:00:00Z")],
    ],
  };

  it("writes times as Finns do, in Helsinki time whatever the server's zone (summer time included)", () => {
    expect(exportDateTime(new Date("2024-03-31T00:30:00Z"))).toBe("31.3.2024 2.30");
    expect(exportDateTime(new Date("2024-07-01T09:00:00Z"))).toBe("1.7.2024 12.00");
    expect(tableToCsv(table)).toBe(
      "\uFEFFNimi;Jonosija;Ilmoittautunut\r\nMarju;;31.3.2024 2.30\r\n'=Hyökkääjä;2;29.11.2024 12.00\r\n",
    );
  });

  it("gives spreadsheets the Helsinki wall clock as the date's UTC fields", () => {
    expect(helsinkiWallClock(new Date("2024-07-01T09:00:00Z")).toISOString()).toBe("2024-07-01T12:00:00.000Z");
    expect(helsinkiWallClock(new Date("2024-11-29T10:00:00Z")).toISOString()).toBe("2024-11-29T12:00:00.000Z");
  });

  it("sizes columns to their longest text, within bounds", () => {
    expect(columnWidths(table)).toEqual([12, 10, 18]);
    const long = { ...table, rows: [["x".repeat(200), 1, null]] };
    expect(columnWidths(long)[0]).toBe(60);
  });
});
