// npm run bench — the production server under load, on this machine.
// Builds (unless BENCH_SKIP_BUILD=1), starts `next start` on a fresh seeded
// database, and measures side by side at 16 concurrent connections:
// a prerendered static page, the public training menu, the seeded meeting
// page as a signed-in steering-group member, and /api/health. Prints each
// target's throughput and p50/p95/p99 latency, and its ratio to the static page.
// Then the enrolment storm: POST enrolments by distinct users at 50 connections
// while /api/health is loaded in the same run, and the exact-capacity check.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed";
import { freshTestDatabase } from "@/scripts/lib/database";
import { migrate } from "@/scripts/lib/migrate";
import { dropDatabase, projectRoot } from "@/scripts/lib/postgres";
import { runLoad } from "./load";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const base = `http://127.0.0.1:${PORT}`;
const STORM_CONNECTIONS = Number(process.env.BENCH_STORM_CONNECTIONS ?? 50);
const STORM_CAPACITY = 100;
const STORM_USERS = 20_000;
const log = (line: string) => console.log(`[bench] ${line}`);

const { server, url } = await freshTestDatabase(log, "pike_bench");
let app: ReturnType<typeof spawn> | undefined;
try {
  await migrate(url);
  const db = createPrismaClient(url, { max: 2 });
  await seedDemoData(db);
  await db.$disconnect();

  if (process.env.BENCH_SKIP_BUILD !== "1") {
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
  await waitFor(`${base}/api/health`);

  const { cookie, meetingPath } = await signedInSteeringMember(url);
  const targets = [
    { name: "static page (/saavutettavuusseloste)", path: "/saavutettavuusseloste" },
    { name: "training menu (/koulutukset)", path: "/koulutukset" },
    { name: "meeting page, signed in", path: meetingPath, headers: { cookie } },
    { name: "meeting search (/api/search)", path: "/api/search?q=omatoimikirjastoon", headers: { cookie } },
    { name: "action items (/toimenpiteet)", path: "/toimenpiteet?tila=kaikki", headers: { cookie } },
    { name: "/api/health", path: "/api/health" },
  ];

  for (const target of targets) {
    const res = await fetch(`${base}${target.path}`, { headers: target.headers });
    if (res.status !== 200) throw new Error(`${target.path} answered ${res.status}`);
    await load(target.path, target.headers, 2); // warm-up
  }

  const results = [];
  for (const target of targets) {
    const r = await load(target.path, target.headers, DURATION);
    results.push({ ...target, ...r });
  }
  const baseline = results[0]!;
  console.log(
    `\nPiKe-portaali benchmark: ${CONNECTIONS} connections, ${DURATION} s per target, ${new Date().toISOString()}`,
  );
  console.log(
    [
      "target".padEnd(40),
      "req/s".padStart(8),
      "p50 ms".padStart(8),
      "p95 ms".padStart(8),
      "p99 ms".padStart(8),
      "errors".padStart(7),
      "req/s vs static".padStart(16),
      "p95 vs static".padStart(14),
    ].join(" "),
  );
  for (const r of results) {
    console.log(
      [
        r.name.padEnd(40),
        r.rps.toFixed(0).padStart(8),
        r.p50.toFixed(1).padStart(8),
        r.p95.toFixed(1).padStart(8),
        r.p99.toFixed(1).padStart(8),
        String(r.errors).padStart(7),
        (r.rps / baseline.rps).toFixed(2).padStart(16),
        (r.p95 / Math.max(baseline.p95, 0.1)).toFixed(2).padStart(14),
      ].join(" "),
    );
  }
  const failed = results.filter((r) => r.errors > 0 || r.non2xx > 0);
  if (failed.length) {
    console.error(`errors or non-2xx answers in: ${failed.map((r) => r.name).join(", ")}`);
    process.exitCode = 1;
  }

  if (!(await enrolmentStorm(url))) process.exitCode = 1;
} finally {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  await dropDatabase(url).catch(() => {});
  await server.stop();
}

function load(pathname: string, headers: Record<string, string> | undefined, seconds: number) {
  return runLoad({ url: `${base}${pathname}`, connections: CONNECTIONS, seconds, headers });
}

/**
 * POSTs enrolments for one session, each request by another user, while
 * /api/health is under load too; then checks that exactly `capacity` are
 * confirmed and the waitlist is 1…n without gaps.
 */
async function enrolmentStorm(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ sessionId: string }>(
      `INSERT INTO "TrainingSession" ("offeringId", "startsAt", "endsAt", capacity, "registrationOpensAt", "registrationClosesAt")
       SELECT o.id, now() + interval '30 days', now() + interval '30 days 3 hours', $1, now() - interval '1 day', now() + interval '29 days'
         FROM "Offering" o JOIN "TrainingMenu" m ON m.id = o."menuId"
        WHERE m.status = 'PUBLISHED' AND o.kind = 'WORKSHOP' LIMIT 1
       RETURNING id AS "sessionId"`,
      [STORM_CAPACITY],
    );
    const sessionId = rows[0]!.sessionId;
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

    const seconds = Math.min(DURATION, 10);
    const [storm, health] = await Promise.all([
      runLoad({
        url: `${base}/api/trainings/${sessionId}/enrolments`,
        method: "POST",
        connections: STORM_CONNECTIONS,
        seconds,
        // Each request is another user; past STORM_USERS they repeat (409).
        headers: (i) => ({
          cookie: `authjs.session-token=bench-token-${(i % STORM_USERS) + 1}`,
          origin: base,
          "content-type": "application/json",
        }),
        body: () => "{}",
      }),
      runLoad({ url: `${base}/api/health`, connections: 4, seconds }),
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
    const exact = c.confirmed === STORM_CAPACITY && c.seats === STORM_CAPACITY && c.gapless;
    console.log(
      `\nEnrolment storm: ${STORM_CONNECTIONS} connections POSTing enrolments for ${seconds} s, capacity ${STORM_CAPACITY}`,
    );
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
    for (const [name, r] of [
      ["POST enrolments (50 connections)", storm],
      ["GET /api/health during the storm", health],
    ] as const) {
      console.log(
        [
          name.padEnd(40),
          r.rps.toFixed(0).padStart(8),
          r.p50.toFixed(1).padStart(8),
          r.p95.toFixed(1).padStart(8),
          r.p99.toFixed(1).padStart(8),
          String(r.errors).padStart(7),
          "  " + JSON.stringify(r.statuses),
        ].join(" "),
      );
    }
    console.log(
      `capacity check: ${c.confirmed} confirmed of ${STORM_CAPACITY}, seatsTaken ${c.seats}, ${c.waitlisted} waitlisted, positions ${c.gapless ? "1…n without gaps" : "WITH GAPS"} → ${exact ? "EXACT" : "FAILED"}`,
    );
    return exact && storm.errors === 0 && health.errors === 0;
  } finally {
    await client.end();
  }
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

async function signedInSteeringMember(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const token = randomBytes(32).toString("hex");
    await client.query(
      `INSERT INTO "Session" ("sessionToken", "userId", expires)
       SELECT $1, id, now() + interval '1 day' FROM "User" WHERE email = 'hanna@jkl.fi'`,
      [token],
    );
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "Meeting" WHERE status = 'MINUTES_APPROVED' ORDER BY "startsAt" LIMIT 1`,
    );
    return { cookie: `authjs.session-token=${token}`, meetingPath: `/kokoukset/${rows[0]!.id}` };
  } finally {
    await client.end();
  }
}
