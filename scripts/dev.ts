// npm run dev — the whole app on this machine: a database (embedded unless
// DATABASE_URL is set), migrations, demo data on first start, then `next dev`
// with DEMO_MODE=1 and the job worker (mails). Ctrl+C stops everything, the
// database included.
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { seedDemoData } from "@/prisma/seed";
import { devDatabase } from "./lib/database";
import { migrate } from "./lib/migrate";

const log = (line: string) => console.log(`[dev] ${line}`);
const started = Date.now();
const { server, url } = await devDatabase(log);

const state: { child?: ChildProcess; worker?: ChildProcess } = {};
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.all([state.child, state.worker].map(stopChild));
  await server.stop().catch((error: unknown) => log(`could not stop PostgreSQL: ${String(error)}`));
  if (server.embedded) log("embedded PostgreSQL stopped");
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  const applied = await migrate(url);
  if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
  if (await isEmpty(url)) {
    log("empty database: seeding demo data from the autumn 2023 minutes");
    const db = createPrismaClient(url, { max: 4 });
    try {
      await seedDemoData(db, log);
    } finally {
      await db.$disconnect();
    }
  }
  log(`database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  log(`database setup failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}

const nextBin = new URL("../node_modules/next/dist/bin/next", import.meta.url).pathname;
state.child = spawn(process.execPath, [nextBin, "dev", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url, DEMO_MODE: process.env.DEMO_MODE ?? "1" },
});
log("demo users: open http://localhost:3000/kirjaudu/demo to sign in by role");
state.child.on("exit", (code) => void shutdown(code ?? 0));

// The job worker as in production, its own process; mails are printed here unless SMTP_URL is set.
const tsxCli = new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url).pathname;
const workerScript = new URL("./worker.ts", import.meta.url).pathname;
state.worker = spawn(process.execPath, [tsxCli, "--conditions=react-server", workerScript], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url, APP_URL: process.env.APP_URL ?? "http://localhost:3000" },
});
state.worker.on("exit", (code) => {
  if (!stopping) log(`job worker exited (${code ?? "signal"}); mails wait in the queue until the next start`);
});

async function stopChild(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(undefined);
    });
  });
}

async function isEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Library"');
    return (rows[0]?.n ?? 0) === 0;
  } finally {
    await client.end();
  }
}
