// npm run bench:coverage — the coverage dashboard under load (issue 16: "the
// dashboard with 10 years of data: p95 ≤ 300 ms at 4 connections"):
//
//   (a) on the demo data (npm run db:seed's), and
//   (b) on the demo data plus `npm run seed:large`'s generator
//       (scripts/lib/seed-large.ts) at BENCH_COVERAGE_SCALE (1: ten years,
//       300 libraries, 20,000 users, 8,000 sessions, 1,000,000 enrolments,
//       20,800 kit loans, ~10,000 network memberships, 6,000 programme
//       participations, 1,500 job-shadowing applications, 2,000 workshop
//       orders), in a scratch database that the bench creates and drops.
//
// Paths, all signed in as the coordinator juli@tampere.fi: GET
// /api/reports/coverage (this year so far) and ?from=2017-01-01&to=2026-12-31
// (ten years), the dashboard /raportit with the same two periods, and the
// feedback report /raportit/palaute (this year; no target of its own). Each
// phase starts `next start` on its database (core 0 with taskset when it can)
// and loads the paths interleaved from bench/load-child.ts (core 1):
// BENCH_COVERAGE_ROUNDS (3) rounds of BENCH_COVERAGE_SLICE s (3) per path at
// BENCH_COVERAGE_CONNECTIONS (4), after a 1-s warm-up. Prints p50, p95, p99,
// req/s and the answer's size per path and phase, and whether p95 ≤ 300 ms.
// The reports are cached and expired by the database at every write to what
// they count (ADR 33), so the load is served from the cache; after it, each
// path's first view after a write (a miss) is timed BENCH_COVERAGE_AFTER_WRITE
// (10) times, one at a time, and printed in a second table;
// then, on (b), EXPLAIN (ANALYZE, BUFFERS) of the statements one request runs
// (lib/coverage/data.ts: the period, the period before it, the five-year trend
// line), this year's and the ten years': execution times and how each big
// table is read (BENCH_COVERAGE_PLANS=full prints the whole plans).
// BENCH_COVERAGE_EXPLAIN_ONLY=1 generates the data and prints the plans only
// (no build, no server). Builds first unless BENCH_SKIP_BUILD=1. Generating
// (b) at scale 1 took 47–55 s here on the embedded PostgreSQL 17 (75 s on a
// busy PostgreSQL 15); the plans-only run 80 s, the whole bench about 4
// minutes plus the build.
import pg from "pg";
import { coverageStatement, TREND_YEARS, yearsStatement } from "@/lib/coverage/data";
import { periodOf, previousPeriod, type Period } from "@/lib/coverage/rules";
import { freshTestDatabase } from "@/scripts/lib/database";
import { createDatabaseIfMissing, dropDatabase } from "@/scripts/lib/postgres";
import { seedLargeData } from "@/scripts/lib/seed-large";
import type { InterleavedResult } from "./load";
import {
  buildApp,
  failures,
  fetchOnce,
  interleaved,
  oneDecimal,
  prepareDemoDatabase,
  sessionCookie,
  startApp,
  type Target,
} from "./domain-bench";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const PORT = env("BENCH_COVERAGE_PORT", 3480);
const CONNECTIONS = env("BENCH_COVERAGE_CONNECTIONS", 4);
const SLICE = env("BENCH_COVERAGE_SLICE", 3);
const ROUNDS = env("BENCH_COVERAGE_ROUNDS", 3);
const SCALE = env("BENCH_COVERAGE_SCALE", 1);
const EXPLAIN_ONLY = process.env.BENCH_COVERAGE_EXPLAIN_ONLY === "1";
const FULL_PLANS = process.env.BENCH_COVERAGE_PLANS === "full";
const COORDINATOR = "juli@tampere.fi";
const TEN_YEARS: Period = { from: "2017-01-01", to: "2026-12-31" };
const P95_LIMIT_MS = 300;
const AFTER_WRITE_SAMPLES = env("BENCH_COVERAGE_AFTER_WRITE", 10);
/** The feedback report (issue 16 item 4), this year: measured alongside, no target of its own. */
const FEEDBACK_PATH = "/raportit/palaute, this year";
/** The tables whose reads the plan summary shows. */
const BIG_TABLES = [
  "TrainingSession",
  "Enrolment",
  "User",
  "KitReservation",
  "ExchangeApplication",
  "WorkshopOrder",
  "ProgrammeParticipation",
  "NetworkMembership",
];
const log = (line: string) => console.log(`[bench:coverage] ${line}`);

type Sized = InterleavedResult & { bytes: number };
type Phase = { name: string; results: Sized[]; afterWrite: { name: string; p50: number; p95: number; max: number }[] };

const started = performance.now();
const { server, url } = await freshTestDatabase(log, "pike_bench_coverage");
const largeUrl = server.url(`pike_bench_coverage_large_${Date.now().toString(36)}_${process.pid}`);
let failed = false;
try {
  await prepareDemoDatabase(url);
  await createDatabaseIfMissing(largeUrl);
  await prepareDemoDatabase(largeUrl);
  log(`(b): generating seed:large data at scale ${SCALE}`);
  const generated = await generateLarge(largeUrl);
  log(`(b): ${generated.rows} rows generated in ${generated.seconds.toFixed(1)} s`);

  if (EXPLAIN_ONLY) {
    await explain(largeUrl);
  } else {
    buildApp(log);
    const phases: Phase[] = [];
    for (const [name, databaseUrl] of [
      ["(a) demo data", url],
      [`(b) seed:large, scale ${SCALE}`, largeUrl],
    ] as const) {
      const app = await startApp(PORT, databaseUrl);
      try {
        const headers = { cookie: await coordinatorCookie(databaseUrl) };
        const tenYears = `from=${TEN_YEARS.from}&to=${TEN_YEARS.to}`;
        // The page names its filters in Finnish (lib/coverage/schema.ts dashboardQuerySchema).
        const tenYearsPage = `jakso=oma&alku=${TEN_YEARS.from}&loppu=${TEN_YEARS.to}`;
        const targets: Target[] = [
          { name: "API, this year", url: `${app.base}/api/reports/coverage`, headers },
          { name: "API, ten years", url: `${app.base}/api/reports/coverage?${tenYears}`, headers },
          { name: "/raportit, this year", url: `${app.base}/raportit`, headers },
          { name: "/raportit, ten years", url: `${app.base}/raportit?${tenYearsPage}`, headers },
          { name: FEEDBACK_PATH, url: `${app.base}/raportit/palaute`, headers },
        ];
        const bytes = new Map<string, number>();
        for (const target of targets) {
          const once = await fetchOnce(target);
          bytes.set(target.name, once.bytes);
          if (target.name === "API, this year") {
            const report = JSON.parse(once.body) as { libraries?: unknown[]; totals?: { participants?: number } };
            log(
              `${name}: ${report.libraries?.length ?? 0} libraries, ${report.totals?.participants ?? 0} participants this year`,
            );
          }
        }
        const results = await interleaved(targets, { connections: CONNECTIONS, slice: SLICE, rounds: ROUNDS }, log);
        if (results.some((r) => failures(r) > 0)) failed = true;
        const afterWrite = await firstViewsAfterWrites(databaseUrl, targets.slice(0, 4));
        phases.push({ name, results: results.map((r) => ({ ...r, bytes: bytes.get(r.name) ?? 0 })), afterWrite });
      } finally {
        await app.stop();
      }
    }
    print(phases);
    await explain(largeUrl);
  }
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await dropDatabase(largeUrl).catch(() => {});
  await dropDatabase(url).catch(() => {});
  await server.stop();
}
if (failed) process.exitCode = 1;

// ---------------------------------------------------------------------------

async function generateLarge(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const report = await seedLargeData(client, { scale: SCALE, log: (line) => log(line) });
    return { rows: Object.values(report.rows).reduce((a, b) => a + b, 0), seconds: report.seconds };
  } finally {
    await client.end();
  }
}

/**
 * The cost of a miss: the reports are cached and the database expires them at
 * every write to what they count (migration 1734040000000_coverage_cache_tag),
 * so the first view after a write runs the statements and renders anew. Per
 * target, AFTER_WRITE_SAMPLES times one after another, without other load: a
 * write that counts (a library's staff count, set to itself), a moment for
 * the server to hear of it, then one request, timed.
 */
async function firstViewsAfterWrites(databaseUrl: string, targets: Target[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const out: Phase["afterWrite"] = [];
    for (const target of targets) {
      const times: number[] = [];
      for (let i = 0; i < AFTER_WRITE_SAMPLES; i++) {
        await client.query(
          `UPDATE "Library" SET "staffCount" = "staffCount" WHERE "id" = (SELECT "id" FROM "Library" ORDER BY "slug" LIMIT 1)`,
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
        const t0 = performance.now();
        await fetchOnce(target);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
      out.push({ name: target.name, p50: at(0.5), p95: at(0.95), max: times.at(-1)! });
    }
    return out;
  } finally {
    await client.end();
  }
}

async function coordinatorCookie(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await sessionCookie(client, COORDINATOR);
  } finally {
    await client.end();
  }
}

function print(phases: Phase[]) {
  console.log("");
  console.log(`| data | path | size kB | req/s | p50 ms | p95 ms | p99 ms | errors | p95 ≤ ${P95_LIMIT_MS} ms |`);
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  for (const phase of phases) {
    for (const r of phase.results) {
      console.log(
        `| ${phase.name} | ${r.name} | ${(r.bytes / 1024).toFixed(1)} | ${oneDecimal(r.rps)} | ` +
          `${oneDecimal(r.p50)} | ${oneDecimal(r.p95)} | ${oneDecimal(r.p99)} | ${failures(r)} | ` +
          `${r.name === FEEDBACK_PATH ? "–" : r.p95 <= P95_LIMIT_MS ? "yes" : "NO"} |`,
      );
    }
  }
  console.log(
    `\n${CONNECTIONS} connections, ${ROUNDS} rounds × ${SLICE} s per path, interleaved; signed in as ${COORDINATOR}\n`,
  );
  console.log(
    `The first view after a write (a cache miss: the statements run), ${AFTER_WRITE_SAMPLES} each, one at a time:\n`,
  );
  console.log("| data | path | p50 ms | p95 ms | max ms |");
  console.log("| --- | --- | ---: | ---: | ---: |");
  for (const phase of phases) {
    for (const r of phase.afterWrite) {
      console.log(`| ${phase.name} | ${r.name} | ${oneDecimal(r.p50)} | ${oneDecimal(r.p95)} | ${oneDecimal(r.max)} |`);
    }
  }
  console.log("");
}

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
};

function nodes(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodes)];
}

/**
 * The statements one request runs (getCoverage: the period, the period before
 * it and the trend line), for this year so far and for ten years, on (b),
 * as a coordinator sees them (every library).
 */
async function explain(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl, options: "-c TimeZone=UTC" });
  await client.connect();
  try {
    const all = { region: null, municipalityOf: null };
    const statements = [periodOf({}), TEN_YEARS].flatMap((period) => {
      const label = period === TEN_YEARS ? "ten years" : "this year";
      const lastYear = Number(period.to.slice(0, 4));
      const previous = previousPeriod(period);
      return [
        [`${label}: ${period.from} – ${period.to}`, coverageStatement(period, all)],
        [
          `${label}: the period before, ${previous.from} – ${previous.to}`,
          coverageStatement(previous, all, { totalsOnly: true }),
        ],
        [
          `${label}: trend ${lastYear - TREND_YEARS + 1}–${lastYear}`,
          yearsStatement(lastYear - TREND_YEARS + 1, lastYear, all),
        ],
      ] as const;
    });
    console.log(`EXPLAIN (ANALYZE, BUFFERS) on (b), the statements of one coordinator's request:`);
    for (const [name, statement] of statements) {
      // Once unmeasured: the figures below are of a warm cache, as under load.
      await client.query(statement.text, statement.values);
      const { rows } = await client.query<{
        "QUERY PLAN": [
          { Plan: PlanNode; "Execution Time": number; "Planning Time": number; JIT?: { Timing: { Total: number } } },
        ];
      }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.text}`, statement.values);
      const result = rows[0]!["QUERY PLAN"][0];
      const reads = new Map<string, string[]>();
      for (const n of nodes(result.Plan)) {
        const table = n["Relation Name"];
        if (!table || !BIG_TABLES.includes(table)) continue;
        const how = `${n["Node Type"]}${n["Index Name"] ? ` ${n["Index Name"]}` : ""} (${(n["Actual Rows"] ?? 0) * (n["Actual Loops"] ?? 1)} rows)`;
        reads.set(table, [...(reads.get(table) ?? []), how]);
      }
      console.log(
        `\n  ${name}: execution ${result["Execution Time"].toFixed(1)} ms, planning ${result["Planning Time"].toFixed(1)} ms` +
          // A server with LLVM (Debian's packages) compiles statements this costly: seconds of it, included above.
          (result.JIT ? `, of which JIT ${result.JIT.Timing.Total.toFixed(1)} ms` : ""),
      );
      for (const table of BIG_TABLES) {
        if (reads.has(table)) console.log(`    ${table.padEnd(24)} ${reads.get(table)!.join("; ")}`);
      }
      if (FULL_PLANS) {
        const text = await client.query<{ "QUERY PLAN": string }>(
          `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`,
          statement.values,
        );
        for (const row of text.rows) console.log(`      ${row["QUERY PLAN"]}`);
      }
    }
    console.log("");
  } finally {
    await client.end();
  }
}
