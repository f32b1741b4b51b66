import type { KitPhotoRef } from "@/lib/kits/catalogue/data";
import { KIT_THUMBNAIL_SIZE } from "@/lib/kits/catalogue/rules";

/** The box's photo as its page shows it (at most 1200 px, scaled to the column), with its text alternative. */
export function KitPhoto({ photo, className = "" }: { photo: KitPhotoRef; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a stored photo, already resized on upload
    <img
      src={`/api/kit-photos/${photo.id}`}
      alt={photo.alt}
      width={photo.width}
      height={photo.height}
      className={`h-auto max-w-full rounded border border-gray-300 ${className}`}
    />
  );
}

/** The catalogue's thumbnail (a small WebP), lazily loaded below the fold. */
export function KitThumbnail({ photo }: { photo: KitPhotoRef }) {
  const scale = Math.min(1, KIT_THUMBNAIL_SIZE / Math.max(photo.width, photo.height));
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a stored thumbnail, already small
    <img
      src={`/api/kit-photos/${photo.id}/thumbnail`}
      alt={photo.alt}
      width={Math.round(photo.width * scale)}
      height={Math.round(photo.height * scale)}
      loading="lazy"
      className="mb-3 h-auto max-h-48 w-auto max-w-full rounded border border-gray-300"
    />
  );
}
