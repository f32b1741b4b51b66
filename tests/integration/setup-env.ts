// Runs in each test file's worker before its tests: the file gets its own copy
// of the run's template database (migrated and seeded), and the app's db()
// points to it. Files never see each other's rows; the copy is dropped after.
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import type { Db } from "@/lib/db/client";
import { cloneDatabase, dropDatabase } from "@/scripts/lib/postgres";

const template = inject("templateUrl");
const name = `${new URL(template).pathname.slice(1)}_${randomBytes(4).toString("hex")}`;
process.env.DATABASE_URL = await cloneDatabase(template, name);
process.env.LOG_LEVEL = "silent";

afterAll(async () => {
  // The app's pool (lib/db), if the file used it; then the copy, whoever is still connected.
  const app = globalThis as unknown as { __pikeDb?: Db };
  await app.__pikeDb?.$disconnect();
  app.__pikeDb = undefined;
  await dropDatabase(process.env.DATABASE_URL!);
});
