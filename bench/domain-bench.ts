// The plumbing a domain's bench shares (bench/kits.ts, bench/programmes.ts):
// a seeded database, a build, `next start` pinned to core 0 and the
// interleaved load from bench/load-child.ts pinned to core 1 (taskset when
// there are two cores; otherwise unpinned, and the log says so), a session
// cookie, and one look at each path before the load.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed";
import { migrate } from "@/scripts/lib/migrate";
import { projectRoot } from "@/scripts/lib/postgres";
import type { InterleavedResult, InterleavedSpec } from "./load";

export type Target = { name: string; url: string; headers?: Record<string, string> };
export type App = { base: string; stop: () => Promise<void> };
type Log = (line: string) => void;

const NEXT_BIN = path.join(projectRoot, "node_modules/next/dist/bin/next");

export const pinning = (() => {
  if (os.availableParallelism() < 2) return { ok: false, why: "only one core available" };
  const probe = spawnSync("taskset", ["-c", "1", "true"]);
  if (probe.error || probe.status !== 0) return { ok: false, why: "taskset is missing or failed" };
  return { ok: true, why: "" };
})();

/** Migrations and the demo data (npm run db:seed's) on an empty database. */
export async function prepareDemoDatabase(databaseUrl: string): Promise<void> {
  await migrate(databaseUrl, () => {});
  const db = createPrismaClient(databaseUrl, { max: 2 });
  try {
    await seedDemoData(db);
  } finally {
    await db.$disconnect();
  }
}

/** `next build`, unless BENCH_SKIP_BUILD=1. */
export function buildApp(log: Log): void {
  if (process.env.BENCH_SKIP_BUILD === "1") return;
  log("next build");
  const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit", cwd: projectRoot });
  if (build.status !== 0) throw new Error("next build failed");
}

/** `next start` on the database (core 0 when pinned), answered once /api/health is. */
export async function startApp(port: number, databaseUrl: string): Promise<App> {
  const args = [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"];
  const options = {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"] as ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(24).toString("hex"), LOG_LEVEL: "warn" },
  };
  const child: ChildProcess = pinning.ok
    ? spawn("taskset", ["-c", "0", process.execPath, ...args], options)
    : spawn(process.execPath, args, options);
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  try {
    await waitFor(`${base}/api/health`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

/** A day's database session for the person with this address, as the cookie a request carries. */
export async function sessionCookie(client: pg.Client, email: string): Promise<string> {
  const token = randomBytes(32).toString("hex");
  const inserted = await client.query(
    `INSERT INTO "Session" ("sessionToken", "userId", expires)
     SELECT $1, id, now() + interval '1 day' FROM "User" WHERE email = $2`,
    [token, email],
  );
  if (inserted.rowCount !== 1) throw new Error(`no user ${email}`);
  return `authjs.session-token=${token}`;
}

/** Each path once before the load: it must answer 200; its body (and size) for the table and the log. */
export async function fetchOnce(target: Target): Promise<{ body: string; bytes: number }> {
  const res = await fetch(target.url, { headers: target.headers, redirect: "manual" });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${target.url} answered ${res.status}`);
  return { body, bytes: Buffer.byteLength(body) };
}

/** The paths loaded in turn from the load generator (core 1 when pinned): rounds × slice seconds each. */
export async function interleaved(
  targets: Target[],
  load: { connections: number; slice: number; rounds: number },
  log: Log,
): Promise<InterleavedResult[]> {
  const spec: InterleavedSpec = { targets, ...load, warmup: 1 };
  log(
    `${targets.length} paths × ${load.rounds} rounds × ${load.slice} s at ${load.connections} connections ` +
      (pinning.ok ? "(server on core 0, load generator on core 1)" : `(UNPINNED: ${pinning.why})`),
  );
  const args = [process.execPath, "--import", "tsx", path.join(projectRoot, "bench/load-child.ts")];
  const child = pinning.ok
    ? spawn("taskset", ["-c", "1", ...args], { cwd: projectRoot, stdio: ["pipe", "pipe", "inherit"] })
    : spawn(args[0]!, args.slice(1), { cwd: projectRoot, stdio: ["pipe", "pipe", "inherit"] });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stdin.end(JSON.stringify(spec));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`the load generator exited with ${code}`);
  return JSON.parse(output) as InterleavedResult[];
}

export const failures = (r: InterleavedResult) => r.errors + r.non2xx + r.streamErrors;
export const oneDecimal = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");

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
