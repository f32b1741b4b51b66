// Runs in each test worker before the tests: point the app's db() at the run's
// database, and check every route handler's response against the OpenAPI
// document (./support/openapi-check.ts): a test fails when a handler answers
// something the document does not describe.
import { afterEach, expect, inject, vi } from "vitest";
import type * as Respond from "@/lib/http/respond";

process.env.DATABASE_URL = inject("databaseUrl");
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
