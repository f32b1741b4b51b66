import { describe, expect, it } from "vitest";
import { AppError, ERROR_STATUS } from "@/lib/http/errors";
import { isDatabaseUnavailable } from "@/lib/http/db-errors";

describe("error codes", () => {
  it("map to the statuses of DESIGN.md §4", () => {
    expect(ERROR_STATUS).toMatchObject({
      VALIDATION_FAILED: 422,
      UNAUTHENTICATED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      RATE_LIMITED: 429,
      DATABASE_UNAVAILABLE: 503,
    });
    expect(new AppError("CONFLICT").status).toBe(409);
  });

  it("recognise an unreachable database in nested causes", () => {
    expect(isDatabaseUnavailable({ cause: { cause: { code: "ECONNREFUSED" } } })).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("duplicate key value"))).toBe(false);
  });
});
