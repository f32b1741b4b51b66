// npm run bench — the production server under load, on this machine
// (issue 10, "Benchmarks that must exist"). Takes a few minutes:
//
// 1. Demo data. Builds (unless BENCH_SKIP_BUILD=1), starts `next start` on a
//    fresh seeded database pinned to core 0 (`taskset -c 0`), and loads every
//    target IN ONE INTERLEAVED RUN from a load generator in a child process
//    pinned to core 1 (`taskset -c 1`, bench/load-child.ts): BENCH_ROUNDS
//    rounds (5) of BENCH_SLICE-second slices (2) per target, round-robin, the
//    starting target rotating each round, 16 connections (BENCH_CONNECTIONS),
//    after a 1-s warm-up per target. Drift on a shared machine thus falls on
//    all targets alike; each target's slices are aggregated (req/s = answers /
//    its seconds, exact percentiles of all its latencies). Without taskset (or
//    with one core) the output says so and both run unpinned. Each target's
//    req/s is divided by that of the prerendered /saavutettavuusseloste of the
//    same server and checked against issue 10's targets (public pages and
//    /api/health ≥ 0.8×, signed-in pages ≥ 0.25×; p99 ≤ 500 ms and no errors
//    for all). The server's RSS (VmRSS of its process tree, /proc) is sampled
//    every 200 ms during the run; the peak is printed (target ≤ 300 MB), with
//    the RSS just after the server started and at rest once every target has
//    been served (before the load): the floor the peak stands on.
//    BENCH_SERVER_NODE_OPTIONS sets NODE_OPTIONS for the servers only (e.g.
//    "--max-old-space-size=256"), never for the load generator.
//
//    Statements per request are measured in a dedicated phase before the load,
//    never under it: the bench's throwaway embedded PostgreSQL starts with
//    shared_preload_libraries=pg_stat_statements (track = top, so statements
//    run inside functions are not counted twice). For each target, after the
//    warm-up, the sum of `calls` of this database's entries is read, the target
//    is requested BENCH_STATEMENT_SAMPLES times (5) one after another, and
//    the sum is read again; the difference (BEGIN/COMMIT included, the
//    bench's own pg_stat_statements queries excluded, the idle rate measured
//    over 1 s before subtracted) divided by the number of requests is the
//    figure. With a DATABASE_URL server that has not preloaded the extension
//    the column reads "n/a".
//
// 2. Upload memory: if bench/upload.ts exists, its runUploadBench(base,
//    cookie, log) is called and the figures it returns are printed.
//
// 3. seed:large data (skipped with BENCH_SKIP_LARGE=1): a second database
//    with the demo data plus scripts/lib/seed-large.ts at BENCH_LARGE_SCALE
//    (0.25; seeds in about 10–30 s here), a second server (also on core 0),
//    its statements per request measured as above, then one interleaved run
//    of BENCH_LARGE_ROUNDS rounds (2) over the same paths on both servers,
//    each large-data slice followed by the same path on the demo-data server
//    (only one server is loaded at a time). Each large-data p95 is compared
//    with the demo-data p95 of that same run (target ≤ 1.5×), in a second
//    table; ↑ marks a path whose statements per request grew with the data.
//
// 4. The enrolment storm: enrolments POSTed by distinct users at 50
//    connections (BENCH_STORM_CONNECTIONS) for BENCH_STORM_SECONDS (8) with
//    /api/health loaded alongside, then the exact-capacity check (confirmed =
//    seatsTaken = capacity, waitlist 1…n). Then the same with two `next
//    start` processes on the same database (the second on port +1,
//    unpinned), the storm split across both: capacity must still be exact.
//
// Exit code 1 on errors, non-2xx answers or an inexact storm; with
// BENCH_STRICT=1 also when a target in the tables is missed.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed";
import { freshTestDatabase } from "@/scripts/lib/database";
import { migrate } from "@/scripts/lib/migrate";
import { createDatabaseIfMissing, dropDatabase, projectRoot } from "@/scripts/lib/postgres";
import { seedLargeData } from "@/scripts/lib/seed-large";
import { runLoad, type InterleavedResult, type InterleavedSpec, type LoadResult } from "./load";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CONNECTIONS = env("BENCH_CONNECTIONS", 16);
const SLICE = env("BENCH_SLICE", 2);
const ROUNDS = env("BENCH_ROUNDS", 5);
const LARGE_ROUNDS = env("BENCH_LARGE_ROUNDS", 2);
const WARMUP = env("BENCH_WARMUP", 1);
const STATEMENT_SAMPLES = env("BENCH_STATEMENT_SAMPLES", 5);
const PORT = env("BENCH_PORT", 3400);
const LARGE_SCALE = env("BENCH_LARGE_SCALE", 0.25);
const SKIP_LARGE = process.env.BENCH_SKIP_LARGE === "1";
const STRICT = process.env.BENCH_STRICT === "1";
const SERVER_NODE_OPTIONS = process.env.BENCH_SERVER_NODE_OPTIONS;
const STORM_CONNECTIONS = env("BENCH_STORM_CONNECTIONS", 50);
const STORM_SECONDS = env("BENCH_STORM_SECONDS", 8);
const STORM_CAPACITY = 100;
const STORM_USERS = 20_000;
const P99_LIMIT_MS = 500;
const RSS_LIMIT_MB = 300;
const LARGE_P95_LIMIT = 1.5;
const NEXT_BIN = path.join(projectRoot, "node_modules/next/dist/bin/next");
const log = (line: string) => console.log(`[bench] ${line}`);
const benchStarted = performance.now();
let phaseStarted = benchStarted;
/** Logs how long the phase just ended took (and the total so far). */
function phaseDone(name: string) {
  const now = performance.now();
  log(`${name}: ${((now - phaseStarted) / 1000).toFixed(0)} s (total ${((now - benchStarted) / 1000).toFixed(0)} s)`);
  phaseStarted = now;
}

type Kind = "static" | "public" | "signed-in" | "health";
type Target = { name: string; path: string; kind: Kind; headers?: Record<string, string> };
const MIN_RATIO: Record<Kind, number | null> = { static: null, public: 0.8, "signed-in": 0.25, health: 0.8 };

/** Pinning needs taskset and two cores; otherwise everything runs unpinned (and the output says so). */
const pinning = (() => {
  if (os.availableParallelism() < 2) return { ok: false, why: "only one core available" };
  const probe = spawnSync("taskset", ["-c", "1", "true"]);
  if (probe.error || probe.status !== 0) return { ok: false, why: "taskset is missing or failed" };
  return { ok: true, why: "" };
})();

const { server, url } = await freshTestDatabase(log, "pike_bench", {
  shared_preload_libraries: "pg_stat_statements",
  "pg_stat_statements.track": "top",
});
const apps: App[] = [];
let largeUrl: string | undefined;
let failed = false;
let missed = false;
try {
  await prepareDatabase(url);

  if (process.env.BENCH_SKIP_BUILD !== "1") {
    log("next build");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", cwd: projectRoot });
    if (build.status !== 0) throw new Error("next build failed");
  }
  phaseDone("database and build");

  // 1. Demo data: statements, then the interleaved run.
  const a = await startApp(PORT, url, 0);
  const startedRssMb = treeRssKb(a.pid) / 1024;
  const fixtures = await benchFixtures(url);
  const targets = benchTargets(fixtures);
  await checkTargets(a.base, targets);
  const statements = await measureStatements(url, a.base, targets);
  // At rest with every target's code loaded and served a few times: the floor
  // under the load's figure (issue 10's RSS target is measured against it).
  const restingRssMb = treeRssKb(a.pid) / 1024;
  phaseDone("server start and statements per request");
  const demo = await interleaved(
    a,
    targets.map((t) => ({ ...t, base: a.base })),
    ROUNDS,
  );
  printRatioTable(targets, demo, statements, { startedRssMb, restingRssMb });
  if (demo.results.some((r) => r.errors + r.non2xx + r.streamErrors > 0)) failed = true;
  phaseDone("interleaved run");

  // 2. Upload memory (bench/upload.ts, when it exists).
  await uploadHook(a, fixtures.coordinatorCookie);

  // 3. The same paths on seed:large data, interleaved with the demo server's
  // in one run (both servers on core 0, one loaded at a time), so that the
  // p95 factor is not the machine's drift between two runs.
  if (SKIP_LARGE) {
    log("BENCH_SKIP_LARGE=1: the seed:large phase is skipped");
  } else {
    largeUrl = server.url(`pike_bench_large_${Date.now().toString(36)}_${process.pid}`);
    await createDatabaseIfMissing(largeUrl);
    await prepareDatabase(largeUrl, LARGE_SCALE);
    phaseDone("seed:large database");
    const c = await startApp(PORT + 2, largeUrl, 0);
    const largeTargets = benchTargets(await benchFixtures(largeUrl));
    await checkTargets(c.base, largeTargets);
    const largeStatements = await measureStatements(largeUrl, c.base, largeTargets);
    const paired = await interleaved(
      c,
      largeTargets.flatMap((t, i) => [
        { ...t, name: `large: ${t.name}`, base: c.base },
        { ...targets[i]!, name: `demo: ${t.name}`, base: a.base },
      ]),
      LARGE_ROUNDS,
    );
    const large = paired.results.filter((_, i) => i % 2 === 0);
    const demoPaired = paired.results.filter((_, i) => i % 2 === 1);
    printLargeTable(
      largeTargets,
      { results: large, peakRssMb: paired.peakRssMb },
      largeStatements,
      demoPaired,
      statements,
    );
    if (paired.results.some((r) => r.errors + r.non2xx + r.streamErrors > 0)) failed = true;
    await c.stop();
    phaseDone("seed:large run");
  }

  // 4. Storms: one instance, then two on the same database.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await createStormUsers(client);
    if (!(await enrolmentStorm(client, [a]))) failed = true;
    const b = await startApp(PORT + 1, url, null);
    if (!(await enrolmentStorm(client, [a, b]))) failed = true;
    await b.stop();
  } finally {
    await client.end();
  }
  await a.stop();
  phaseDone("storms");
} finally {
  for (const app of [...apps]) await app.stop();
  if (largeUrl) await dropDatabase(largeUrl).catch(() => {});
  await dropDatabase(url).catch(() => {});
  await server.stop();
}
if (failed || (STRICT && missed)) process.exitCode = 1;

// ---------------------------------------------------------------------------

async function prepareDatabase(databaseUrl: string, largeScale?: number) {
  await migrate(databaseUrl, () => {});
  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    await seedDemoData(db);
  } finally {
    await db.$disconnect();
  }
  if (largeScale === undefined) return;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    log(`seed:large at scale ${largeScale}`);
    const report = await seedLargeData(client, { scale: largeScale });
    const total = Object.values(report.rows).reduce((x, y) => x + y, 0);
    log(`seed:large: ${total} rows in ${report.seconds.toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

type App = { base: string; pid: number; stop: () => Promise<void> };

/** `next start` on a port, pinned to `core` when pinning works (null: unpinned). */
async function startApp(port: number, databaseUrl: string, core: number | null): Promise<App> {
  const args = [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"];
  const options = {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"] as ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      // Node flags for the servers alone (e.g. a heap limit), not the load generator.
      ...(SERVER_NODE_OPTIONS === undefined ? {} : { NODE_OPTIONS: SERVER_NODE_OPTIONS }),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(24).toString("hex"),
      LOG_LEVEL: "warn",
    },
  };
  // taskset execs the command, so the child's pid is the server's.
  const child: ChildProcess =
    core !== null && pinning.ok
      ? spawn("taskset", ["-c", String(core), process.execPath, ...args], options)
      : spawn(process.execPath, args, options);
  const base = `http://127.0.0.1:${port}`;
  let stopped = false;
  child.once("exit", (code, signal) => {
    if (!stopped) log(`the server on port ${port} exited unexpectedly (code ${code}, signal ${signal})`);
  });
  const app: App = {
    base,
    pid: child.pid!,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      apps.splice(apps.indexOf(app), 1);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
  apps.push(app);
  await waitFor(`${base}/api/health`);
  return app;
}

type Fixtures = { cookie: string; coordinatorCookie: string; meetingPath: string; offeringPath: string };

/** A signed-in steering-group member's cookie, a seeded meeting, and a published offering with sessions. */
async function benchFixtures(databaseUrl: string): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const token = randomBytes(32).toString("hex");
    const coordinatorToken = randomBytes(32).toString("hex");
    await client.query(
      `INSERT INTO "Session" ("sessionToken", "userId", expires)
       SELECT $1, id, now() + interval '1 day' FROM "User" WHERE email = 'hanna@jkl.fi'
       UNION ALL
       SELECT $2, id, now() + interval '1 day' FROM "User" WHERE email = 'juli@tampere.fi'`,
      [token, coordinatorToken],
    );
    const meeting = await client.query<{ id: string }>(
      `SELECT id FROM "Meeting" WHERE status = 'MINUTES_APPROVED' ORDER BY "startsAt" LIMIT 1`,
    );
    const offering = await client.query<{ slug: string }>(
      `SELECT o.slug FROM "Offering" o
         JOIN "TrainingMenu" m ON m.id = o."menuId"
         JOIN "TrainingSession" s ON s."offeringId" = o.id
        WHERE m.status = 'PUBLISHED' AND o.slug NOT LIKE 'x-%'
        GROUP BY o.slug ORDER BY count(*) DESC, o.slug LIMIT 1`,
    );
    return {
      cookie: `authjs.session-token=${token}`,
      // The upload bench adds a material: a coordinator's work.
      coordinatorCookie: `authjs.session-token=${coordinatorToken}`,
      meetingPath: `/kokoukset/${meeting.rows[0]!.id}`,
      offeringPath: `/koulutukset/${encodeURIComponent(offering.rows[0]!.slug)}`,
    };
  } finally {
    await client.end();
  }
}

function benchTargets({ cookie, meetingPath, offeringPath }: Fixtures): Target[] {
  return [
    { name: "static /saavutettavuusseloste", path: "/saavutettavuusseloste", kind: "static" },
    { name: "menu /koulutukset", path: "/koulutukset", kind: "public" },
    { name: "session page", path: offeringPath, kind: "public" },
    { name: "home /", path: "/", kind: "public" },
    { name: "kits /pike-boksit", path: "/pike-boksit", kind: "public" },
    { name: "meeting page, signed in", path: meetingPath, kind: "signed-in", headers: { cookie } },
    { name: "/toimenpiteet, signed in", path: "/toimenpiteet?tila=kaikki", kind: "signed-in", headers: { cookie } },
    {
      name: "/api/search, signed in",
      path: "/api/search?q=omatoimikirjastoon",
      kind: "signed-in",
      headers: { cookie },
    },
    { name: "/api/health", path: "/api/health", kind: "health" },
  ];
}

async function checkTargets(base: string, targets: Target[]) {
  for (const target of targets) {
    const res = await fetch(`${base}${target.path}`, { headers: target.headers, redirect: "manual" });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${target.path} answered ${res.status}`);
  }
}

/** SQL statements per request per target (see the header), or null without pg_stat_statements. */
async function measureStatements(databaseUrl: string, base: string, targets: Target[]) {
  const perTarget = new Map<string, number | null>(targets.map((t) => [t.name, null]));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      await client.query("SELECT 1 FROM pg_stat_statements LIMIT 1");
    } catch (error) {
      log(`statements per request not measured: ${(error as Error).message}`);
      return perTarget;
    }
    const count = async () => {
      const { rows } = await client.query<{ n: string }>(
        `SELECT coalesce(sum(s.calls), 0) AS n FROM pg_stat_statements s
           JOIN pg_database d ON d.oid = s.dbid
          WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'`,
      );
      return Number(rows[0]!.n);
    };
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // Warm every target once (caches, compiled queries), then settle.
    for (const t of targets) await (await fetch(`${base}${t.path}`, { headers: t.headers })).arrayBuffer();
    await pause(300);
    const idleStart = await count();
    const idleStarted = performance.now();
    await pause(1000);
    const idleRate = ((await count()) - idleStart) / ((performance.now() - idleStarted) / 1000);
    if (idleRate > 0) log(`background statements with no requests: ${idleRate.toFixed(1)}/s (subtracted)`);
    for (const t of targets) {
      const before = await count();
      const started = performance.now();
      for (let i = 0; i < STATEMENT_SAMPLES; i++) {
        await (await fetch(`${base}${t.path}`, { headers: t.headers })).arrayBuffer();
      }
      await pause(200); // work finishing after the answer (e.g. a session touch)
      const seconds = (performance.now() - started) / 1000;
      const statements = (await count()) - before - idleRate * seconds;
      perTarget.set(t.name, Math.max(0, statements) / STATEMENT_SAMPLES);
    }
    return perTarget;
  } finally {
    await client.end();
  }
}

/** Sum of VmRSS (kB) of a process and its descendants. */
function treeRssKb(root: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* gone */
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) total += Number(match[1]);
    } catch {
      /* gone */
    }
  }
  return total;
}

/** The interleaved run, from a child process pinned to core 1; the server's RSS sampled meanwhile. */
async function interleaved(app: App, targets: (Target & { base: string })[], rounds: number) {
  const spec: InterleavedSpec = {
    targets: targets.map((t) => ({ name: t.name, url: `${t.base}${t.path}`, headers: t.headers })),
    connections: CONNECTIONS,
    slice: SLICE,
    rounds,
    warmup: WARMUP,
  };
  log(
    `interleaved run: ${targets.length} targets × ${rounds} rounds × ${SLICE} s at ${CONNECTIONS} connections ` +
      (pinning.ok ? "(server on core 0, load generator on core 1)" : `(UNPINNED: ${pinning.why})`),
  );
  const args = [process.execPath, "--import", "tsx", path.join(projectRoot, "bench/load-child.ts")];
  const child = pinning.ok
    ? spawn("taskset", ["-c", "1", ...args], { cwd: projectRoot, stdio: ["pipe", "pipe", "inherit"] })
    : spawn(args[0]!, args.slice(1), { cwd: projectRoot, stdio: ["pipe", "pipe", "inherit"] });
  let peakKb = treeRssKb(app.pid);
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(app.pid))), 200);
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stdin.end(JSON.stringify(spec));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  return { results: JSON.parse(output) as InterleavedResult[], peakRssMb: peakKb / 1024 };
}

function fmt(n: number | null | undefined, digits = 1) {
  return n === null || n === undefined || Number.isNaN(n) ? "n/a" : n.toFixed(digits);
}

function printRatioTable(
  targets: Target[],
  run: { results: InterleavedResult[]; peakRssMb: number },
  statements: Map<string, number | null>,
  rss: { startedRssMb: number; restingRssMb: number },
) {
  const staticRps = run.results[0]!.rps;
  console.log(
    `\nPiKe-portaali benchmark, demo data: one interleaved run, ${CONNECTIONS} connections, ${ROUNDS} rounds × ${SLICE} s per target, ` +
      `${pinning.ok ? "server on core 0, load generator on core 1" : `UNPINNED (${pinning.why})`}, ${new Date().toISOString()}`,
  );
  const header = [
    "path".padEnd(32),
    "req/s".padStart(7),
    "ratio".padStart(6),
    "target".padStart(7),
    "p50 ms".padStart(7),
    "p95 ms".padStart(7),
    "p99 ms".padStart(7),
    "errors".padStart(6),
    "stmt/req".padStart(8),
    "  result",
  ];
  console.log(header.join(" "));
  for (const [i, t] of targets.entries()) {
    const r = run.results[i]!;
    const ratio = r.rps / staticRps;
    const min = MIN_RATIO[t.kind];
    const errors = r.errors + r.non2xx + r.streamErrors;
    const problems = [
      min !== null && ratio < min ? "ratio" : "",
      r.p99 > P99_LIMIT_MS ? "p99" : "",
      errors > 0 ? "errors" : "",
    ].filter(Boolean);
    if (problems.length) missed = true;
    console.log(
      [
        t.name.padEnd(32),
        r.rps.toFixed(0).padStart(7),
        ratio.toFixed(2).padStart(6),
        (min === null ? "—" : `≥${min}`).padStart(7),
        fmt(r.p50).padStart(7),
        fmt(r.p95).padStart(7),
        fmt(r.p99).padStart(7),
        String(errors).padStart(6),
        fmt(statements.get(t.name)).padStart(8),
        "  " + (problems.length ? `FAIL (${problems.join(", ")})` : "pass"),
      ].join(" "),
    );
  }
  const rssOk = run.peakRssMb <= RSS_LIMIT_MB;
  if (!rssOk) missed = true;
  console.log(
    `server RSS under load: peak ${run.peakRssMb.toFixed(0)} MB (target ≤ ${RSS_LIMIT_MB} MB) → ${rssOk ? "pass" : "FAIL"}; ` +
      `before the load: ${rss.startedRssMb.toFixed(0)} MB just started, ` +
      `${rss.restingRssMb.toFixed(0)} MB at rest with every target served (no load)`,
  );
  console.log(
    `targets: ratio as shown, p99 ≤ ${P99_LIMIT_MS} ms and 0 errors for every row ` +
      "(errors = failed connections + non-2xx + HTML answers with a streamed error digest)\n",
  );
}

function printLargeTable(
  targets: Target[],
  run: { results: InterleavedResult[]; peakRssMb: number },
  statements: Map<string, number | null>,
  demo: InterleavedResult[],
  demoStatements: Map<string, number | null>,
) {
  console.log(
    `\nseed:large data (scale ${LARGE_SCALE}): one interleaved run, ${CONNECTIONS} connections, ${LARGE_ROUNDS} rounds × ${SLICE} s per target, interleaved with the demo-data server; p95 vs the demo server's p95 in that run`,
  );
  console.log(
    [
      "path".padEnd(32),
      "req/s".padStart(7),
      "p50 ms".padStart(7),
      "p95 ms".padStart(7),
      "p99 ms".padStart(7),
      "errors".padStart(6),
      "stmt/req".padStart(8),
      "demo p95".padStart(8),
      "p95 ×".padStart(6),
      "  result (≤1.5×)",
    ].join(" "),
  );
  for (const [i, t] of targets.entries()) {
    const r = run.results[i]!;
    const d = demo[i];
    const factor = d ? r.p95 / Math.max(d.p95, 0.1) : NaN;
    const errors = r.errors + r.non2xx + r.streamErrors;
    const problems = [!(factor <= LARGE_P95_LIMIT) ? "p95" : "", errors > 0 ? "errors" : ""].filter(Boolean);
    if (problems.length) missed = true;
    const stmts = statements.get(t.name);
    const demoStmts = demoStatements.get(t.name);
    const grew = stmts != null && demoStmts != null && stmts > demoStmts + 0.05;
    console.log(
      [
        t.name.padEnd(32),
        r.rps.toFixed(0).padStart(7),
        fmt(r.p50).padStart(7),
        fmt(r.p95).padStart(7),
        fmt(r.p99).padStart(7),
        String(errors).padStart(6),
        (fmt(stmts) + (grew ? "↑" : "")).padStart(8),
        fmt(d?.p95).padStart(8),
        fmt(factor, 2).padStart(6),
        "  " + (problems.length ? `FAIL (${problems.join(", ")})` : "pass"),
      ].join(" "),
    );
  }
  console.log(`server RSS under load: peak ${run.peakRssMb.toFixed(0)} MB; ↑ = more statements than on demo data\n`);
}

/** Calls runUploadBench(base, cookie, log) of bench/upload.ts when that module exists. */
async function uploadHook(app: App, cookie: string) {
  const file = path.join(projectRoot, "bench/upload.ts");
  if (!existsSync(file)) {
    log("bench/upload.ts not present: no upload-memory figures");
    return;
  }
  const mod = (await import(pathToFileURL(file).href)) as {
    runUploadBench?: (base: string, cookie: string, log: (line: string) => void) => Promise<unknown>;
  };
  if (typeof mod.runUploadBench !== "function") {
    log("bench/upload.ts does not export runUploadBench");
    return;
  }
  const figures = await mod.runUploadBench(app.base, cookie, log);
  console.log("\nUpload memory (bench/upload.ts)");
  if (figures && typeof figures === "object") {
    for (const [key, value] of Object.entries(figures)) console.log(`  ${key}: ${JSON.stringify(value)}`);
  } else if (figures !== undefined) {
    console.log(`  ${JSON.stringify(figures)}`);
  }
}

/** STORM_USERS staff users, each with a session: cookie `bench-token-<n>`, n = 1…STORM_USERS. */
async function createStormUsers(client: pg.Client) {
  const library = await client.query<{ id: string }>(`SELECT id FROM "Library" WHERE slug = 'valkeakoski'`);
  await client.query(
    `INSERT INTO "User" (email, name, roles, "libraryId")
     SELECT 'bench' || g || '@valkeakoski.fi', 'Bench ' || g, ARRAY['STAFF']::"Role"[], $1
       FROM generate_series(1, $2) g`,
    [library.rows[0]!.id, STORM_USERS],
  );
  await client.query(
    `INSERT INTO "Session" ("sessionToken", "userId", expires)
     SELECT 'bench-token-' || substring(u.email from '[0-9]+'), u.id, now() + interval '1 day'
       FROM "User" u WHERE u.email LIKE 'bench%@valkeakoski.fi'`,
  );
}

/**
 * POSTs enrolments for a new session of capacity STORM_CAPACITY, each request
 * by another user, split evenly across the instances (each its own users),
 * while the first instance's /api/health is under load too; then checks that
 * exactly the capacity is confirmed and the waitlist is 1…n without gaps.
 */
async function enrolmentStorm(client: pg.Client, instances: App[]): Promise<boolean> {
  const { rows } = await client.query<{ sessionId: string }>(
    `INSERT INTO "TrainingSession" ("offeringId", "startsAt", "endsAt", capacity, "registrationOpensAt", "registrationClosesAt")
     SELECT o.id, now() + interval '30 days', now() + interval '30 days 3 hours', $1, now() - interval '1 day', now() + interval '29 days'
       FROM "Offering" o JOIN "TrainingMenu" m ON m.id = o."menuId"
      WHERE m.status = 'PUBLISHED' AND o.kind = 'WORKSHOP' LIMIT 1
     RETURNING id AS "sessionId"`,
    [STORM_CAPACITY],
  );
  const sessionId = rows[0]!.sessionId;
  const n = instances.length;
  const usersEach = Math.floor(STORM_USERS / n);
  const connectionsEach = Math.max(1, Math.round(STORM_CONNECTIONS / n));
  const [health, ...storms] = await Promise.all([
    runLoad({ url: `${instances[0]!.base}/api/health`, connections: 4, seconds: STORM_SECONDS }),
    ...instances.map((app, k) =>
      runLoad({
        url: `${app.base}/api/trainings/${sessionId}/enrolments`,
        method: "POST",
        connections: connectionsEach,
        seconds: STORM_SECONDS,
        // On a busy machine, go on until the session is surely full (each instance its share).
        minRequests: Math.ceil((2 * STORM_CAPACITY) / n),
        maxSeconds: 60,
        // Each request is another user (instance k: users k+1, k+1+n, …); past usersEach they repeat (409).
        headers: (i) => ({
          cookie: `authjs.session-token=bench-token-${(i % usersEach) * n + k + 1}`,
          origin: app.base,
          "content-type": "application/json",
        }),
        body: () => "{}",
      }),
    ),
  ]);

  const check = await client.query<{ confirmed: number; waitlisted: number; seats: number; gapless: boolean }>(
    `SELECT count(*) FILTER (WHERE e.status = 'CONFIRMED')::int AS confirmed,
            count(*) FILTER (WHERE e.status = 'WAITLISTED')::int AS waitlisted,
            max(s."seatsTaken")::int AS seats,
            coalesce(array_agg(e."waitlistPosition" ORDER BY e."waitlistPosition") FILTER (WHERE e.status = 'WAITLISTED')
              = array(SELECT generate_series(1, count(*) FILTER (WHERE e.status = 'WAITLISTED')::int)), true) AS gapless
       FROM "TrainingSession" s LEFT JOIN "Enrolment" e ON e."sessionId" = s.id
      WHERE s.id = $1`,
    [sessionId],
  );
  const c = check.rows[0]!;
  const created = storms.reduce((sum, r) => sum + (r.statuses[201] ?? 0), 0);
  const exact =
    c.confirmed === STORM_CAPACITY && c.seats === STORM_CAPACITY && c.gapless && c.confirmed + c.waitlisted === created;
  const title =
    n === 1
      ? `Enrolment storm: ${STORM_CONNECTIONS} connections POSTing enrolments for ${STORM_SECONDS} s (longer until 2× capacity answered), capacity ${STORM_CAPACITY}`
      : `Two-instance enrolment storm: ${n} × ${connectionsEach} connections, one \`next start\` each (ports ${instances.map((i) => new URL(i.base).port).join(", ")}), one database, ${STORM_SECONDS} s, capacity ${STORM_CAPACITY}`;
  console.log(`\n${title}`);
  console.log(
    [
      "target".padEnd(40),
      "req/s".padStart(8),
      "p50 ms".padStart(8),
      "p95 ms".padStart(8),
      "p99 ms".padStart(8),
      "errors".padStart(7),
      "  statuses",
    ].join(" "),
  );
  const rowsOut: [string, LoadResult][] = [
    ...storms.map((r, k): [string, LoadResult] => [
      `POST enrolments${n > 1 ? `, instance ${String.fromCharCode(65 + k)}` : ""} (${connectionsEach} conn.)`,
      r,
    ]),
    ["GET /api/health during the storm", health],
  ];
  for (const [name, r] of rowsOut) {
    console.log(
      [
        name.padEnd(40),
        r.rps.toFixed(0).padStart(8),
        fmt(r.p50).padStart(8),
        fmt(r.p95).padStart(8),
        fmt(r.p99).padStart(8),
        String(r.errors).padStart(7),
        "  " + JSON.stringify(r.statuses),
      ].join(" "),
    );
  }
  console.log(
    `capacity check: ${created} answered 201, ${c.confirmed} confirmed of ${STORM_CAPACITY}, seatsTaken ${c.seats}, ${c.waitlisted} waitlisted, positions ${c.gapless ? "1…n without gaps" : "WITH GAPS"} → ${exact ? "EXACT" : "FAILED"}`,
  );
  return exact && rowsOut.every(([, r]) => r.errors === 0);
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
