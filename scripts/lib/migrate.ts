// Applies the plain SQL migrations in prisma/migrations with node-pg-migrate
// (offline; see docs/decisions/0002-sql-migrations.md).
import path from "node:path";
import { runner } from "node-pg-migrate";
import { projectRoot } from "./postgres";

export const migrationsDir = path.join(projectRoot, "prisma", "migrations");

export async function migrate(databaseUrl: string, log: (msg: string) => void = () => {}) {
  const applied = await runner({
    databaseUrl,
    dir: migrationsDir,
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
}
