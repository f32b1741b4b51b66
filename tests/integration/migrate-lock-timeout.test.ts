// A release migrates while the old one serves traffic: a migration that waits
// for a lock held by another session (a long query, a backup) must give up
// after lock_timeout instead of queueing the app's requests behind it, and the
// run must then leave the database as it was (one transaction). Runs its own
// migrations on a database of its own (not the template's copy, whose
// pgmigrations names the real ones).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/scripts/lib/migrate";
import { createDatabaseIfMissing, dropDatabase, externalServer } from "@/scripts/lib/postgres";

let databaseUrl: string;
let dir: string;
let holder: pg.Client;
let probe: pg.Client;

function writeMigration(name: string, up: string) {
  writeFileSync(path.join(dir, `${name}.sql`), `-- Up Migration\n${up}\n\n-- Down Migration\n`);
}

/** Runs the pending migrations; how long it took and what it threw. */
async function timedMigrate(options: Parameters<typeof migrate>[2] = {}) {
  const started = performance.now();
  const error = await migrate(databaseUrl, () => {}, { dir, ...options }).then(
    () => null,
    (e: unknown) => e as Error & { cause?: { code?: string } },
  );
  return { error, seconds: (performance.now() - started) / 1000 };
}

async function appliedNames() {
  const { rows } = await probe.query<{ name: string }>("SELECT name FROM pgmigrations ORDER BY id");
  return rows.map((r) => r.name);
}

async function tableExists(name: string) {
  const { rows } = await probe.query<{ found: string | null }>("SELECT to_regclass($1) AS found", [`"${name}"`]);
  return rows[0]!.found !== null;
}

async function columnNames(table: string) {
  const { rows } = await probe.query<{ column_name: string }>(
    "SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position",
    [table],
  );
  return rows.map((r) => r.column_name);
}

beforeAll(async () => {
  const runUrl = process.env.DATABASE_URL!;
  databaseUrl = externalServer(runUrl).url(`${new URL(runUrl).pathname.slice(1)}_lock`);
  await createDatabaseIfMissing(databaseUrl);
  dir = mkdtempSync(path.join(tmpdir(), "pike-migrations-"));
  writeMigration("1800000000000_victim", `CREATE TABLE "Victim" ("id" integer PRIMARY KEY);`);
  await migrate(databaseUrl, () => {}, { dir });
  // Pending from here on: one that does not touch the locked table, then one that does.
  writeMigration("1800000000001_bystander", `CREATE TABLE "Bystander" ("id" integer PRIMARY KEY);`);
  writeMigration("1800000000002_touch_victim", `ALTER TABLE "Victim" ADD COLUMN "note" text;`);

  probe = new pg.Client({ connectionString: databaseUrl });
  await probe.connect();
  // Another session holds the table: the migration can get no lock on it.
  holder = new pg.Client({ connectionString: databaseUrl });
  await holder.connect();
  await holder.query("BEGIN");
  await holder.query(`LOCK TABLE "Victim" IN ACCESS EXCLUSIVE MODE`);
});

afterEach(() => {
  delete process.env.MIGRATION_LOCK_TIMEOUT;
});

afterAll(async () => {
  await holder?.end();
  await probe?.end();
  await dropDatabase(databaseUrl);
  rmSync(dir, { recursive: true, force: true });
});

describe("migrating while another session holds a lock", () => {
  it("gives up after the default 5 s with a lock timeout and applies nothing", async () => {
    delete process.env.MIGRATION_LOCK_TIMEOUT;
    const { error, seconds } = await timedMigrate();

    expect(error?.message).toMatch(/lock_timeout \(5s\).*nothing was applied/);
    expect(error?.cause?.code).toBe("55P03"); // lock_not_available
    expect(seconds).toBeGreaterThan(4.5);
    expect(seconds).toBeLessThan(10);
    // Rolled back as a whole: not even the migration before it stayed.
    expect(await appliedNames()).toEqual(["1800000000000_victim"]);
    expect(await tableExists("Bystander")).toBe(false);
    expect(await columnNames("Victim")).toEqual(["id"]);
  });

  it("takes its timeout from MIGRATION_LOCK_TIMEOUT", async () => {
    process.env.MIGRATION_LOCK_TIMEOUT = "1s";
    const { error, seconds } = await timedMigrate();

    expect(error?.message).toMatch(/lock_timeout \(1s\)/);
    expect(error?.cause?.code).toBe("55P03");
    expect(seconds).toBeLessThan(3);
    expect(await appliedNames()).toEqual(["1800000000000_victim"]);
  });

  it("leaves no session behind waiting for the lock", async () => {
    const { rows } = await probe.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    expect(rows[0]!.waiting).toBe(0);
  });

  it("refuses a lock timeout that PostgreSQL does not understand", async () => {
    const { error } = await timedMigrate({ lockTimeout: "soon" });
    expect(error?.message).toMatch(/invalid value for parameter "lock_timeout"/);
  });

  it("applies the same migrations once the lock is released", async () => {
    await holder.query("ROLLBACK");
    const { error } = await timedMigrate();

    expect(error).toBeNull();
    expect(await appliedNames()).toEqual([
      "1800000000000_victim",
      "1800000000001_bystander",
      "1800000000002_touch_victim",
    ]);
    expect(await columnNames("Victim")).toEqual(["id", "note"]);
  });
});
