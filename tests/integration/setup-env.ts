// Runs in each test file's worker before its tests: the file gets its own copy
// of the run's template database (migrated and seeded), and the app's db()
// points to it. Files never see each other's rows; the copy is dropped after.
// Every route handler's response is checked against the OpenAPI document
// (./support/openapi-check.ts): a test fails when a handler answers something
// the document does not describe.
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, expect, inject, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import type * as Respond from "@/lib/http/respond";
import { cloneDatabase, dropDatabase } from "@/scripts/lib/postgres";

const template = inject("templateUrl");
const name = `${new URL(template).pathname.slice(1)}_${randomBytes(4).toString("hex")}`;
process.env.DATABASE_URL = await cloneDatabase(template, name);
process.env.LOG_LEVEL = "silent";

vi.mock("@/lib/http/respond", async (importOriginal) => {
  const actual = await importOriginal<typeof Respond>();
  const { checkedRoute } = await import("./support/openapi-check");
  return { ...actual, route: checkedRoute(actual.route) };
});

afterEach(async () => {
  const { problems } = await import("./support/openapi-check");
  const found = problems.splice(0);
  expect(found, "responses that the OpenAPI document does not describe").toEqual([]);
});

afterAll(async () => {
  // The app's pool (lib/db), if the file used it; then the copy, whoever is still connected.
  const app = globalThis as unknown as { __pikeDb?: Db };
  await app.__pikeDb?.$disconnect();
  app.__pikeDb = undefined;
  await dropDatabase(process.env.DATABASE_URL!);
});
