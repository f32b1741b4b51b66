// npm run bench:lighthouse — Lighthouse on the key pages of a production server.
// Like bench/run.ts: a fresh seeded database, `next build` (unless
// LIGHTHOUSE_SKIP_BUILD=1), `next start`; then Lighthouse drives Debian's
// Chromium (CHROME_PATH, headless, no sandbox) over home, the training menu,
// one training (offering) page and a meeting page signed in as a steering
// group member. Prints performance, accessibility and best-practices scores
// per page and every audit that keeps a category under its target
// (performance ≥ 95, accessibility and best practices 100; issue 10).
// LIGHTHOUSE_PRESET=desktop uses Lighthouse's desktop settings instead of its
// default (a throttled mid-range phone). LIGHTHOUSE_RUNS (3) runs per page,
// the median reported: on 2 shared cores single runs vary by ±15 points.
// Full reports: bench/results/lighthouse/.
// Exits non-zero when a target is missed and --check is given.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags, type Result } from "lighthouse";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed";
import { freshTestDatabase } from "@/scripts/lib/database";
import { migrate } from "@/scripts/lib/migrate";
import { dropDatabase, projectRoot } from "@/scripts/lib/postgres";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3610);
const base = `http://127.0.0.1:${PORT}`;
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PRESET = process.env.LIGHTHOUSE_PRESET === "desktop" ? "desktop" : "mobile";
const CHECK = process.argv.includes("--check");
/** Runs per page; the run with the median performance score is reported. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, "best-practices": 100 };
const RESULTS = path.join(projectRoot, "bench/results/lighthouse");
const METRICS = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
  ["speed-index", "SI"],
] as const;
const log = (line: string) => console.log(`[lighthouse] ${line}`);

const { server, url } = await freshTestDatabase(log, "pike_lighthouse");
let app: ReturnType<typeof spawn> | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
let benchmarkIndex = 0;
try {
  await migrate(url);
  const db = createPrismaClient(url, { max: 2 });
  await seedDemoData(db);
  await db.$disconnect();

  if (process.env.LIGHTHOUSE_SKIP_BUILD !== "1") {
    log("next build");
    const build = spawnSync(process.execPath, [path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], {
      stdio: "inherit",
      cwd: projectRoot,
    });
    if (build.status !== 0) throw new Error("next build failed");
  }

  app = spawn(
    process.execPath,
    [path.join(projectRoot, "node_modules/next/dist/bin/next"), "start", "-p", String(PORT), "-H", "127.0.0.1"],
    {
      cwd: projectRoot,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: randomBytes(24).toString("hex"), LOG_LEVEL: "warn" },
    },
  );
  app.once("exit", (code, signal) => log(`next start exited (${code ?? signal})`));
  await waitFor(`${base}/api/health`);
  log(`next start on ${base}`);

  const { cookie, meetingPath, offeringPath } = await pages(url);
  const targets = [
    { name: "home", path: "/" },
    { name: "training menu", path: "/koulutukset" },
    { name: "a training", path: offeringPath },
    { name: "meeting, signed in", path: meetingPath, cookie },
  ];

  chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(RESULTS, { recursive: true });

  const rows: {
    name: string;
    path: string;
    scores: Record<Category, number>;
    metrics: string;
    failing: string[];
  }[] = [];
  for (const target of targets) {
    log(`${target.name}: ${target.path}`);
    // Warm the server (first render compiles nothing in production, but fills caches).
    await fetch(`${base}${target.path}`, { headers: target.cookie ? { cookie: target.cookie } : {} });
    const flags: Flags = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      extraHeaders: target.cookie ? { cookie: target.cookie } : undefined,
    };
    const lhr = await medianRun(`${base}${target.path}`, flags);
    benchmarkIndex = Math.round(lhr.environment.benchmarkIndex);
    const file = `${PRESET}-${target.name.replace(/[^a-z]+/g, "-")}.json`;
    writeFileSync(path.join(RESULTS, file), JSON.stringify(lhr));
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? "?"}`).join(", ");
    rows.push({ name: target.name, path: target.path, scores, metrics, failing: failingAudits(lhr, scores) });
  }

  console.log(`\nLighthouse ${PRESET} (${CHROME_PATH}), ${new Date().toISOString()}`);
  console.log(
    ["page".padEnd(22), "path".padEnd(48), "perf".padStart(5), "a11y".padStart(5), "BP".padStart(5)].join(" "),
  );
  for (const r of rows) {
    console.log(
      [
        r.name.padEnd(22),
        r.path.padEnd(48),
        String(r.scores.performance).padStart(5),
        String(r.scores.accessibility).padStart(5),
        String(r.scores["best-practices"]).padStart(5),
      ].join(" "),
    );
  }
  console.log("");
  for (const r of rows) console.log(`${r.name.padEnd(22)} ${r.metrics}`);
  console.log(
    `(CPU benchmark index of this machine: ${benchmarkIndex}; Lighthouse calibrates its slowdown for ≈ 1000–2000.)`,
  );
  let missed = false;
  for (const r of rows) {
    if (!r.failing.length) continue;
    missed = true;
    console.log(`\n${r.name} (${r.path}):`);
    for (const line of r.failing) console.log(`  ${line}`);
  }
  console.log(`\nTargets: performance ≥ ${TARGETS.performance}, accessibility 100, best practices 100.`);
  console.log(missed ? "Some targets are missed (above)." : "All targets met.");
  console.log(`Reports: ${path.relative(projectRoot, RESULTS)}/${PRESET}-*.json`);
  if (missed && CHECK) process.exitCode = 1;
} finally {
  if (chrome) chrome.kill();
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  await dropDatabase(url).catch(() => {});
  await server.stop();
}

/**
 * RUNS runs of one page, the median one returned. A run that Lighthouse
 * itself reports as broken (a runtime error such as NO_NAVSTART, seen here
 * under load) is run again, up to twice per page.
 */
async function medianRun(pageUrl: string, flags: Flags): Promise<Result> {
  const runs: Result[] = [];
  let retries = 2;
  while (runs.length < RUNS) {
    const runner = await lighthouse(pageUrl, flags, PRESET === "desktop" ? desktopConfig : undefined);
    const lhr = runner?.lhr;
    if (lhr && !lhr.runtimeError) {
      runs.push(lhr);
      continue;
    }
    if (retries-- === 0) {
      if (lhr) return lhr; // reported as it is: the scores show it
      throw new Error(`Lighthouse gave no result for ${pageUrl}`);
    }
    log(`run again: ${lhr?.runtimeError?.code ?? "no result"}`);
  }
  runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
  return runs[Math.floor(runs.length / 2)]!;
}

/** For each category under its target, the audits in it that did not pass, with their figures. */
function failingAudits(lhr: Result, scores: Record<Category, number>): string[] {
  const lines: string[] = [];
  for (const category of CATEGORIES) {
    if (scores[category] >= TARGETS[category]) continue;
    lines.push(`${category} ${scores[category]} < ${TARGETS[category]}:`);
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 0.9) continue;
      // Only what costs points: weighted audits (metrics and a11y/BP checks).
      if (ref.weight === 0 && category !== "performance") continue;
      const value = audit.displayValue ? ` — ${audit.displayValue}` : "";
      const items = (audit.details as { items?: unknown[] } | undefined)?.items;
      const where = items?.length ? ` (${items.length} item${items.length === 1 ? "" : "s"})` : "";
      lines.push(`  ${audit.id} [score ${Math.round(audit.score * 100)}]${value}${where}: ${audit.title}`);
      for (const item of (items ?? []).slice(0, 3)) {
        const node = (item as { node?: { selector?: string; snippet?: string } }).node;
        const itemUrl = (item as { url?: string; source?: { url?: string } }).url;
        const description = (item as { description?: string }).description;
        const detail = node?.selector ?? itemUrl ?? description;
        if (typeof detail === "string") lines.push(`      ${detail.slice(0, 140)}`);
      }
    }
  }
  return lines;
}

async function waitFor(target: string) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(target)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${target} did not come up`);
}

/** A steering member's session (as bench/run.ts makes it), a meeting page and a training page. */
async function pages(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const token = randomBytes(32).toString("hex");
    await client.query(
      `INSERT INTO "Session" ("sessionToken", "userId", expires)
       SELECT $1, id, now() + interval '1 day' FROM "User" WHERE email = 'hanna@jkl.fi'`,
      [token],
    );
    const meeting = await client.query<{ id: string }>(
      `SELECT id FROM "Meeting" WHERE status = 'MINUTES_APPROVED' ORDER BY "startsAt" LIMIT 1`,
    );
    const offering = await client.query<{ slug: string }>(
      `SELECT o.slug FROM "Offering" o JOIN "TrainingMenu" m ON m.id = o."menuId"
        WHERE m.status = 'PUBLISHED' ORDER BY o."sortOrder", o.slug LIMIT 1`,
    );
    return {
      cookie: `authjs.session-token=${token}`,
      meetingPath: `/kokoukset/${meeting.rows[0]!.id}`,
      offeringPath: `/koulutukset/${offering.rows[0]!.slug}`,
    };
  } finally {
    await client.end();
  }
}
