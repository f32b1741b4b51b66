// The OpenAPI document and the route handlers must describe the same API.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/http/openapi";

const apiDir = path.resolve(import.meta.dirname, "../../app/api");

/** app/api/trainings/[sessionId]/route.ts → /api/trainings/{sessionId} */
function routePaths(dir: string, prefix = "/api"): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      const segment = entry.replace(/^\[(\w+)\]$/, "{$1}");
      out.push(...routePaths(full, `${prefix}/${segment}`));
    } else if (entry === "route.ts") {
      out.push(prefix);
    }
  }
  return out;
}

// Auth.js's own endpoints and the browser-only sign-in steps are not an integration API.
const INTERNAL = ["/api/auth/{...nextauth}", "/api/auth/[...nextauth]", "/api/auth/confirm", "/api/auth/demo"];

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with the common error schema", () => {
    expect(openApiDocument.openapi).toBe("3.1.0");
    expect(openApiDocument.components.schemas.Error.required).toEqual(["error"]);
  });

  it("describes every route handler, and only those", () => {
    const documented = Object.keys(openApiDocument.paths).map((p) => p.replace("/{token}.ics", "/{token}"));
    const routes = routePaths(apiDir).filter((p) => !INTERNAL.includes(p));
    expect(routes.sort()).toEqual(documented.sort());
  });
});
