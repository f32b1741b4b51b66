// npm run bench:programmes — a programme's progress page for a coordinator
// under load (issue 13: "the progress page's p95 for a coordinator with the
// demo data and with 5,000 participants"):
//
//   (a) on the demo data (npm run db:seed's aspa-ajokortti: about 170
//       participants since 2021), and
//   (b) on the demo data plus generated participants of the same programme up
//       to BENCH_PROGRAMMES_PARTICIPANTS (5,000) in all: staff of every member
//       library in turn, a fifth completed (all required parts, 10–69 days
//       after joining), one in seventeen left, the rest active with 0…n−1
//       parts done and their last progress 0–89 days ago (so about two thirds
//       "stuck"), inserted by set-based SQL (generate_series) into a scratch
//       database that the bench creates and drops.
//
// Paths, all signed in as the coordinator juli@tampere.fi: the progress page
// /koulutukset/hallinta/ohjelmat/{id}/eteneminen, the same with the "stuck"
// filter (?stuck=1), and the figures' CSV export. Each phase starts `next
// start` on its database (core 0 with taskset when it can) and loads the
// paths interleaved from bench/load-child.ts (core 1): BENCH_PROGRAMMES_ROUNDS
// (3) rounds of BENCH_PROGRAMMES_SLICE s (3) per path at
// BENCH_PROGRAMMES_CONNECTIONS (4), after a 1-s warm-up. Prints p50, p95, p99,
// req/s and the answer's size per path and phase, and the plan of the page's
// list query on (b). Builds first unless BENCH_SKIP_BUILD=1. About a minute
// here (plus the build).
import pg from "pg";
import { freshTestDatabase } from "@/scripts/lib/database";
import { createDatabaseIfMissing, dropDatabase } from "@/scripts/lib/postgres";
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
const PORT = env("BENCH_PROGRAMMES_PORT", 3470);
const CONNECTIONS = env("BENCH_PROGRAMMES_CONNECTIONS", 4);
const SLICE = env("BENCH_PROGRAMMES_SLICE", 3);
const ROUNDS = env("BENCH_PROGRAMMES_ROUNDS", 3);
const PARTICIPANTS = env("BENCH_PROGRAMMES_PARTICIPANTS", 5000);
const PROGRAMME = "aspa-ajokortti";
const COORDINATOR = "juli@tampere.fi";
const log = (line: string) => console.log(`[bench:programmes] ${line}`);

type Sized = InterleavedResult & { bytes: number };
type Phase = { name: string; participants: number; results: Sized[] };

const started = performance.now();
const { server, url } = await freshTestDatabase(log, "pike_bench_programmes");
const largeUrl = server.url(`pike_bench_programmes_large_${Date.now().toString(36)}_${process.pid}`);
let failed = false;
try {
  await prepareDemoDatabase(url);
  await createDatabaseIfMissing(largeUrl);
  await prepareDemoDatabase(largeUrl);
  const generated = await generateParticipants(largeUrl, PARTICIPANTS);
  log(
    `(b): ${generated.added} participants added (${generated.completions} part completions) in ${generated.seconds.toFixed(1)} s`,
  );

  buildApp(log);

  const phases: Phase[] = [];
  for (const [name, databaseUrl] of [
    ["(a) demo data", url],
    [`(b) ${PARTICIPANTS} participants`, largeUrl],
  ] as const) {
    const app = await startApp(PORT, databaseUrl);
    try {
      const fixtures = await benchFixtures(databaseUrl);
      const page = `${app.base}/koulutukset/hallinta/ohjelmat/${fixtures.offeringId}/eteneminen`;
      const headers = { cookie: fixtures.cookie };
      const targets: Target[] = [
        { name: "progress page", url: page, headers },
        { name: "progress page ?stuck=1", url: `${page}?stuck=1`, headers },
        {
          name: "figures.csv",
          url: `${app.base}/api/exports/programmes/${fixtures.offeringId}/figures.csv`,
          headers,
        },
      ];
      const bytes = new Map<string, number>();
      for (const target of targets) {
        const once = await fetchOnce(target);
        bytes.set(target.name, once.bytes);
        if (target.name === "progress page") {
          const rows = (once.body.match(/<tr/g) ?? []).length;
          log(`${name}: the page has ${rows} table rows (${(once.bytes / 1024).toFixed(0)} kB)`);
        }
      }
      const results = await interleaved(targets, { connections: CONNECTIONS, slice: SLICE, rounds: ROUNDS }, log);
      if (results.some((r) => failures(r) > 0)) failed = true;
      phases.push({
        name,
        participants: fixtures.participants,
        results: results.map((r) => ({ ...r, bytes: bytes.get(r.name) ?? 0 })),
      });
    } finally {
      await app.stop();
    }
  }
  print(phases);
  await explain(largeUrl);
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await dropDatabase(largeUrl).catch(() => {});
  await dropDatabase(url).catch(() => {});
  await server.stop();
}
if (failed) process.exitCode = 1;

// ---------------------------------------------------------------------------

/**
 * Participants of the aspa-ajokortti up to `total`, spread over the member
 * libraries (k-th person: library k mod n), with their users and part
 * completions; see the file's comment for the mix. One transaction, then
 * ANALYZE.
 */
async function generateParticipants(databaseUrl: string, total: number) {
  const t0 = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    const existing = await client.query<{ id: string; count: number }>(
      `SELECT o.id, (SELECT count(*) FROM "ProgrammeParticipation" p WHERE p."offeringId" = o.id)::int AS count
         FROM "Offering" o WHERE o.slug = $1`,
      [PROGRAMME],
    );
    const { id: offeringId, count } = existing.rows[0]!;
    const add = Math.max(0, total - count);
    await client.query(
      `INSERT INTO "User" (email, name, roles, "libraryId", title, "profileCompletedAt")
       SELECT 'bench-osallistuja-' || k || '@bench.invalid', 'Osallistuja ' || lpad(k::text, 4, '0'),
              ARRAY['STAFF']::"Role"[], l.ids[1 + k % array_length(l.ids, 1)], 'Kirjastovirkailija', now()
         FROM generate_series(1, $1::int) AS k,
              (SELECT array_agg(id ORDER BY slug) AS ids FROM "Library") AS l`,
      [add],
    );
    await client.query(
      `WITH people AS (
         SELECT u.id, substring(u.email from 'bench-osallistuja-([0-9]+)@')::int AS k
           FROM "User" u WHERE u.email LIKE 'bench-osallistuja-%'
       ), timed AS (
         SELECT id, k, now() - ((100 + k % 1000) || ' days')::interval AS joined FROM people
       )
       INSERT INTO "ProgrammeParticipation" ("offeringId", "userId", status, "joinedAt", "leftAt", "completedAt", "lastProgressAt")
       SELECT $1::uuid, id,
              (CASE WHEN k % 5 = 0 THEN 'COMPLETED' WHEN k % 17 = 1 THEN 'LEFT' ELSE 'ACTIVE' END)::"ParticipationStatus",
              joined,
              CASE WHEN k % 5 <> 0 AND k % 17 = 1 THEN now() - ((k % 90) || ' days')::interval END,
              CASE WHEN k % 5 = 0 THEN joined + ((10 + k % 60) || ' days')::interval END,
              CASE WHEN k % 5 = 0 THEN joined + ((10 + k % 60) || ' days')::interval
                   ELSE now() - ((k % 90) || ' days')::interval END
         FROM timed`,
      [offeringId],
    );
    // Parts done: every required part for the completed; the first k mod n for the rest.
    const completions = await client.query(
      `WITH parts AS (
         SELECT id, row_number() OVER (ORDER BY position) AS n, count(*) OVER () AS total
           FROM "ProgrammeModule" WHERE "offeringId" = $1::uuid AND required
       )
       INSERT INTO "ModuleCompletion" ("moduleId", "userId", "completedAt", note)
       SELECT parts.id, p."userId", p."lastProgressAt", 'bench'
         FROM "ProgrammeParticipation" p
         JOIN "User" u ON u.id = p."userId" AND u.email LIKE 'bench-osallistuja-%'
         JOIN parts ON parts.n <= CASE WHEN p.status = 'COMPLETED' THEN parts.total
                                       ELSE substring(u.email from 'bench-osallistuja-([0-9]+)@')::int % parts.total END
        WHERE p."offeringId" = $1::uuid`,
      [offeringId],
    );
    await client.query("COMMIT");
    await client.query(`ANALYZE "User"; ANALYZE "ProgrammeParticipation"; ANALYZE "ModuleCompletion"`);
    return { added: add, completions: completions.rowCount ?? 0, seconds: (performance.now() - t0) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** The coordinator's session, the programme, and how many take part in it. */
async function benchFixtures(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const cookie = await sessionCookie(client, COORDINATOR);
    const programme = await client.query<{ id: string; participants: number }>(
      `SELECT o.id, (SELECT count(*) FROM "ProgrammeParticipation" p WHERE p."offeringId" = o.id)::int AS participants
         FROM "Offering" o WHERE o.slug = $1`,
      [PROGRAMME],
    );
    return {
      cookie,
      offeringId: programme.rows[0]!.id,
      participants: programme.rows[0]!.participants,
    };
  } finally {
    await client.end();
  }
}

function print(phases: Phase[]) {
  console.log("");
  console.log("| data | participants | path | size kB | req/s | p50 ms | p95 ms | p99 ms | errors |");
  console.log("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const phase of phases) {
    for (const r of phase.results) {
      console.log(
        `| ${phase.name} | ${phase.participants} | ${r.name} | ${(r.bytes / 1024).toFixed(1)} | ${oneDecimal(r.rps)} | ` +
          `${oneDecimal(r.p50)} | ${oneDecimal(r.p95)} | ${oneDecimal(r.p99)} | ${failures(r)} |`,
      );
    }
  }
  console.log("");
}

/** The plans on (b) of the page's list (first page, active and longest idle first) and of the figures. */
async function explain(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const offering = await client.query<{ id: string }>(`SELECT id FROM "Offering" WHERE slug = $1`, [PROGRAMME]);
    const id = offering.rows[0]!.id;
    const from = `FROM "ProgrammeParticipation" p JOIN "Offering" o ON o."id" = p."offeringId"
      JOIN "User" u ON u."id" = p."userId" LEFT JOIN "Library" l ON l."id" = u."libraryId"`;
    const plans = [
      [
        "the list, page 1",
        `SELECT p."id", u."name", l."name", (count(*) OVER ())::int ${from} WHERE p."offeringId" = $1::uuid
          ORDER BY (p."status" = 'ACTIVE') DESC, p."lastProgressAt" ASC, p."id" ASC LIMIT 51 OFFSET 0`,
      ],
      [
        "the figures",
        `SELECT l."id", l."region", count(*), count(*) FILTER (WHERE p."status" = 'COMPLETED') ${from}
          WHERE p."offeringId" = $1::uuid GROUP BY GROUPING SETS ((l."region", l."id"), (l."region"), ())`,
      ],
    ] as const;
    for (const [name, sql] of plans) {
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, [id]);
      console.log(`EXPLAIN ANALYZE, ${name}:`);
      for (const row of plan.rows) console.log(`  ${row["QUERY PLAN"]}`);
    }
  } finally {
    await client.end();
  }
}
