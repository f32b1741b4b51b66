// npm run seed:kit-photos — regenerates the demo kits' photos under
// prisma/seed/kit-photos/ (committed, so the seed needs neither this script
// nor an image library at seed time). We are offline: each photo is an
// illustration drawn as SVG here (shapes only, no text, so no font decides
// the pixels), rendered to JPEG by sharp, then passed through the catalogue's
// own upload inspection (lib/kits/catalogue/photo.ts: type by content,
// re-encoded without metadata, WebP thumbnail). The stored files are exactly
// what an upload of that JPEG would store: <slug>.jpg (content), <slug>.webp
// (thumbnail) and manifest.json (type, size, sha256). Deterministic for a
// given sharp version: running it again changes nothing.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { inspectKitPhoto } from "@/lib/kits/catalogue/photo";
import { KIT_PHOTO_SVGS } from "@/prisma/seed/kit-photo-drawings";
import { projectRoot } from "./lib/postgres";

const dir = path.join(projectRoot, "prisma/seed/kit-photos");
mkdirSync(dir, { recursive: true });
const manifest: Record<string, { mimeType: string; width: number; height: number; sha256: string }> = {};
for (const [slug, svg] of Object.entries(KIT_PHOTO_SVGS)) {
  const upload = await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
  const photo = await inspectKitPhoto(new Blob([new Uint8Array(upload)], { type: "image/jpeg" }));
  writeFileSync(path.join(dir, `${slug}.jpg`), photo.content);
  writeFileSync(path.join(dir, `${slug}.webp`), photo.thumbnail);
  manifest[slug] = { mimeType: photo.mimeType, width: photo.width, height: photo.height, sha256: photo.sha256 };
  console.log(`${slug}: ${photo.width}×${photo.height}, ${photo.content.length} + ${photo.thumbnail.length} bytes`);
}
writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
