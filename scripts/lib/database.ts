// Resolves the database for dev, tests, CI and benchmarks: DATABASE_URL when
// set, otherwise the embedded PostgreSQL in .data/ (started here).
import { existsSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import {
  createDatabaseIfMissing,
  externalServer,
  projectRoot,
  startEmbeddedPostgres,
  type DatabaseServer,
} from "./postgres";

export type Purpose = "dev" | "test";

const TEST_CLUSTERS = path.join(projectRoot, ".data", "postgres-test");

const postgresLog = (log: (line: string) => void) => (line: string) => {
  // Connections cut by our own shutdown are expected; other fatal lines are not.
  if (/FATAL|PANIC/.test(line) && !/administrator command/.test(line)) log(`postgres: ${line}`);
};

export async function resolveServer(
  purpose: Purpose,
  log: (line: string) => void,
  settings?: Record<string, string>,
): Promise<DatabaseServer> {
  const url = process.env.DATABASE_URL;
  if (url) return externalServer(url);
  if (purpose === "test") return startTestCluster(log, settings);
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  log(`starting embedded PostgreSQL (.data/postgres, port ${port})`);
  return startEmbeddedPostgres({ dataDir: path.join(projectRoot, ".data/postgres"), port, log: postgresLog(log) });
}

/**
 * Each test run (unit of `npm run test:integration`, `test:e2e`, `bench`) gets
 * its own throwaway cluster on a free port, so runs in one checkout never
 * collide; initialising one takes about a second.
 */
async function startTestCluster(
  log: (line: string) => void,
  settings?: Record<string, string>,
): Promise<DatabaseServer> {
  removeStaleClusters();
  const dataDir = path.join(TEST_CLUSTERS, String(process.pid));
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  log(`starting a throwaway embedded PostgreSQL (port ${port})`);
  const server = await startEmbeddedPostgres({ dataDir, port, log: postgresLog(log), settings });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Clusters left by runs that were killed (their process is gone). */
function removeStaleClusters() {
  if (!existsSync(TEST_CLUSTERS)) return;
  for (const entry of readdirSync(TEST_CLUSTERS)) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || isAlive(pid)) continue;
    const dir = path.join(TEST_CLUSTERS, entry);
    const postmaster = path.join(dir, "postmaster.pid");
    if (existsSync(postmaster)) continue; // its server may still run; leave it be
    rmSync(dir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The dev database: DATABASE_URL as given, or `pike` on the embedded server. */
export async function devDatabase(log: (line: string) => void) {
  const server = await resolveServer("dev", log);
  const url = server.embedded ? server.url("pike") : process.env.DATABASE_URL!;
  const created = await createDatabaseIfMissing(url);
  return { server, url, created };
}

/**
 * A fresh, uniquely named database for one test run. `settings` apply only to
 * the throwaway embedded server (not to a DATABASE_URL server).
 */
export async function freshTestDatabase(
  log: (line: string) => void,
  prefix = "pike_test",
  settings?: Record<string, string>,
) {
  const server = await resolveServer("test", log, settings);
  const name = `${prefix}_${Date.now().toString(36)}_${process.pid}`;
  const url = server.url(name);
  await createDatabaseIfMissing(url);
  return { server, url, name };
}
