// npm run report:js [-- --check] — the first-load JavaScript of every page,
// read from the last `next build` (issue 10: a public page ships ≤ 1.10× an
// empty page's JS, an interactive one ≤ 1.25×).
//
// Next 16 no longer prints "First Load JS". What a page's HTML loads is, for
// Turbopack builds: the shared runtime (`rootMainFiles` in
// .next/build-manifest.json) and, for every client-component entry of the
// page's tree (root layout, layouts, error and not-found boundaries,
// global-error, the page), the chunks listed under `entryJSFiles` in
// .next/server/app/<route>/page_client-reference-manifest.js. Their union is
// exactly the <script src> tags of the prerendered HTML (checked against
// .next/server/app/saavutettavuusseloste.html when it exists). The nomodule
// polyfills are left out (modern browsers skip them), as is the RSC payload
// (data, not code). Sizes are gzip (level 9) bytes of each file, counted once.
//
// The baseline is the accessibility statement: a prerendered page under the
// (static) root layout with no client component of its own, i.e. what any
// page costs before it adds anything. --check exits 1 when a limit is broken.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const dotNext = path.join(root, ".next");
const CHECK = process.argv.includes("--check");
const BASELINE = "/saavutettavuusseloste";
const LIMITS = { public: 1.1, interactive: 1.25 } as const;

/**
 * Pages that are the same for every signed-out visitor (issue 10 point 1):
 * they may ship no more than the shell. A route not listed here is
 * interactive (forms, signed-in pages). Patterns are routes as written in app/.
 */
const PUBLIC_ROUTES = new Set([
  "/",
  "/koulutukset",
  "/koulutukset/[slug]",
  "/kirjastot",
  "/kirjastot/[slug]",
  "/pike-boksit",
  "/pike-boksit/[slug]",
  "/verkostot",
  "/verkostot/[slug]",
  "/tyon-varjostus",
  "/tietosuoja",
  "/saavutettavuusseloste",
]);

type Kind = keyof typeof LIMITS;
type Row = { route: string; kind: Kind; files: string[]; bytes: number };

function fail(message: string): never {
  console.error(`report:js: ${message}`);
  process.exit(2);
}

if (!existsSync(path.join(dotNext, "build-manifest.json")))
  fail("no .next/build-manifest.json: run `next build` first.");
const buildManifest = JSON.parse(readFileSync(path.join(dotNext, "build-manifest.json"), "utf8")) as {
  rootMainFiles: string[];
};

const sizes = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = sizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(dotNext, file)), { level: 9 }).length;
    sizes.set(file, size);
  }
  return size;
}

/** "/(site)/koulutukset/[slug]/page" → "/koulutukset/[slug]"; null for Next's own pages. */
function routeOf(entry: string): string | null {
  const segments = entry
    .replace(/\/page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  if (segments[0]?.startsWith("_")) return null;
  return `/${segments.join("/")}`;
}

type RscManifest = Record<string, { entryJSFiles?: Record<string, string[]> }>;

function manifests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...manifests(full));
    else if (entry.name === "page_client-reference-manifest.js") found.push(full);
  }
  return found;
}

const rows: Row[] = [];
for (const file of manifests(path.join(dotNext, "server/app"))) {
  // The file assigns to globalThis.__RSC_MANIFEST; run it in a box of its own.
  const box: { globalThis?: unknown; self?: unknown; __RSC_MANIFEST?: RscManifest } = {};
  box.globalThis = box;
  box.self = box;
  vm.runInNewContext(readFileSync(file, "utf8"), box);
  for (const [entry, manifest] of Object.entries(box.__RSC_MANIFEST ?? {})) {
    const route = routeOf(entry);
    if (!route) continue;
    const files = [
      ...new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()]),
    ].filter((f) => f.endsWith(".js"));
    rows.push({
      route,
      kind: PUBLIC_ROUTES.has(route) ? "public" : "interactive",
      files,
      bytes: files.reduce((sum, f) => sum + gzipBytes(f), 0),
    });
  }
}
rows.sort((a, b) => a.route.localeCompare(b.route));

const baseline = rows.find((r) => r.route === BASELINE) ?? fail(`the baseline ${BASELINE} is not in the build.`);

// The prerendered baseline's HTML loads exactly these scripts; if not, the reading above is out of date.
const html = path.join(dotNext, "server/app", `${BASELINE}.html`);
if (existsSync(html)) {
  const scripts = [...readFileSync(html, "utf8").matchAll(/<script src="\/_next\/([^"]+)"(?![^>]*noModule)/g)].map(
    (m) => m[1]!,
  );
  const same = scripts.length === baseline.files.length && scripts.every((s) => baseline.files.includes(s));
  if (!same) {
    console.warn(
      `warning: ${BASELINE}.html loads ${scripts.length} scripts, the manifests say ${baseline.files.length}; the figures may be off.`,
    );
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log(
  `First-load JavaScript per page (gzip), ${rows.length} pages; baseline ${BASELINE}: ${kb(baseline.bytes)} kB in ${baseline.files.length} files`,
);
console.log(
  [
    "route".padEnd(62),
    "kind".padEnd(11),
    "files".padStart(5),
    "kB gz".padStart(8),
    "ratio".padStart(6),
    "limit".padStart(6),
    "",
  ].join(" "),
);
let broken = 0;
for (const r of rows) {
  const ratio = r.bytes / baseline.bytes;
  const over = ratio > LIMITS[r.kind];
  if (over) broken++;
  console.log(
    [
      r.route.padEnd(62),
      r.kind.padEnd(11),
      String(r.files.length).padStart(5),
      kb(r.bytes).padStart(8),
      ratio.toFixed(2).padStart(6),
      LIMITS[r.kind].toFixed(2).padStart(6),
      over ? "OVER" : "",
    ].join(" "),
  );
}

// What the pages add to the baseline, by chunk: where the weight is.
const extra = new Map<string, number>();
for (const r of rows) for (const f of r.files) if (!baseline.files.includes(f)) extra.set(f, (extra.get(f) ?? 0) + 1);
const heaviest = [...extra].sort((a, b) => gzipBytes(b[0]) - gzipBytes(a[0])).slice(0, 8);
if (heaviest.length) {
  console.log("\nLargest chunks beyond the baseline (kB gz, pages that load it):");
  for (const [f, count] of heaviest) console.log(`  ${f.padEnd(40)} ${kb(gzipBytes(f)).padStart(7)}  ${count}`);
}

console.log(
  `\n${broken ? `${broken} of ${rows.length} pages over their limit` : "All pages within their limits"} (public ≤ ${LIMITS.public}×, interactive ≤ ${LIMITS.interactive}× the baseline).`,
);
if (CHECK && broken) process.exitCode = 1;
