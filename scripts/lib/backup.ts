// Backups of the app's database: pg_dump's custom format, made and restored
// with the client tools of the server's own major version, restored only into
// an empty database. Uploaded materials are bytea columns (ADR 18), so the
// dump holds them too. Used by npm run db:backup / db:restore and by the
// restore drill (tests/integration/backup-restore.test.ts); see
// docs/deploy/backups.md.
import { execFile, spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { createDatabaseIfMissing } from "./postgres";

/** Refused before anything was written (a version mismatch, a non-empty target, not a dump): exit code 2. */
export class BackupRefused extends Error {
  override name = "BackupRefused";
}

/**
 * Where to look for pg_dump and pg_restore, in this order: Debian's
 * per-version folder `<libRoot>/<major>/bin`, then `PG_BIN`, then the first
 * one on `PATH`. The drill passes its own to simulate a mismatch.
 */
export type ToolSearch = { libRoot?: string; pgBin?: string; path?: string };

export type PgTool = { path: string; version: string; major: number };
export type ServerVersion = { version: string; major: number };
export type TableRows = { table: string; rows: number };

type Options = { search?: ToolSearch; log?: (line: string) => void };

const run = promisify(execFile);

const majorOf = (version: string) => Number.parseInt(version, 10);

export async function serverVersion(url: string): Promise<ServerVersion> {
  return withClient(url, versionOf);
}

async function versionOf(client: pg.Client): Promise<ServerVersion> {
  const { rows } = await client.query<{ num: string; text: string }>(
    "SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS text",
  );
  const { num, text } = rows[0]!;
  // "15.20 (Debian 15.20-0+deb12u1)" → "15.20"; the major is what the tools must match.
  return { version: text.split(" ")[0]!, major: Math.floor(Number(num) / 10_000) };
}

/** "pg_dump (PostgreSQL) 15.20 (Debian …)" → 15.20; null when the file does not run or says something else. */
async function toolVersion(file: string): Promise<string | null> {
  try {
    const { stdout } = await run(file, ["--version"], { timeout: 10_000 });
    return /\(PostgreSQL\)\s+(\d+(?:\.\d+)*)/.exec(stdout)?.[1] ?? null;
  } catch {
    return null;
  }
}

async function isExecutable(file: string) {
  return access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** The first `tool` on PATH, as a shell would run it. */
async function onPath(tool: string, searchPath: string): Promise<string | null> {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, tool);
    if (await isExecutable(file)) return file;
  }
  return null;
}

/**
 * The pg_dump or pg_restore of the server's major version. pg_dump of another
 * major either refuses the server or writes what an older server cannot load,
 * so the rule is simply: the same major as the server.
 */
export async function findPgTool(
  tool: "pg_dump" | "pg_restore",
  server: ServerVersion,
  search: ToolSearch = {},
): Promise<PgTool> {
  const libRoot = search.libRoot ?? "/usr/lib/postgresql";
  const pgBin = search.pgBin ?? process.env.PG_BIN;
  const candidates = [
    path.join(libRoot, String(server.major), "bin", tool),
    ...(pgBin ? [path.join(pgBin, tool)] : []),
    await onPath(tool, search.path ?? process.env.PATH ?? ""),
  ];
  const found: string[] = [];
  for (const file of new Set(candidates)) {
    if (!file || !(await isExecutable(file))) continue;
    const version = await toolVersion(file);
    if (version && majorOf(version) === server.major) return { path: file, version, major: server.major };
    found.push(`${file} is ${version ? `${tool} ${version}` : "not a PostgreSQL tool that answers --version"}`);
  }
  const looked = [path.join(libRoot, String(server.major), "bin"), `PG_BIN (${pgBin ?? "not set"})`, "PATH"];
  throw new BackupRefused(
    [
      `the database server is PostgreSQL ${server.version}, and ${tool} must come from the same major version (${server.major}); none was found.`,
      ...(found.length ? found.map((line) => `  found: ${line}`) : [`  no ${tool} at all`]),
      `  looked in: ${looked.join(", ")}`,
      `Install PostgreSQL ${server.major}'s client tools (Debian/Ubuntu: apt-get install postgresql-client-${server.major}; ` +
        `versions the distribution lacks come from apt.postgresql.org) or set PG_BIN to a folder with ${tool} ${server.major}.`,
    ].join("\n"),
  );
}

/**
 * The URL for libpq without its password, which goes in PGPASSWORD instead
 * (an argument is visible to everyone in `ps`); Prisma's `schema` parameter,
 * which libpq rejects, is dropped. The tools run with --no-password: a
 * missing password fails at once instead of waiting at a terminal (cron has none).
 */
function libpq(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  u.searchParams.delete("schema");
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a tool to its end; its error output is the message when it fails. */
function runTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      if (stderr.length < 64_000) stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolve(stderr.trim());
      else
        reject(
          new Error(
            `${path.basename(tool.path)} ${tool.version} failed (${signal ?? `exit ${code}`}): ${stderr.trim()}`,
          ),
        );
    });
  });
}

async function withClient<T>(url: string, query: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await query(client);
  } finally {
    await client.end();
  }
}

const TABLES_SQL = `
  SELECT c.relname AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   ORDER BY c.relname COLLATE "C"`;

/** The app's tables (schema public), by name. */
export async function listTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(TABLES_SQL);
  return rows.map((row) => row.name);
}

/** Every table's row count, in one statement. */
export async function tableRowCounts(url: string): Promise<TableRows[]> {
  return withClient(url, async (client) => {
    const tables = await listTables(client);
    if (tables.length === 0) return [];
    const { rows } = await client.query<{ table: string; rows: number }>(
      `SELECT * FROM (${tables
        .map(
          (t) =>
            `SELECT ${client.escapeLiteral(t)} AS "table", count(*)::int AS rows FROM ${client.escapeIdentifier(t)}`,
        )
        .join(" UNION ALL ")}) counts ORDER BY "table" COLLATE "C"`,
    );
    return rows;
  });
}

export type BackupReport = { file: string; tables: number; bytes: number; seconds: number; pgDump: PgTool };

/**
 * pg_dump -Fc of the database into `file`. The dump is written to
 * `file.partial` and renamed when pg_dump has finished (and synced it), so
 * `file` is never half-written; a failed dump leaves neither.
 */
export async function backupDatabase(url: string, file: string, options: Options = {}): Promise<BackupReport> {
  const started = performance.now();
  const { server, tables } = await withClient(url, async (client) => ({
    server: await versionOf(client),
    tables: (await listTables(client)).length,
  }));
  const pgDump = await findPgTool("pg_dump", server, options.search);
  options.log?.(`PostgreSQL ${server.version}, ${pgDump.path} ${pgDump.version}`);
  const partial = `${file}.partial`;
  const { dbname, env } = libpq(url);
  try {
    const warnings = await runTool(
      pgDump,
      ["--format=custom", "--no-password", `--file=${partial}`, `--dbname=${dbname}`],
      env,
    );
    if (warnings) options.log?.(warnings);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const { size } = await stat(file);
  return { file, tables, bytes: size, seconds: (performance.now() - started) / 1000, pgDump };
}

export type DumpHeader = { database: string; serverVersion: string; dumpVersion: string; dumpMajor: number };

/**
 * The versions in a custom-format dump's header (pg_backup_archiver.c,
 * ReadHead): read here rather than by pg_restore, which cannot read a newer
 * archive and so could not say which version made it.
 */
export async function readDumpHeader(file: string): Promise<DumpHeader> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    throw new BackupRefused(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  const buf = Buffer.alloc(4096);
  let length: number;
  try {
    length = (await handle.read(buf, 0, buf.length, 0)).bytesRead;
  } finally {
    await handle.close();
  }
  const notADump = () =>
    new BackupRefused(`${file} is not a pg_dump custom-format file (pg_dump -Fc, as npm run db:backup makes).`);
  let at = 0;
  const byte = () => {
    if (at >= length) throw notADump();
    return buf[at++]!;
  };
  if (buf.toString("latin1", 0, 5) !== "PGDMP") throw notADump();
  at = 5;
  const [major, minor] = [byte(), byte()];
  // Archive format 1.10 (PostgreSQL 8.4) and later carry the versions.
  if (major !== 1 || minor < 10) throw notADump();
  byte(); // revision
  const intSize = byte();
  byte(); // offset size
  if (byte() !== 1) throw notADump(); // 1 = custom format
  const int = () => {
    const negative = byte() !== 0;
    let value = 0;
    for (let i = 0; i < intSize; i++) value += byte() * 2 ** (8 * i);
    return negative ? -value : value;
  };
  const str = () => {
    const size = int();
    if (size < 0) return "";
    if (at + size > length) throw notADump();
    at += size;
    return buf.toString("utf8", at - size, at);
  };
  if (minor >= 15)
    byte(); // compression algorithm
  else int(); // compression level
  for (let i = 0; i < 7; i++) int(); // when it was made
  const database = str();
  const serverVersion = str();
  const dumpVersion = str();
  const dumpMajor = majorOf(dumpVersion);
  if (!Number.isInteger(dumpMajor)) throw notADump();
  return { database, serverVersion, dumpVersion, dumpMajor };
}

export type RestoreReport = {
  tables: TableRows[];
  rows: number;
  seconds: number;
  created: boolean;
  header: DumpHeader;
  pgRestore: PgTool;
};

/** The target's server, whether the database exists and how many tables it has in public. */
async function inspectTarget(url: string) {
  try {
    return await withClient(url, async (client) => ({
      exists: true,
      tables: (await listTables(client)).length,
      server: await versionOf(client),
    }));
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") throw error; // 3D000: no such database
    const admin = new URL(url);
    admin.pathname = "/postgres";
    return { exists: false, tables: 0, server: await serverVersion(admin.toString()) };
  }
}

/**
 * pg_restore of a custom-format dump into an empty database (created when
 * missing), in one transaction: it is restored whole or not at all. Owners
 * and grants are left out: the restoring role owns everything, as the app's
 * role does after migrations. Refuses a target with tables, and a pg_restore
 * that is not the server's major or older than the pg_dump that made the dump.
 */
export async function restoreDatabase(url: string, file: string, options: Options = {}): Promise<RestoreReport> {
  const started = performance.now();
  const header = await readDumpHeader(file);
  const target = await inspectTarget(url);
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (target.tables > 0) {
    throw new BackupRefused(
      `database ${name} is not empty (${target.tables} tables in schema public); nothing was changed. A restore goes ` +
        `only into an empty database: name a new one in DATABASE_URL (it is created) or create it with createdb.`,
    );
  }
  const pgRestore = await findPgTool("pg_restore", target.server, options.search);
  if (pgRestore.major < header.dumpMajor) {
    throw new BackupRefused(
      `${file} was made by pg_dump ${header.dumpVersion} (from PostgreSQL ${header.serverVersion}); pg_restore ` +
        `${pgRestore.version} of the target server (PostgreSQL ${target.server.version}) cannot restore it. Restore into a ` +
        `PostgreSQL ${header.dumpMajor} server or newer, with its own pg_restore.`,
    );
  }
  options.log?.(
    `dump of ${header.database} by pg_dump ${header.dumpVersion}; restoring with ${pgRestore.path} ${pgRestore.version}`,
  );
  const created = !target.exists && (await createDatabaseIfMissing(url));
  const { dbname, env } = libpq(url);
  const warnings = await runTool(
    pgRestore,
    ["--no-owner", "--no-acl", "--no-password", "--exit-on-error", "--single-transaction", `--dbname=${dbname}`, file],
    env,
  );
  if (warnings) options.log?.(warnings);
  // pg_restore brings no planner statistics: without them the first queries plan blind until autovacuum comes by.
  await withClient(url, (client) => client.query("ANALYZE"));
  const tables = await tableRowCounts(url);
  return {
    tables,
    rows: tables.reduce((sum, t) => sum + t.rows, 0),
    seconds: (performance.now() - started) / 1000,
    created,
    header,
    pgRestore,
  };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
