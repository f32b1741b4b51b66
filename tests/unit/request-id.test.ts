// Every request's id: the one the proxy in front gave it if it is a sane
// token, else a new one; on every API answer (route()) and on every log line
// an API handler writes (pages get theirs from nginx: docs/deploy/monitoring.md).
// And the route groups the metrics count by.
import type { Writable } from "node:stream";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as Log from "@/lib/log";
import { requestIdOf } from "@/lib/log/request-error";
import { apiGroupOf } from "@/lib/metrics/http";

const { lines } = vi.hoisted(() => ({ lines: [] as string[] }));

// The app's logger, writing here.
vi.mock("@/lib/log", async (original) => {
  const actual = await original<typeof Log>();
  const { Writable } = await import("node:stream");
  const destination: Writable = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { ...actual, log: actual.createLogger({ level: "info", destination }) };
});

const { log } = await import("@/lib/log");
const { route } = await import("@/lib/http/respond");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const entries = () =>
  lines
    .join("")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeEach(() => {
  lines.length = 0;
});

describe("a request's id", () => {
  it("is the incoming X-Request-Id when it is a token of at most 64 of [A-Za-z0-9._-]", () => {
    for (const id of [
      "0f1e2d3c4b5a69788796a5b4c3d2e1f0", // nginx's $request_id
      "3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
      "01ARZ3NDEKTSV4RRFFQ69G5FAV",
      "req_1.2-3",
      "x".repeat(64),
    ]) {
      expect(requestIdOf(new Headers({ "x-request-id": id }))).toBe(id);
    }
    expect(requestIdOf({ "x-request-id": "  padded  " })).toBe("padded");
  });

  it("is a new random UUID when none came or what came is not such a token", () => {
    for (const given of [
      "",
      "x".repeat(65),
      "two words",
      "line\nbreak",
      "a:b",
      "user@host",
      "semi;colon",
      'quote"d',
      "ääkkönen",
      "<script>",
      "../../etc/passwd",
    ]) {
      const id = requestIdOf({ "x-request-id": given });
      expect(id, JSON.stringify(given)).toMatch(UUID);
    }
    expect(requestIdOf(new Headers())).toMatch(UUID);
    expect(requestIdOf(new Headers())).not.toBe(requestIdOf(new Headers()));
  });
});

describe("route(): the API's answers and log lines", () => {
  it("carry the request's id: the incoming one, or one new id for both", async () => {
    const handler = route(() => {
      log.info({ step: "inside" }, "handling");
      return Promise.resolve(Response.json({ ok: true }));
    });
    const given = await handler(
      new Request("http://127.0.0.1:3000/api/meetings", { headers: { "x-request-id": "from-nginx-1" } }),
      {},
    );
    expect(given.headers.get("x-request-id")).toBe("from-nginx-1");
    expect(entries()).toEqual([expect.objectContaining({ msg: "handling", requestId: "from-nginx-1" })]);

    lines.length = 0;
    const fresh = await handler(
      new Request("http://127.0.0.1:3000/api/meetings", { headers: { "x-request-id": "bad id" } }),
      {},
    );
    expect(fresh.headers.get("x-request-id")).toMatch(UUID);
    expect(entries()[0]!.requestId).toBe(fresh.headers.get("x-request-id"));
  });

  it("keep the id through awaits, apart for requests handled at once", async () => {
    const handler = route(async (request) => {
      await new Promise((resolve) => setTimeout(resolve, request.headers.get("x-request-id") === "a" ? 20 : 1));
      log.info("after a wait");
      return new Response(null, { status: 204 });
    });
    const answers = await Promise.all(
      ["a", "b"].map((id) =>
        handler(new Request("http://127.0.0.1:3000/api/health", { headers: { "x-request-id": id } }), {}),
      ),
    );
    expect(answers.map((a) => a.headers.get("x-request-id"))).toEqual(["a", "b"]);
    expect(entries().map((e) => e.requestId)).toEqual(["b", "a"]);
    // Outside a request, no id.
    lines.length = 0;
    log.info("between requests");
    expect(entries()[0]).not.toHaveProperty("requestId");
  });

  it("include an error's 500, whose log line names the same id, and answers with immutable headers", async () => {
    const failing = route(() => Promise.reject(new Error("boom")));
    const failed = await failing(new Request("http://127.0.0.1:3000/api/meetings"), {});
    expect(failed.status).toBe(500);
    expect(entries()).toEqual([
      expect.objectContaining({ msg: "unhandled error", requestId: expect.any(String) as unknown }),
    ]);
    expect(failed.headers.get("x-request-id")).toBe(entries()[0]!.requestId);

    const redirecting = route(() => Promise.resolve(Response.redirect("http://127.0.0.1:3000/", 303)));
    const redirect = await redirecting(
      new Request("http://127.0.0.1:3000/api/locale", { headers: { "x-request-id": "r-1" } }),
      {},
    );
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("location")).toBe("http://127.0.0.1:3000/");
    expect(redirect.headers.get("x-request-id")).toBe("r-1");
  });
});

describe("the groups requests are counted by", () => {
  it("are the first segment after /api for the API", () => {
    expect(apiGroupOf("/api/meetings/3f2b/agenda")).toBe("meetings");
    expect(apiGroupOf("/api/reports/coverage")).toBe("reports");
    expect(apiGroupOf("/api/openapi.json")).toBe("openapi.json");
    expect(apiGroupOf("/api/health")).toBe("health");
    expect(apiGroupOf("/elsewhere")).toBe("other");
  });
});
