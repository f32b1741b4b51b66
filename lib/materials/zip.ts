// A small, strict reader of a ZIP archive's central directory: just enough to
// tell an Office Open XML or OpenDocument file from any other archive (by the
// names of its parts, and the content of ODF's `mimetype` entry). Pure; no
// dependency. Anything that does not add up (truncated, multi-disk, ZIP64,
// entries outside the file, local headers that do not match) is refused:
// such a file is not a document anyone could open anyway.
import { inflateRawSync } from "node:zlib";

export type ZipEntry = {
  name: string;
  /** 0 = stored, 8 = deflated; others are listed but never read. */
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's data starts (after its local header). */
  dataOffset: number;
};

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;

/** True when the bytes start like a ZIP archive with at least one entry. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The archive's entries from its central directory; null when the archive is broken or unsupported. */
export function readZipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (!looksLikeZip(bytes) || bytes.length < LOCAL_SIZE + CENTRAL_SIZE + EOCD_SIZE) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === null) return null;

  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const totalEntries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // Split archives and ZIP64 (sizes saturated at 0xFFFF/0xFFFFFFFF) are not for 20 MB documents.
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== totalEntries || totalEntries === 0) return null;
  if (totalEntries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return null;
  if (cdOffset + cdSize !== eocd) return null;

  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < totalEntries; i++) {
    if (at + CENTRAL_SIZE > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (nameLength === 0 || next > eocd) return null;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) return null;
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);

    // The entry's local header must be where the directory says, name the same
    // entry, and its data must end before the central directory begins.
    if (localOffset + LOCAL_SIZE > cdOffset || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) return null;
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    if (localNameLength !== nameLength) return null;
    const localName = bytes.subarray(localOffset + LOCAL_SIZE, localOffset + LOCAL_SIZE + nameLength);
    if (!sameBytes(localName, nameBytes)) return null;
    const dataOffset = localOffset + LOCAL_SIZE + localNameLength + localExtraLength;
    if (dataOffset + compressedSize > cdOffset) return null;

    entries.push({
      // Bit 11: the name is UTF-8; otherwise CP437, whose ASCII part is all we compare.
      name: new TextDecoder(flags & 0x800 ? "utf-8" : "latin1").decode(nameBytes),
      method,
      flags,
      compressedSize,
      uncompressedSize,
      dataOffset,
    });
    at = next;
  }
  if (at !== eocd) return null;
  return entries;
}

/**
 * The content of one small entry (stored or deflated), or null if it cannot be
 * read: encrypted, another method, larger than `maxBytes`, or corrupt.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | null {
  if (entry.flags & 0x1 || entry.uncompressedSize > maxBytes) return null;
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return entry.compressedSize === entry.uncompressedSize ? data : null;
  if (entry.method !== 8) return null;
  try {
    const out = inflateRawSync(data, { maxOutputLength: maxBytes });
    return out.length === entry.uncompressedSize ? new Uint8Array(out) : null;
  } catch {
    return null;
  }
}

/** The End Of Central Directory record: the last 22 bytes, unless a comment follows it. */
function findEndOfCentralDirectory(view: DataView): number | null {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    // The comment must run exactly to the end: nothing may follow the archive.
    if (at + EOCD_SIZE + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return null;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
