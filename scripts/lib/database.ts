// Resolves the database for dev, tests, CI and benchmarks: DATABASE_URL when
// set, otherwise the embedded PostgreSQL in .data/ (started here).
import path from "node:path";
import {
  createDatabaseIfMissing,
  externalServer,
  projectRoot,
  startEmbeddedPostgres,
  type DatabaseServer,
} from "./postgres";

export type Purpose = "dev" | "test";

const EMBEDDED = {
  dev: { dir: ".data/postgres", portOffset: 0 },
  test: { dir: ".data/postgres-test", portOffset: 1 },
} as const;

export async function resolveServer(purpose: Purpose, log: (line: string) => void): Promise<DatabaseServer> {
  const url = process.env.DATABASE_URL;
  if (url) return externalServer(url);
  const basePort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const { dir, portOffset } = EMBEDDED[purpose];
  log(`starting embedded PostgreSQL (${dir}, port ${basePort + portOffset})`);
  return startEmbeddedPostgres({
    dataDir: path.join(projectRoot, dir),
    port: basePort + portOffset,
    log: (line) => {
      // Connections cut by our own shutdown are expected; other fatal lines are not.
      if (/FATAL|PANIC/.test(line) && !/administrator command/.test(line)) log(`postgres: ${line}`);
    },
  });
}

/** The dev database: DATABASE_URL as given, or `pike` on the embedded server. */
export async function devDatabase(log: (line: string) => void) {
  const server = await resolveServer("dev", log);
  const url = server.embedded ? server.url("pike") : process.env.DATABASE_URL!;
  const created = await createDatabaseIfMissing(url);
  return { server, url, created };
}

/** A fresh, uniquely named database for one test run. */
export async function freshTestDatabase(log: (line: string) => void, prefix = "pike_test") {
  const server = await resolveServer("test", log);
  const name = `${prefix}_${Date.now().toString(36)}_${process.pid}`;
  const url = server.url(name);
  await createDatabaseIfMissing(url);
  return { server, url, name };
}
