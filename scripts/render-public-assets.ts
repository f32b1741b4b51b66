// Renders the committed files of public/ from one SVG mark: the favicon
// (ICO holding PNGs), the apple-touch icon and the default social-preview
// image. Run once after changing the mark or the texts, then commit the output:
//   npx tsx scripts/render-public-assets.ts
// Needs only Chromium (CHROMIUM_PATH, else /usr/bin/chromium): no image
// libraries, so it works offline on the project's machines.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { translator } from "../lib/i18n/translate";

const PUBLIC = join(import.meta.dirname, "..", "public");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BRAND = "#08364a";

const mark = readFileSync(join(PUBLIC, "icon.svg"), "utf8");
const work = mkdtempSync(join(tmpdir(), "pike-assets-"));

/** A screenshot of `html` at exactly width × height CSS pixels (device scale 1). */
function screenshot(html: string, width: number, height: number, transparent: boolean): Buffer {
  const page = join(work, "page.html");
  const out = join(work, "shot.png");
  writeFileSync(page, `<!doctype html><meta charset="utf-8"><style>html,body{margin:0;overflow:hidden}</style>${html}`);
  execFileSync(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--hide-scrollbars",
      "--force-device-scale-factor=1",
      ...(transparent ? ["--default-background-color=00000000"] : []),
      `--window-size=${width},${height}`,
      `--screenshot=${out}`,
      `file://${page}`,
    ],
    { stdio: "pipe" },
  ); // Chromium's D-Bus complaints are noise here
  const png = readFileSync(out);
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  if (w !== width || h !== height) throw new Error(`expected ${width}x${height}, Chromium gave ${w}x${h}`);
  return png;
}

const markAt = (size: number) => mark.replace("<svg ", `<svg width="${size}" height="${size}" style="display:block" `);

/** ICO with PNG entries (supported by every browser since Windows Vista's format change). */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 = 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map((p) => p.data)]);
}

try {
  const icoSizes = [16, 32, 48];
  writeFileSync(
    join(PUBLIC, "favicon.ico"),
    ico(icoSizes.map((size) => ({ size, data: screenshot(markAt(size), size, size, true) }))),
  );

  // iOS draws its own rounded corners and fills transparency with black: a full square.
  const square = mark.replace(/ rx="\d+"/, "");
  writeFileSync(
    join(PUBLIC, "apple-touch-icon.png"),
    screenshot(square.replace("<svg ", `<svg width="180" height="180" style="display:block" `), 180, 180, false),
  );
  writeFileSync(
    join(PUBLIC, "icon-512.png"),
    screenshot(square.replace("<svg ", `<svg width="512" height="512" style="display:block" `), 512, 512, false),
  );

  const fi = translator("fi");
  const en = translator("en");
  const social = `
<div style="box-sizing:border-box;width:1200px;height:630px;padding:80px;background:${BRAND};color:#fff;
  font-family:'Liberation Sans','DejaVu Sans',Arial,sans-serif;display:flex;flex-direction:column;justify-content:space-between">
  <div style="display:flex;align-items:center;gap:40px">
    <div style="border:4px solid #fff;border-radius:28px">${markAt(160)}</div>
    <div style="font-size:96px;font-weight:700">${fi("app.name")}</div>
  </div>
  <div>
    <div style="font-size:44px;line-height:1.25">${fi("app.tagline")}</div>
    <div style="font-size:34px;line-height:1.3;margin-top:16px;color:#d5e9f0">${en("app.tagline")}</div>
  </div>
</div>`;
  writeFileSync(join(PUBLIC, "social-preview.png"), screenshot(social, 1200, 630, false));
  console.log("public/: favicon.ico, apple-touch-icon.png, icon-512.png, social-preview.png");
} finally {
  rmSync(work, { recursive: true, force: true });
}
