// setup-env.ts puts the OpenAPI response check around route() for every
// integration test file: a handler that answers something the document does
// not describe fails the test that called it.
import { expect, it } from "vitest";
import { json, route } from "@/lib/http/respond";
import { problems } from "./support/openapi-check";
import { ORIGIN } from "./support/request";

it("checks every route() handler's response against the OpenAPI document", async () => {
  const drifted = route(() => Promise.resolve(json({ status: "ok", db: "up", latencyMs: 1, uptime: 5 })));
  await expect(drifted(new Request(`${ORIGIN}/api/health`), {})).rejects.toThrow(/does not match the OpenAPI/);
  expect(problems.splice(0)).toHaveLength(1);

  const described = route(() => Promise.resolve(json({ status: "ok", db: "up", latencyMs: 1 })));
  expect((await described(new Request(`${ORIGIN}/api/health`), {})).status).toBe(200);
});
