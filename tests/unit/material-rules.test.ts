// Materials: the type of a file is judged by its content (each allowed type
// recognised, impostors and broken archives refused), stored names and
// download headers are safe, and who may add, remove and download.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { MeetingStatus, Role } from "@/lib/db/enums";
import {
  asciiFileName,
  attachmentDisposition,
  canEditMaterials,
  canSeeMaterial,
  formatFileSize,
  isHttpUrl,
  linkHost,
  MATERIAL_ACCEPT,
  materialTypeOf,
  sanitizeFileName,
  servedContentType,
  sniffMaterialType,
  storedFileName,
  titleFromFileName,
} from "@/lib/materials/rules";
import { readZipEntries, readZipEntry } from "@/lib/materials/zip";
import {
  concat,
  exeBytes,
  htmlBytes,
  jpegBytes,
  odfBytes,
  ooxmlBytes,
  pdfBytes,
  pngBytes,
  xlsxFromExcelJs,
  zipBytes,
} from "../support/material-files";

describe("sniffMaterialType", () => {
  it.each([
    ["pdf", pdfBytes()],
    ["png", pngBytes()],
    ["jpg", jpegBytes()],
    ["docx", ooxmlBytes("docx")],
    ["xlsx", ooxmlBytes("xlsx")],
    ["pptx", ooxmlBytes("pptx")],
    ["odt", odfBytes("odt")],
    ["ods", odfBytes("ods")],
    ["odp", odfBytes("odp")],
  ] as const)("recognises %s by its content", async (type, bytes) => {
    expect(await sniffMaterialType(bytes)).toBe(type);
  });

  it("recognises a real workbook written by exceljs", async () => {
    expect(await sniffMaterialType(await xlsxFromExcelJs())).toBe("xlsx");
  });

  it("reads an ODF mimetype entry even when a writer deflated it", async () => {
    expect(await sniffMaterialType(odfBytes("ods", { deflateMimetype: true }))).toBe("ods");
  });

  it("accepts an archive with a comment after the central directory", async () => {
    const docx = zipBytes(
      [
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "word/document.xml", data: "<document/>" },
      ],
      { comment: "Microsoft Office" },
    );
    expect(await sniffMaterialType(docx)).toBe("docx");
  });

  it.each([
    ["HTML (named .pdf)", htmlBytes()],
    ["a Windows executable (named .docx)", exeBytes()],
    ["plain text", new TextEncoder().encode("Asialista 29.11.2023")],
    ["an empty file", new Uint8Array()],
    ["a GIF", new TextEncoder().encode("GIF89a\x01\x00\x01\x00")],
    ["an SVG", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["a PDF signature not at the start", concat(new TextEncoder().encode(" "), pdfBytes())],
    ["a PNG signature cut short", pngBytes().subarray(0, 6)],
    ["a zip of other files", zipBytes([{ name: "ohjelma.exe", data: exeBytes() }])],
    ["a zip with content types but no document part", zipBytes([{ name: "[Content_Types].xml", data: "<Types/>" }])],
    ["a zip with a word/ folder but no content types", zipBytes([{ name: "word/document.xml", data: "<document/>" }])],
    [
      "a zip claiming to be two Office documents at once",
      zipBytes([
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "word/document.xml", data: "<document/>" },
        { name: "xl/workbook.xml", data: "<workbook/>" },
      ]),
    ],
    ["a zip whose mimetype is not a document", zipBytes([{ name: "mimetype", data: "application/epub+zip" }])],
    [
      "a zip whose mimetype only starts like one",
      zipBytes([{ name: "mimetype", data: "application/vnd.oasis.opendocument.textx" }]),
    ],
    ["an ODF graphics document", zipBytes([{ name: "mimetype", data: "application/vnd.oasis.opendocument.graphics" }])],
  ])("refuses %s", async (_name, bytes) => {
    expect(await sniffMaterialType(bytes)).toBeNull();
  });

  it("refuses truncated and padded archives", async () => {
    const docx = ooxmlBytes("docx");
    for (const cut of [1, 10, 22, 40, docx.length - 30]) {
      expect(await sniffMaterialType(docx.subarray(0, docx.length - cut)), `cut ${cut}`).toBeNull();
    }
    expect(await sniffMaterialType(concat(docx, new Uint8Array([0, 0, 0])))).toBeNull();
  });

  it("refuses an archive whose directory points outside the file or at the wrong place", async () => {
    const docx = ooxmlBytes("docx");
    const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const eocd = docx.length - 22;
    const cdOffset = view(docx).getUint32(eocd + 16, true);

    const badLocalOffset = docx.slice();
    view(badLocalOffset).setUint32(cdOffset + 42, 0x7fff0000, true);
    expect(await sniffMaterialType(badLocalOffset)).toBeNull();

    const badSize = docx.slice();
    view(badSize).setUint32(cdOffset + 20, docx.length, true);
    expect(await sniffMaterialType(badSize)).toBeNull();

    const badCount = docx.slice();
    view(badCount).setUint16(eocd + 10, 7, true);
    view(badCount).setUint16(eocd + 8, 7, true);
    expect(await sniffMaterialType(badCount)).toBeNull();

    const multiDisk = docx.slice();
    view(multiDisk).setUint16(eocd + 4, 1, true);
    expect(await sniffMaterialType(multiDisk)).toBeNull();

    // The central directory names an entry the local header does not.
    const renamed = docx.slice();
    renamed[cdOffset + 46] = "X".charCodeAt(0);
    expect(await sniffMaterialType(renamed)).toBeNull();
  });

  it("does not trust a corrupt deflated mimetype", async () => {
    const ods = odfBytes("ods", { deflateMimetype: true });
    const entries = (await readZipEntries(ods))!;
    const mimetype = entries.find((e) => e.name === "mimetype")!;
    const corrupt = ods.slice();
    corrupt.fill(0xff, mimetype.dataOffset, mimetype.dataOffset + mimetype.compressedSize);
    expect(await readZipEntry(corrupt, mimetype, 100)).toBeNull();
    expect(await sniffMaterialType(corrupt)).toBeNull();
  });
});

describe("sniffMaterialType on an uploaded File", () => {
  /** A File whose reads are counted: what sniffing costs is what it reads. */
  function countedFile(bytes: Uint8Array<ArrayBuffer>, name: string) {
    const file = new File([bytes], name);
    const reads = { bytes: 0, calls: 0 };
    const slice = file.slice.bind(file);
    file.slice = (start?: number, end?: number) => {
      const part = slice(start, end);
      reads.bytes += part.size;
      reads.calls += 1;
      return part;
    };
    return { file, reads };
  }

  it("reads only the first bytes of a large PDF", async () => {
    const pdf = new Uint8Array(5 * 1024 * 1024);
    pdf.set(pdfBytes());
    const { file, reads } = countedFile(pdf, "iso.pdf");
    expect(await sniffMaterialType(file)).toBe("pdf");
    expect(reads.bytes).toBeLessThanOrEqual(8);
  });

  it("reads an archive's directory and headers, not its content", async () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(7);
    const docx = zipBytes([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/media/kuva.png", data: big },
      { name: "word/document.xml", data: "<document/>" },
    ]);
    const { file, reads } = countedFile(docx, "iso.docx");
    expect(await sniffMaterialType(file)).toBe("docx");
    expect(reads.bytes).toBeLessThan(100 * 1024);
  });

  it("gives a File the same answers as its bytes", async () => {
    for (const bytes of [pdfBytes(), pngBytes(), ooxmlBytes("pptx"), odfBytes("odp"), htmlBytes(), exeBytes()]) {
      expect(await sniffMaterialType(new File([bytes], "x"))).toBe(await sniffMaterialType(bytes));
    }
  });
});

describe("readZipEntries", () => {
  it("lists the entries of an archive with their names", async () => {
    const entries = await readZipEntries(odfBytes("odt"));
    expect(entries?.map((e) => e.name)).toEqual(["mimetype", "content.xml", "META-INF/manifest.xml"]);
  });

  it("refuses what is not a zip", async () => {
    expect(await readZipEntries(pdfBytes())).toBeNull();
    expect(await readZipEntries(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
  });
});

describe("file names", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["..\\..\\Windows\\system32\\evil.dll", "evil.dll"],
    ["C:\\Users\\juli\\Talousarvio 2024.xlsx", "Talousarvio 2024.xlsx"],
    ['muistio"; filename="x.exe', "muistio filename=x.exe"],
    ["rivi\r\nSet-Cookie: a=b.pdf", "riviSet-Cookie a=b.pdf"],
    ["nul\u0000byte.pdf", "nulbyte.pdf"],
    ["  ...piilo.pdf.  ", "piilo.pdf"],
    ["kuva\u202Egpj.exe", "kuvagpj.exe"],
    ["Jyväskylän kaupunginkirjasto – kuulumiset.pdf", "Jyväskylän kaupunginkirjasto – kuulumiset.pdf"],
    ["..", "tiedosto"],
    ["", "tiedosto"],
    ["/", "tiedosto"],
  ])("sanitises %j to %j", (raw, safe) => {
    expect(sanitizeFileName(raw)).toBe(safe);
  });

  it("keeps Finnish letters in one (NFC) form", () => {
    expect(sanitizeFileName("Ja\u0308rvenpa\u0308a\u0308.pdf")).toBe("Järvenpää.pdf");
  });

  it("limits the length and keeps the extension", () => {
    const name = sanitizeFileName(`${"ä".repeat(400)}.pdf`);
    expect([...name].length).toBeLessThanOrEqual(150);
    expect(name.endsWith(".pdf")).toBe(true);
  });

  it.each([
    ["budjetti.pdf", "pdf", "budjetti.pdf"],
    ["Budjetti.PDF", "pdf", "Budjetti.pdf"],
    ["kuva.jpeg", "jpg", "kuva.jpeg"],
    ["kuva.JPG", "jpg", "kuva.jpg"],
    ["budjetti.pdf", "xlsx", "budjetti.xlsx"],
    ["lasku.exe", "pdf", "lasku.pdf"],
    ["esitys", "pptx", "esitys.pptx"],
    ["Kokous 12.9.2023", "pdf", "Kokous 12.9.2023.pdf"],
    ["raportti.docx.exe", "docx", "raportti.docx"],
    ["../../.pdf", "png", "pdf.png"],
    ["", "pdf", "tiedosto.pdf"],
  ] as const)("stores %j of type %s as %j", (uploaded, type, stored) => {
    expect(storedFileName(uploaded, type)).toBe(stored);
  });

  it("makes a title of a file name", () => {
    expect(titleFromFileName("Talousarvio 2024.xlsx")).toBe("Talousarvio 2024");
    expect(titleFromFileName("Kokous 12.9.2023.pdf")).toBe("Kokous 12.9.2023");
  });

  it("gives old clients an ASCII name without Finnish dots", () => {
    expect(asciiFileName("Jyväskylä – Åbo ÖÄ.pdf")).toBe("Jyvaskyla _ Abo OA.pdf");
    expect(asciiFileName("会议.pdf")).toBe("__.pdf");
    expect(asciiFileName("100%.pdf")).toBe("100_.pdf");
  });

  it("builds a Content-Disposition that carries the real name and cannot be broken out of", () => {
    expect(attachmentDisposition("Jyväskylän kuulumiset (syksy).pdf")).toBe(
      `attachment; filename="Jyvaskylan kuulumiset (syksy).pdf"; filename*=UTF-8''Jyv%C3%A4skyl%C3%A4n%20kuulumiset%20%28syksy%29.pdf`,
    );
    const nasty = attachmentDisposition('a"\r\nX-Evil: 1;\\b.pdf');
    expect(nasty).not.toMatch(/[\r\n]/);
    expect(nasty).toBe(`attachment; filename="b.pdf"; filename*=UTF-8''b.pdf`);
    // Only the opening and closing quote of the fallback name.
    expect(attachmentDisposition('"lainaus".pdf').match(/"/g)).toHaveLength(2);
  });
});

describe("types for display and download", () => {
  it("names a stored material's type from its media type or its name", () => {
    expect(materialTypeOf({ mimeType: "application/pdf", fileName: null })).toBe("pdf");
    expect(materialTypeOf({ fileName: "budjetti.xlsx" })).toBe("xlsx");
    expect(materialTypeOf({ fileName: "kuva.JPEG" })).toBe("jpg");
    expect(materialTypeOf({ fileName: "outo.bin" })).toBeNull();
  });

  it("serves only allowed media types", () => {
    expect(servedContentType("application/pdf")).toBe("application/pdf");
    expect(servedContentType("text/html")).toBe("application/octet-stream");
    expect(servedContentType(null)).toBe("application/octet-stream");
  });

  it("lets the browser's picker offer the allowed types", () => {
    for (const ext of [".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".png", ".jpg", ".jpeg"]) {
      expect(MATERIAL_ACCEPT.split(",")).toContain(ext);
    }
  });

  it("formats sizes in Finnish and English", () => {
    const nbsp = (s: string) => s.replace(/\s/g, " ");
    expect(nbsp(formatFileSize(1.2 * 1024 * 1024, "fi"))).toBe("1,2 Mt");
    expect(nbsp(formatFileSize(340 * 1024, "fi"))).toBe("340 kt");
    expect(nbsp(formatFileSize(10, "fi"))).toBe("1 kt");
    expect(nbsp(formatFileSize(1.2 * 1024 * 1024, "en"))).toBe("1.2 MB");
  });
});

describe("links", () => {
  it.each(["https://drive.google.com/file/d/x", "http://example.fi/a?b=c"])("accepts %s", (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });
  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "//example.fi",
    "/kokoukset",
    "ftp://example.fi",
    "https://",
    "",
  ])("refuses %s", (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });
  it("shows where a link leads", () => {
    expect(linkHost("https://www.tampere.fi/kirjasto")).toBe("tampere.fi");
    expect(linkHost("javascript:alert(1)")).toBeNull();
  });
});

describe("who may", () => {
  const actor = (...roles: Role[]): Actor => ({ id: "u1", roles, libraryId: "l1" });
  const meeting = (status: MeetingStatus) => ({ id: "m1", status, secretaryId: "u1" });
  const STATUSES: MeetingStatus[] = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];

  it("lets coordinators and admins edit materials until the minutes are approved", () => {
    for (const roles of [["COORDINATOR"], ["ADMIN"]] as Role[][]) {
      expect(STATUSES.map((s) => canEditMaterials(actor(...roles), meeting(s)))).toEqual([true, true, true, false]);
    }
  });

  it("never lets others edit materials, not even the meeting's secretary", () => {
    for (const a of [null, actor("STAFF"), actor("SUPERVISOR"), actor("STEERING")]) {
      for (const s of STATUSES) expect(canEditMaterials(a, meeting(s))).toBe(false);
    }
  });

  it("shows materials with the meeting, coordinator-only ones to coordinators only", () => {
    expect(canSeeMaterial(null, meeting("MINUTES_APPROVED"), "MEETING")).toBe(false);
    expect(canSeeMaterial(actor("STAFF"), meeting("MINUTES_APPROVED"), "MEETING")).toBe(true);
    expect(canSeeMaterial(actor("STAFF"), meeting("MINUTES_DRAFT"), "MEETING")).toBe(false);
    expect(canSeeMaterial(actor("STEERING"), meeting("AGENDA_PUBLISHED"), "MEETING")).toBe(true);
    expect(canSeeMaterial(actor("STEERING"), meeting("PLANNED"), "MEETING")).toBe(false);
    expect(canSeeMaterial(actor("STEERING"), meeting("AGENDA_PUBLISHED"), "COORDINATORS")).toBe(false);
    expect(canSeeMaterial(actor("COORDINATOR"), meeting("PLANNED"), "COORDINATORS")).toBe(true);
  });
});
