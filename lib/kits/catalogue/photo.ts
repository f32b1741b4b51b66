// A kit photo's upload, inspected before anything is written: its type by its
// first bytes (JPEG, PNG or WebP only), then decoded by sharp (prebuilt
// @img/sharp-* binaries; no install script needed), which proves it is an
// image, gives its size, strips its metadata (a phone's GPS position stays
// out) and makes the catalogue's thumbnail. A file that fails any step is a
// field message, and nothing is written.
import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { fieldError } from "@/lib/http/errors";
import {
  KIT_PHOTO_TYPES,
  KIT_THUMBNAIL_SIZE,
  MAX_KIT_PHOTO_BYTES,
  MAX_KIT_PHOTO_PIXELS,
  sniffKitPhotoType,
  type KitPhotoType,
} from "./rules";

/** The kit page's image: its longest side at most this (a phone's 12 MP photo is not served whole). */
const DISPLAY_SIZE = 1200;

export type InspectedPhoto = {
  type: KitPhotoType;
  mimeType: string;
  width: number;
  height: number;
  /** The stored image: the upload re-encoded in its own format at most DISPLAY_SIZE, without metadata. */
  content: Buffer;
  /** WebP, KIT_THUMBNAIL_SIZE at most. */
  thumbnail: Buffer;
  sha256: string;
};

export async function inspectKitPhoto(file: Blob): Promise<InspectedPhoto> {
  if (file.size === 0) throw fieldError("photo", "kitCatalogue.error.photoEmpty");
  if (file.size > MAX_KIT_PHOTO_BYTES) throw fieldError("photo", "kitCatalogue.error.photoTooLarge");
  const type = sniffKitPhotoType(new Uint8Array(await file.slice(0, 12).arrayBuffer()));
  if (!type) throw fieldError("photo", "kitCatalogue.error.photoType");
  // Whole: sharp decodes from memory; at most 8 MB.
  const bytes = Buffer.from(await file.arrayBuffer());
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_KIT_PHOTO_PIXELS, failOn: "error" });
    const meta = await image.metadata();
    if (meta.format !== (type === "jpeg" ? "jpeg" : type)) throw new Error(`sniffed ${type}, decoded ${meta.format}`);
    // rotate() applies the EXIF orientation before the metadata is dropped.
    const resized = image
      .clone()
      .rotate()
      .resize(DISPLAY_SIZE, DISPLAY_SIZE, { fit: "inside", withoutEnlargement: true });
    const encoded =
      type === "jpeg"
        ? resized.jpeg({ quality: 82, mozjpeg: true })
        : type === "png"
          ? resized.png({ compressionLevel: 9 })
          : resized.webp({ quality: 80 });
    const [{ data: content, info }, thumbnail] = await Promise.all([
      encoded.toBuffer({ resolveWithObject: true }),
      image
        .clone()
        .rotate()
        .resize(KIT_THUMBNAIL_SIZE, KIT_THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
        .webp({ quality: 70 })
        .toBuffer(),
    ]);
    return {
      type,
      mimeType: KIT_PHOTO_TYPES[type],
      width: info.width,
      height: info.height,
      content,
      thumbnail,
      sha256: createHash("sha256").update(content).digest("hex"),
    };
  } catch {
    // Starts like an image but does not decode as one (or is far too large in pixels).
    throw fieldError("photo", "kitCatalogue.error.photoType");
  }
}
