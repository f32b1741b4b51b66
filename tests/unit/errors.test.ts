// How an error reaches an API caller (lib/http/respond.ts): a route handler
// that throws answers with the error's status and the one JSON shape
// { error: { code, message, fields? } }; an error that is not ours answers 500
// without its text.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError, fieldError, forbidden, notFound, unauthenticated } from "@/lib/http/errors";
import { isDatabaseUnavailable } from "@/lib/http/db-errors";
import { idSchema, requiredText } from "@/lib/http/fields";
import { route } from "@/lib/http/respond";
import { log } from "@/lib/log";

/** What a caller receives from a handler that throws `error`. */
async function answerTo(error: unknown) {
  const handler = route(() => {
    throw error;
  });
  const response = await handler(new Request("http://127.0.0.1:3000/api/x", { method: "POST" }), {});
  return { status: response.status, headers: response.headers, body: (await response.json()) as unknown };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a route handler's errors, as the caller receives them", () => {
  const typed: [string, () => Error, number, unknown][] = [
    ["notFound()", () => notFound("No such meeting."), 404, { code: "NOT_FOUND", message: "No such meeting." }],
    ["forbidden()", () => forbidden(), 403, { code: "FORBIDDEN", message: "Forbidden" }],
    ["unauthenticated()", () => unauthenticated(), 401, { code: "UNAUTHENTICATED", message: "Sign in first" }],
    [
      "a conflict with the existing row",
      () => new AppError("CONFLICT", "Already enrolled.", { enrolmentId: "e-1" }),
      409,
      { code: "CONFLICT", message: "Already enrolled.", fields: { enrolmentId: "e-1" } },
    ],
    [
      "fieldError()",
      () => fieldError("capacity", "trainingsAdmin.error.capacityBelowTaken"),
      422,
      {
        code: "VALIDATION_FAILED",
        message: "The input is not valid.",
        // The catalogue key in English, as zod's messages are (below).
        fields: { capacity: "There cannot be fewer seats than are already taken." },
      },
    ],
    [
      "fieldError() with another code",
      () => fieldError("_", "trainingsAdmin.error.capacityBelowTaken", "CONFLICT"),
      409,
      { code: "CONFLICT", message: "Refused.", fields: { _: "There cannot be fewer seats than are already taken." } },
    ],
    [
      "a bad request",
      () => new AppError("BAD_REQUEST", "Not JSON."),
      400,
      { code: "BAD_REQUEST", message: "Not JSON." },
    ],
  ];
  for (const [what, error, status, body] of typed) {
    it(`${what} → ${status} and its code, message and fields`, async () => {
      const answer = await answerTo(error());
      expect(answer.status).toBe(status);
      // Exactly this body: no stack, no extra keys.
      expect(answer.body).toEqual({ error: body });
      expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
      expect(answer.headers.get("cache-control")).toBe("no-store");
    });
  }

  it("carries an error's own headers (Retry-After on 429)", async () => {
    const answer = await answerTo(new AppError("RATE_LIMITED", "Slow down.", undefined, { "Retry-After": "60" }));
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("60");
    expect(answer.body).toEqual({ error: { code: "RATE_LIMITED", message: "Slow down." } });
  });

  it("turns a zod error into 422 with each field's message in English, not a catalogue key", async () => {
    const schema = z.object({ id: idSchema, title: requiredText(10), note: z.string() });
    const parsed = schema.safeParse({ id: "nope", title: "x".repeat(11) });
    const answer = await answerTo(parsed.error);
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      error: {
        code: "VALIDATION_FAILED",
        message: "The input is not valid.",
        fields: {
          id: "The identifier is not valid.",
          title: "The text is too long.",
          // zod's own message, not a key: passed through as it is.
          note: expect.stringMatching(/expected string/i) as unknown,
        },
      },
    });
  });

  it("answers 503 with Retry-After when the database is not there, without the driver's words", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const down = Object.assign(new Error("connect ECONNREFUSED 10.0.0.7:5432"), { code: "ECONNREFUSED" });
    const answer = await answerTo(new Error("query failed", { cause: down }));
    expect(answer.status).toBe(503);
    expect(answer.headers.get("retry-after")).toBe("5");
    expect(answer.body).toEqual({
      error: { code: "DATABASE_UNAVAILABLE", message: "The database is not available. Try again shortly." },
    });
    expect(JSON.stringify(answer.body)).not.toContain("10.0.0.7");
    expect(logged).toHaveBeenCalledOnce();
  });

  it("answers 500 to an error that is not ours, logs it, and never shows its text", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const answer = await answerTo(new TypeError("Cannot read properties of undefined (reading 'secret-column')"));
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: { code: "INTERNAL", message: "Something went wrong." } });
    expect(JSON.stringify(answer.body)).not.toContain("secret-column");
    expect(logged).toHaveBeenCalledOnce();
    // The log keeps the error itself (pino's serializer writes its type, message and stack).
    const [fields] = logged.mock.calls[0] as unknown as [{ err: Error; requestId: string }];
    expect(fields.err.message).toContain("secret-column");
    expect(fields.requestId).toMatch(/^[\w.:@-]+$/);
  });

  it("passes a handler's own answer through untouched", async () => {
    const handler = route(() => Promise.resolve(Response.json({ ok: true }, { status: 201 })));
    const response = await handler(new Request("http://127.0.0.1:3000/api/x"), {});
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe("an unreachable database", () => {
  it("is recognised in nested causes, and other database errors are not", () => {
    expect(isDatabaseUnavailable({ cause: { cause: { code: "ECONNREFUSED" } } })).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable({ kind: "DatabaseNotReachable" })).toBe(true);
    expect(isDatabaseUnavailable(new Error("duplicate key value"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "23505" })).toBe(false);
  });
});
