// Unhandled errors: one JSON line each, with the request's id, through the
// hook Next.js calls (instrumentation.ts) and the route handlers' wrapper.
import type { Writable } from "node:stream";
import type * as Log from "@/lib/log";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { authjsLogger } from "@/lib/log/authjs";
import { logRequestError, requestIdOf } from "@/lib/log/request-error";

const { lines, destination } = vi.hoisted(() => ({
  lines: [] as string[],
  destination: { stream: null as Writable | null },
}));

// The app's logger, writing here: what instrumentation.ts and route() log is read back below.
vi.mock("@/lib/log", async (original) => {
  const actual = await original<typeof Log>();
  const { Writable } = await import("node:stream");
  destination.stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  return { ...actual, log: actual.createLogger({ level: "info", destination: destination.stream }) };
});

const { log: logger } = await import("@/lib/log");
const { onRequestError } = await import("@/instrumentation");
const { route } = await import("@/lib/http/respond");

beforeEach(() => {
  lines.length = 0;
});

const entries = () =>
  lines
    .join("")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const failure = () =>
  Object.assign(new TypeError("Cannot destructure property 'href' of 'e.nextUrl' as it is undefined."), {
    digest: "4242",
  });

describe("the request id", () => {
  it("is the one the proxy in front set", () => {
    expect(requestIdOf(new Headers({ "x-request-id": "a1b2c3d4e5" }))).toBe("a1b2c3d4e5");
    expect(requestIdOf({ "x-request-id": ["f00d", "beef"] })).toBe("f00d");
  });

  it("is a fresh one when none came, or what came is not an id", () => {
    const uuid = /^[0-9a-f-]{36}$/;
    expect(requestIdOf(new Headers())).toMatch(uuid);
    expect(requestIdOf({ "x-request-id": "two words\nand a newline" })).toMatch(uuid);
    expect(requestIdOf({ "x-request-id": "x".repeat(129) })).toMatch(uuid);
    expect(requestIdOf(new Headers())).not.toBe(requestIdOf(new Headers()));
  });
});

describe("an unhandled error", () => {
  it("that Next.js reports is one JSON line with the request's id, route and digest, and no query", async () => {
    await onRequestError(
      failure(),
      {
        path: "/api/auth/confirm?token=secret-token-value",
        method: "POST",
        headers: { "x-request-id": "req-123", cookie: "authjs.session-token=secret-cookie" },
      },
      {
        routerKind: "App Router",
        routePath: "/api/auth/confirm",
        routeType: "route",
        renderSource: "react-server-components",
        revalidateReason: undefined,
      },
    );
    expect(lines.join("").trim().split("\n")).toHaveLength(1);
    expect(entries()[0]).toMatchObject({
      level: "error",
      msg: "unhandled error",
      requestId: "req-123",
      method: "POST",
      path: "/api/auth/confirm",
      route: "/api/auth/confirm",
      routeType: "route",
      err: { type: "TypeError", digest: "4242", message: expect.stringContaining("e.nextUrl") as string },
    });
    expect(lines.join("")).not.toMatch(/secret-token-value|secret-cookie/);
  });

  it("in a route handler is one JSON line too, and the 500 names the same request id", async () => {
    const handler = route(() => Promise.reject(failure()));
    const response = await handler(
      new Request("http://127.0.0.1:3000/api/meetings?q=1", { headers: { "x-request-id": "req-456" } }),
      {},
    );
    expect(response.status).toBe(500);
    expect(response.headers.get("x-request-id")).toBe("req-456");
    expect(((await response.json()) as { error: { message: string } }).error.message).not.toContain("nextUrl");
    expect(entries()).toEqual([
      expect.objectContaining({ level: "error", requestId: "req-456", method: "GET", path: "/api/meetings" }),
    ]);

    const anonymous = await handler(new Request("http://127.0.0.1:3000/api/meetings"), {});
    const [, second] = entries();
    expect(second!.requestId).toBe(anonymous.headers.get("x-request-id"));
  });

  it("that is not an Error is still one line", () => {
    logRequestError(logger, "a thrown string", { method: "GET", path: "/", headers: {} });
    expect(entries()).toEqual([
      expect.objectContaining({ err: expect.objectContaining({ message: "a thrown string" }) as unknown }),
    ]);
  });
});

describe("Auth.js's own messages", () => {
  class Verification extends Error {
    type = "Verification";
  }
  class Configuration extends Error {
    type = "Configuration";
  }

  it("are JSON lines: a used or expired link a warning, anything else an error", () => {
    const authjs = authjsLogger(logger);
    authjs.error(
      new Verification("Read more at https://errors.authjs.dev#verification", { cause: { token: "t0k3n" } }),
    );
    authjs.error(new Configuration("Read more at https://errors.authjs.dev#configuration"));
    authjs.warn("debug-enabled");
    expect(entries()).toEqual([
      expect.objectContaining({
        level: "warn",
        msg: "sign-in refused",
        authjs: "Verification",
        message: "Read more at https://errors.authjs.dev#verification",
      }),
      expect.objectContaining({ level: "error", msg: "Auth.js error", authjs: "Configuration" }),
      expect.objectContaining({ level: "warn", authjs: "debug-enabled" }),
    ]);
    expect(lines.join("")).not.toContain("t0k3n");
  });
});
