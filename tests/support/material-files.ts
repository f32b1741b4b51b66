// Tiny real files of every allowed material type, and impostors, for the
// sniffing tests: a minimal PDF, a 1×1 PNG, a JFIF header, and ZIP archives
// laid out as Office Open XML and OpenDocument files (written here with
// node:zlib), plus a real workbook from exceljs.
import { crc32, deflateRawSync, deflateSync } from "node:zlib";
import ExcelJS from "exceljs";

const text = (s: string) => new TextEncoder().encode(s);

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A one-page PDF that readers open. */
export function pdfBytes(): Uint8Array<ArrayBuffer> {
  const objects = [
    "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
    "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
    "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (const object of objects) {
    offsets.push(body.length);
    body += object;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return text(body);
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, data.length);
  const typed = concat(text(type), data);
  const crc = new Uint8Array(4);
  new DataView(crc.buffer).setUint32(0, crc32(typed));
  return concat(length, typed, crc);
}

/** A 1×1 red PNG. */
export function pngBytes(): Uint8Array<ArrayBuffer> {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, 1);
  view.setUint32(4, 1);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const pixels = deflateSync(new Uint8Array([0, 255, 0, 0]));
  return concat(
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", pixels),
    pngChunk("IEND", new Uint8Array()),
  );
}

/** The start of a JFIF JPEG (SOI + APP0) and its end marker: what sniffing looks at. */
export function jpegBytes(): Uint8Array<ArrayBuffer> {
  return concat(
    new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    text("JFIF\0"),
    new Uint8Array([0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]),
    new Uint8Array([0xff, 0xd9]),
  );
}

export type ZipInput = { name: string; data: string | Uint8Array; deflate?: boolean };

/** A plain ZIP archive (stored or deflated entries, UTF-8 names, no data descriptors). */
export function zipBytes(entries: ZipInput[], options: { comment?: string } = {}): Uint8Array<ArrayBuffer> {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = text(entry.name);
    const raw = typeof entry.data === "string" ? text(entry.data) : entry.data;
    const data = entry.deflate ? new Uint8Array(deflateRawSync(raw)) : raw;
    const method = entry.deflate ? 8 : 0;
    const crc = crc32(raw);

    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, method, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, raw.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    locals.push(local, data);

    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, method, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, raw.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    centrals.push(central);
    offset += local.length + data.length;
  }
  const directory = concat(...centrals);
  const comment = text(options.comment ?? "");
  const end = new Uint8Array(22 + comment.length);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  ev.setUint16(20, comment.length, true);
  end.set(comment, 22);
  return concat(...locals, directory, end);
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;

const OOXML_MAIN_PART = { docx: "word/document.xml", xlsx: "xl/workbook.xml", pptx: "ppt/presentation.xml" } as const;

/** An Office Open XML package: content types, relationships and the main part of a document of that kind. */
export function ooxmlBytes(kind: keyof typeof OOXML_MAIN_PART): Uint8Array<ArrayBuffer> {
  return zipBytes([
    { name: "[Content_Types].xml", data: CONTENT_TYPES, deflate: true },
    { name: "_rels/.rels", data: "<Relationships/>", deflate: true },
    { name: OOXML_MAIN_PART[kind], data: "<document/>", deflate: true },
  ]);
}

const ODF_MIMETYPE = {
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
} as const;

/** An OpenDocument package: `mimetype` first and stored, as the standard requires. */
export function odfBytes(kind: keyof typeof ODF_MIMETYPE, options: { deflateMimetype?: boolean } = {}) {
  return zipBytes([
    { name: "mimetype", data: ODF_MIMETYPE[kind], deflate: options.deflateMimetype },
    { name: "content.xml", data: "<office:document-content/>", deflate: true },
    { name: "META-INF/manifest.xml", data: "<manifest:manifest/>", deflate: true },
  ]);
}

/** A real workbook, as exceljs writes it. */
export async function xlsxFromExcelJs(): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Talous").addRow(["Kirjasto", "Budjetti"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A Windows executable's first bytes (MZ … PE). */
export function exeBytes(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(256);
  bytes.set(text("MZ"), 0);
  new DataView(bytes.buffer).setUint32(0x3c, 0x80, true);
  bytes.set(text("PE\0\0"), 0x80);
  return bytes;
}

export function htmlBytes(): Uint8Array<ArrayBuffer> {
  return text("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
}

/** A PDF padded with a comment to exactly `size` bytes. */
export function pdfOfSize(size: number): Uint8Array<ArrayBuffer> {
  const head = pdfBytes();
  const out = new Uint8Array(size);
  out.set(head.subarray(0, Math.min(head.length, size)));
  if (size > head.length) out.fill(0x25, head.length); // "%%%%…": PDF comment characters
  return out;
}

/** A File as a browser sends it. */
export function fileOf(bytes: Uint8Array<ArrayBuffer>, name: string, type = "application/octet-stream"): File {
  return new File([bytes], name, { type });
}
