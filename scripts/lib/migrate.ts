// Applies the plain SQL migrations in prisma/migrations with node-pg-migrate
// (offline; see docs/decisions/0002-sql-migrations.md).
import path from "node:path";
import { runner } from "node-pg-migrate";
import pg from "pg";
import { projectRoot } from "./postgres";

export const migrationsDir = path.join(projectRoot, "prisma", "migrations");

/** How long a migration may wait for a lock; PostgreSQL's syntax ("5s", "1500ms", "1min"). */
export const DEFAULT_LOCK_TIMEOUT = "5s";

export type MigrateOptions = {
  /** Where the migrations are; prisma/migrations by default. */
  dir?: string;
  /** Overrides MIGRATION_LOCK_TIMEOUT (default 5s); "0" waits for ever. */
  lockTimeout?: string;
};

export async function migrate(
  databaseUrl: string,
  log: (msg: string) => void = () => {},
  options: MigrateOptions = {},
) {
  const lockTimeout = options.lockTimeout ?? (process.env.MIGRATION_LOCK_TIMEOUT || DEFAULT_LOCK_TIMEOUT);
  // The old release serves traffic while a new one migrates. A migration
  // waiting for a table lock (behind a long query or a backup) would queue
  // every later request on that table behind it, so it gives up after
  // lockTimeout instead. Set on the session, before node-pg-migrate's BEGIN,
  // it holds for every statement of the run; PostgreSQL validates the value.
  // No statement_timeout: building an index on a big table may take minutes.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT set_config('lock_timeout', $1, false)", [lockTimeout]);
    const applied = await runner({
      dbClient: client,
      dir: options.dir ?? migrationsDir,
      direction: "up",
      migrationsTable: "pgmigrations",
      count: Infinity,
      singleTransaction: true,
      checkOrder: true,
      // Several app instances may start at once: the runner's advisory lock
      // makes them apply migrations one at a time.
      noLock: false,
      log,
      verbose: false,
    });
    return applied.map((m) => m.name);
  } catch (error) {
    if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE) {
      throw new Error(
        `A migration waited longer than lock_timeout (${lockTimeout}) for a lock held by another ` +
          "session; the run was rolled back and nothing was applied. Run it again at a quieter time " +
          "(or with a longer MIGRATION_LOCK_TIMEOUT).",
        { cause: error },
      );
    }
    throw error;
  } finally {
    await client.end();
  }
}

/** SQLSTATE of "canceling statement due to lock timeout". */
const LOCK_NOT_AVAILABLE = "55P03";
