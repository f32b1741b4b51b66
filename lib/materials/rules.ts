// Agenda-item materials: which files are accepted (by their content, never by
// their name), what they are called when stored and downloaded, and who may
// add, remove and download them. Pure; unit-tested in material-rules.test.ts.
import { can, canSeeMeeting, type Actor } from "@/lib/auth/policy";
import { safeHttpUrl } from "@/lib/http/fields";
import type { MaterialVisibility } from "@/lib/db/enums";
import type { Locale } from "@/lib/i18n/config";
import { canManageMeeting, isMeetingLocked, type MeetingRef } from "@/lib/meetings/rules";
import { byteSource, looksLikeZip, readZipEntries, readZipEntry, type ByteSource, type ZipEntry } from "./zip";

/** 20 MB, as file managers count it. Next's server-action body limit sits just above (next.config.ts). */
export const MAX_MATERIAL_BYTES = 20 * 1024 * 1024;
/** Bytes per statement when a file is written to the database, and per read when it is downloaded. */
export const MATERIAL_CHUNK_BYTES = 1024 * 1024;
export const MAX_TITLE_LENGTH = 200;
export const MAX_URL_LENGTH = 2000;

export const MATERIAL_TYPES = {
  pdf: { mimeType: "application/pdf", label: "PDF", extensions: ["pdf"] },
  docx: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word",
    extensions: ["docx"],
  },
  xlsx: {
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "Excel",
    extensions: ["xlsx"],
  },
  pptx: {
    mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "PowerPoint",
    extensions: ["pptx"],
  },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", label: "ODT", extensions: ["odt"] },
  ods: { mimeType: "application/vnd.oasis.opendocument.spreadsheet", label: "ODS", extensions: ["ods"] },
  odp: { mimeType: "application/vnd.oasis.opendocument.presentation", label: "ODP", extensions: ["odp"] },
  png: { mimeType: "image/png", label: "PNG", extensions: ["png"] },
  jpg: { mimeType: "image/jpeg", label: "JPEG", extensions: ["jpg", "jpeg"] },
} as const;

export type MaterialType = keyof typeof MATERIAL_TYPES;
export const MATERIAL_TYPE_KEYS = Object.keys(MATERIAL_TYPES) as MaterialType[];

/** The file input's `accept`: extensions and media types, a hint for the browser's picker only. */
export const MATERIAL_ACCEPT = [
  ...MATERIAL_TYPE_KEYS.flatMap((type) => MATERIAL_TYPES[type].extensions.map((ext) => `.${ext}`)),
  ...MATERIAL_TYPE_KEYS.map((type) => MATERIAL_TYPES[type].mimeType),
].join(",");

// ───────────── sniffing ─────────────

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const PDF_SIGNATURE = [...new TextEncoder().encode("%PDF-")];

const OOXML_PARTS: readonly [MaterialType, string][] = [
  ["docx", "word/"],
  ["xlsx", "xl/"],
  ["pptx", "ppt/"],
];
const ODF_MIMETYPES: Record<string, MaterialType> = {
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
};

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** The longest signature checked at a file's start. */
const HEAD_BYTES = 8;

/**
 * What the file is, judged by its bytes; null for anything not allowed. Reads
 * the first bytes, and of an archive its directory, never the whole file.
 */
export async function sniffMaterialType(file: Uint8Array | Blob): Promise<MaterialType | null> {
  const source = byteSource(file);
  const head = await source.read(0, HEAD_BYTES);
  if (startsWith(head, PDF_SIGNATURE)) return "pdf";
  if (startsWith(head, PNG_SIGNATURE)) return "png";
  if (startsWith(head, JPEG_SIGNATURE)) return "jpg";
  if (!looksLikeZip(head)) return null;
  const entries = await readZipEntries(source);
  if (!entries) return null;
  return (await odfType(source, entries)) ?? ooxmlType(entries);
}

/** OpenDocument: a `mimetype` entry holding exactly one of the three document types. */
async function odfType(source: ByteSource, entries: ZipEntry[]): Promise<MaterialType | null> {
  const entry = entries.find((e) => e.name === "mimetype");
  if (!entry) return null;
  const content = await readZipEntry(source, entry, 100);
  if (!content) return null;
  return ODF_MIMETYPES[new TextDecoder().decode(content)] ?? null;
}

/** Office Open XML: `[Content_Types].xml` and the parts of exactly one of Word, Excel or PowerPoint. */
function ooxmlType(entries: ZipEntry[]): MaterialType | null {
  if (!entries.some((e) => e.name === "[Content_Types].xml")) return null;
  const found = OOXML_PARTS.filter(([, prefix]) =>
    entries.some((e) => e.name.startsWith(prefix) && e.name.length > prefix.length),
  );
  return found.length === 1 ? found[0]![0] : null;
}

/** The type a stored material is, from its media type or, failing that, its stored name. */
export function materialTypeOf(material: { mimeType?: string | null; fileName?: string | null }): MaterialType | null {
  if (material.mimeType) {
    const byMime = MATERIAL_TYPE_KEYS.find((type) => MATERIAL_TYPES[type].mimeType === material.mimeType);
    if (byMime) return byMime;
  }
  const ext = extensionOf(material.fileName ?? "");
  return ext ? (MATERIAL_TYPE_KEYS.find((type) => extensionsOf(type).includes(ext)) ?? null) : null;
}

/** The media type a download is served as: only an allowed type, else a generic binary. */
export function servedContentType(mimeType: string | null): string {
  return MATERIAL_TYPE_KEYS.some((type) => MATERIAL_TYPES[type].mimeType === mimeType)
    ? (mimeType as string)
    : "application/octet-stream";
}

// ───────────── file names ─────────────

const MAX_FILE_NAME_LENGTH = 150;
export const FALLBACK_FILE_NAME = "tiedosto";

// Extensions a stored name may carry that are replaced by the detected type's
// own; anything else after a dot ("Kokous 12.9.2023") is part of the name.
const KNOWN_EXTENSIONS = new Set<string>([
  ...MATERIAL_TYPE_KEYS.flatMap((type) => extensionsOf(type)),
  ...["doc", "xls", "ppt", "rtf", "txt", "csv", "zip", "7z", "rar", "gz", "tar", "exe", "msi", "dll", "bat", "cmd"],
  ...["com", "scr", "ps1", "sh", "js", "mjs", "vbs", "jar", "apk", "html", "htm", "xhtml", "svg", "xml", "php"],
  ...["gif", "bmp", "tif", "tiff", "webp", "heic", "odg", "odf", "pages", "key", "numbers", "bin", "dat", "iso"],
]);

function extensionsOf(type: MaterialType): readonly string[] {
  return MATERIAL_TYPES[type].extensions;
}

function extensionOf(name: string): string | null {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return match && match.index > 0 ? match[1]!.toLowerCase() : null;
}

/**
 * A name safe to store and to put in a header: no directories, quotes,
 * backslashes, control or bidirectional-override characters, no leading or
 * trailing dots or spaces; letters of any language kept (NFC).
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    // C0/C1 controls (CR, LF, NUL, …), bidi overrides and isolates (which can
    // make "gpj.exe" look like "exe.jpg"), zero-width characters, BOM.
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, "")
    // Quotes and characters Windows refuses in names.
    .replace(/["'`<>:|?*;]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  return truncateName(cleaned) || FALLBACK_FILE_NAME;
}

function truncateName(name: string): string {
  const chars = [...name];
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const ext = extensionOf(name);
  const tail = ext ? `.${ext}` : "";
  const head = chars.slice(0, MAX_FILE_NAME_LENGTH - tail.length).join("");
  return `${head.replace(/[\s.]+$/, "")}${tail}`;
}

/**
 * The name a material is stored and downloaded under: the uploaded name,
 * sanitised, with the extension of the type its content really is.
 */
export function storedFileName(uploadedName: string, type: MaterialType): string {
  const name = sanitizeFileName(uploadedName);
  const ext = extensionOf(name);
  if (ext && extensionsOf(type).includes(ext)) return name.replace(/\.[^.]+$/, `.${ext}`);
  const stem = ext && KNOWN_EXTENSIONS.has(ext) ? name.slice(0, -(ext.length + 1)).replace(/[\s.]+$/, "") : name;
  // "raportti.docx.exe" that really is a docx: the inner extension was right.
  const inner = extensionOf(stem);
  if (inner && extensionsOf(type).includes(inner)) return stem.replace(/\.[^.]+$/, `.${inner}`);
  const main = extensionsOf(type)[0]!;
  return `${stem || FALLBACK_FILE_NAME}.${main}`;
}

/** A title for a file given without one: its name without the extension. */
export function titleFromFileName(fileName: string): string {
  const ext = extensionOf(fileName);
  const stem = ext ? fileName.slice(0, -(ext.length + 1)) : fileName;
  return [...(stem.trim() || fileName)].slice(0, MAX_TITLE_LENGTH).join("");
}

/** The plain-ASCII name for old clients: Finnish letters lose their dots (ä → a), the rest becomes "_". */
export function asciiFileName(name: string): string {
  const ascii = sanitizeFileName(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%]/g, "_");
  return ascii.replace(/^[\s._]+$/, "") ? ascii : FALLBACK_FILE_NAME;
}

/** RFC 8187 value chars: encodeURIComponent leaves ' ( ) * alone, which the header grammar does not allow. */
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** `Content-Disposition` for a download: an ASCII fallback and the real (UTF-8) name (RFC 6266). */
export function attachmentDisposition(name: string): string {
  const safe = sanitizeFileName(name);
  return `attachment; filename="${asciiFileName(safe)}"; filename*=UTF-8''${encodeRfc8187(safe)}`;
}

// ───────────── links ─────────────

/** Only http(s) links become materials: never javascript:, data:, file: or relative ones. */
export const isHttpUrl = (value: string): boolean => safeHttpUrl(value) !== null;

/** The host a link goes to, shown beside it so the reader knows where it leads. */
export function linkHost(value: string | null): string | null {
  if (!value || !isHttpUrl(value)) return null;
  return new URL(value).hostname.replace(/^www\./, "");
}

// ───────────── sizes ─────────────

/** "1,2 Mt" / "340 kt" in Finnish, "1.2 MB" / "340 kB" in English. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const megabytes = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: megabytes ? "megabyte" : "kilobyte",
    unitDisplay: "short",
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)));
}

// ───────────── who may ─────────────

/** Coordinators add and remove materials until the minutes are approved (then the meeting is a record). */
export function canEditMaterials(actor: Actor | null | undefined, meeting: MeetingRef): boolean {
  return canManageMeeting(actor, meeting) && !isMeetingLocked(meeting.status);
}

/** Whoever sees the meeting sees its materials, except coordinator-only ones. */
export function canSeeMaterial(
  actor: Actor | null | undefined,
  meeting: Pick<MeetingRef, "status">,
  visibility: MaterialVisibility,
): boolean {
  return canSeeMeeting(actor, meeting.status) && visibleMaterialVisibilities(actor).includes(visibility);
}

export function visibleMaterialVisibilities(actor: Actor | null | undefined): MaterialVisibility[] {
  return can(actor, "meeting.manage") ? ["MEETING", "COORDINATORS"] : ["MEETING"];
}
