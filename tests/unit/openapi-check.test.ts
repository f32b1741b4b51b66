// The response check the integration tests run on every route handler's
// answer (tests/integration/support/openapi-check.ts) finds what drifted.
import { describe, expect, it } from "vitest";
import { responseProblem } from "../integration/support/openapi-check";

const ORIGIN = "http://127.0.0.1:3000";
const get = (path: string) => new Request(`${ORIGIN}${path}`);
const json = (body: unknown, status = 200) => Response.json(body, { status });
const error = (code: string, status: number) => json({ error: { code, message: "x" } }, status);
const health = { status: "ok", db: "up", latencyMs: 3 };
const ics = (status = 200) =>
  new Response("BEGIN:VCALENDAR", { status, headers: { "Content-Type": "text/calendar; charset=utf-8" } });

describe("the OpenAPI response check", () => {
  it("passes what the document describes", async () => {
    expect(await responseProblem(get("/api/health"), json(health))).toBeNull();
    expect(await responseProblem(get("/api/health"), json({ ...health, status: "degraded" }, 503))).toBeNull();
    expect(await responseProblem(get("/api/meetings/x"), error("NOT_FOUND", 404))).toBeNull();
    expect(await responseProblem(get("/api/calendar/trainings.ics"), ics())).toBeNull();
    expect(await responseProblem(get("/api/search?q=ab"), json({ query: "ab", hits: [] }))).toBeNull();
  });

  it("finds a property the document does not have, or one missing, or of another type", async () => {
    expect(await responseProblem(get("/api/health"), json({ ...health, extra: 1 }))).toMatch(/does not match/);
    expect(await responseProblem(get("/api/health"), json({ status: "ok", db: "up" }))).toMatch(/latencyMs/);
    expect(await responseProblem(get("/api/health"), json({ ...health, latencyMs: "3" }))).toMatch(/does not match/);
  });

  it("finds a status or a media type that is not described", async () => {
    expect(await responseProblem(get("/api/health"), error("NOT_FOUND", 404))).toMatch(/status 404 is not described/);
    expect(await responseProblem(get("/api/meetings/x/event.ics"), json(health))).toMatch(/Content-Type/);
  });

  it("finds an error code answered with another status, and a method or path not described", async () => {
    expect(await responseProblem(get("/api/meetings/x"), error("FORBIDDEN", 404))).toMatch(/belongs to status 403/);
    expect(await responseProblem(new Request(`${ORIGIN}/api/health`, { method: "POST" }), json(health))).toMatch(
      /has no POST/,
    );
    expect(await responseProblem(get("/api/nothing-here"), json(health))).toMatch(/no path/);
    // An unknown address may answer 404 with the error body, as any would.
    expect(await responseProblem(get("/api/nothing-here"), error("NOT_FOUND", 404))).toBeNull();
  });
});
