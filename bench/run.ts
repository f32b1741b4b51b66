// npm run bench — the production server under load, on this machine.
// Builds (unless BENCH_SKIP_BUILD=1), starts `next start` on a fresh seeded
// database, and measures side by side at 16 concurrent connections:
// a prerendered static page, the public training menu, the seeded meeting
// page as a signed-in steering-group member, and /api/health. Prints each
// target's throughput and p50/p95/p99 latency, and its ratio to the static page.
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
