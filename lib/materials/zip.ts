// A small, strict reader of a ZIP archive's central directory: just enough to
// tell an Office Open XML or OpenDocument file from any other archive (by the
// names of its parts, and the content of ODF's `mimetype` entry). No
// dependency; it reads only the directory, the headers and the one small
// entry it needs, so an upload is never copied whole to be checked. Anything that does not add up (truncated, multi-disk, ZIP64,
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

/**
 * Random access to a file's bytes: an uploaded File (a Blob) is read slice by
 * slice, so sniffing an archive reads its directory and headers, never the
 * whole file.
 */
export type ByteSource = { size: number; read(offset: number, length: number): Promise<Uint8Array> };

export function byteSource(input: Uint8Array | Blob): ByteSource {
  if (input instanceof Uint8Array) {
    return {
      size: input.byteLength,
      read: (offset, length) => Promise.resolve(input.subarray(offset, offset + length)),
    };
  }
  return {
    size: input.size,
    read: async (offset, length) => new Uint8Array(await input.slice(offset, offset + length).arrayBuffer()),
  };
}

/** True when the bytes start like a ZIP archive with at least one entry. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The archive's entries from its central directory; null when the archive is broken or unsupported. */
export async function readZipEntries(input: Uint8Array | Blob | ByteSource): Promise<ZipEntry[] | null> {
  const source = "read" in input ? input : byteSource(input);
  const size = source.size;
  if (size < LOCAL_SIZE + CENTRAL_SIZE + EOCD_SIZE || !looksLikeZip(await source.read(0, 4))) return null;
  // The End Of Central Directory record lies within the last 22 bytes + the longest comment.
  const tailStart = Math.max(0, size - EOCD_SIZE - MAX_COMMENT);
  const tail = viewOf(await source.read(tailStart, size - tailStart));
  const eocdInTail = findEndOfCentralDirectory(tail);
  if (eocdInTail === null) return null;
  const eocd = tailStart + eocdInTail;

  const disk = tail.getUint16(eocdInTail + 4, true);
  const cdDisk = tail.getUint16(eocdInTail + 6, true);
  const entriesOnDisk = tail.getUint16(eocdInTail + 8, true);
  const totalEntries = tail.getUint16(eocdInTail + 10, true);
  const cdSize = tail.getUint32(eocdInTail + 12, true);
  const cdOffset = tail.getUint32(eocdInTail + 16, true);
  // Split archives and ZIP64 (sizes saturated at 0xFFFF/0xFFFFFFFF) are not for 20 MB documents.
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== totalEntries || totalEntries === 0) return null;
  if (totalEntries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return null;
  if (cdOffset + cdSize !== eocd) return null;

  // The central directory, read once; offsets below are the file's, `dir` is read at `- cdOffset`.
  const dirBytes = await source.read(cdOffset, cdSize);
  const dir = viewOf(dirBytes);
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < totalEntries; i++) {
    const d = at - cdOffset;
    if (at + CENTRAL_SIZE > eocd || dir.getUint32(d, true) !== CENTRAL_SIGNATURE) return null;
    const flags = dir.getUint16(d + 8, true);
    const method = dir.getUint16(d + 10, true);
    const compressedSize = dir.getUint32(d + 20, true);
    const uncompressedSize = dir.getUint32(d + 24, true);
    const nameLength = dir.getUint16(d + 28, true);
    const extraLength = dir.getUint16(d + 30, true);
    const commentLength = dir.getUint16(d + 32, true);
    const localOffset = dir.getUint32(d + 42, true);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (nameLength === 0 || next > eocd) return null;
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) return null;
    const nameBytes = dirBytes.subarray(d + CENTRAL_SIZE, d + CENTRAL_SIZE + nameLength);

    // The entry's local header must be where the directory says, name the same
    // entry, and its data must end before the central directory begins.
    if (localOffset + LOCAL_SIZE + nameLength > cdOffset) return null;
    const localBytes = await source.read(localOffset, LOCAL_SIZE + nameLength);
    const local = viewOf(localBytes);
    if (local.getUint32(0, true) !== LOCAL_SIGNATURE) return null;
    const localNameLength = local.getUint16(26, true);
    const localExtraLength = local.getUint16(28, true);
    if (localNameLength !== nameLength) return null;
    if (!sameBytes(localBytes.subarray(LOCAL_SIZE), nameBytes)) return null;
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
export async function readZipEntry(
  input: Uint8Array | Blob | ByteSource,
  entry: ZipEntry,
  maxBytes: number,
): Promise<Uint8Array | null> {
  if (entry.flags & 0x1 || entry.uncompressedSize > maxBytes) return null;
  // Deflate never needs more than a few bytes per byte it yields; a bigger entry is not a small one.
  if (entry.compressedSize > maxBytes + 64) return null;
  const source = "read" in input ? input : byteSource(input);
  const data = await source.read(entry.dataOffset, entry.compressedSize);
  if (entry.method === 0) return entry.compressedSize === entry.uncompressedSize ? data : null;
  if (entry.method !== 8) return null;
  try {
    const out = inflateRawSync(data, { maxOutputLength: maxBytes });
    return out.length === entry.uncompressedSize ? new Uint8Array(out) : null;
  } catch {
    return null;
  }
}

/** The End Of Central Directory record in the file's tail: its last 22 bytes, unless a comment follows it. */
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
