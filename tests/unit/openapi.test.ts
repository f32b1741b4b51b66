// The generated OpenAPI document: valid OpenAPI 3.1 by an independent parser,
// and describing exactly the route handlers under app/api, method by method.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openApiDocument } from "@/lib/http/openapi";
import { buildOpenApiDocument } from "@/lib/http/openapi/document";
import type { ApiOperation } from "@/lib/http/openapi/operation";

const apiDir = path.resolve(import.meta.dirname, "../../app/api");

/** app/api/trainings/[sessionId]/route.ts → ["/api/trainings/{sessionId}", its file]. */
function routeFiles(dir: string, prefix = "/api"): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      out.push(...routeFiles(full, `${prefix}/${entry.replace(/^\[(\w+)\]$/, "{$1}")}`));
    } else if (entry === "route.ts") {
      out.push([prefix, full]);
    }
  }
  return out;
}

/** The HTTP methods a route file exports, in lower case. */
function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)]
    .map((m) => m[1]!.toLowerCase())
    .sort();
}

// Auth.js's own endpoints and the browser-only sign-in steps are form posts
// that redirect, not an integration API (lib/auth/api.ts).
const NOT_API = ["/api/auth/[...nextauth]", "/api/auth/confirm", "/api/auth/demo", "/api/locale"];

/** Next cannot route "[token].ics": the segment is {token} in app/ and {token}.ics for callers. */
const routePathOf = (documentPath: string) => documentPath.replace(/\{(\w+)\}\.ics$/, "{$1}");

const HTTP_METHODS = ["get", "post", "put", "patch", "delete"];

describe("the generated OpenAPI document", () => {
  it("is valid OpenAPI 3.1 to @readme/openapi-parser", async () => {
    const document = openApiDocument();
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? "" : compileErrors(result)).toBe("");
    expect(result.warnings).toEqual([]);
  });

  it("would be refused by the parser if it were broken (a response without its description)", async () => {
    const broken = structuredClone(openApiDocument()) as { paths: Record<string, { get?: { responses: object } }> };
    broken.paths["/api/health"]!.get!.responses = { "200": { content: {} } };
    const result = await validate(broken as never);
    expect(result.valid).toBe(false);
  });

  it("describes every route handler's methods, and nothing else", () => {
    const routes = Object.fromEntries(
      routeFiles(apiDir)
        .filter(([p]) => !NOT_API.includes(p))
        .map(([p, file]) => [p, exportedMethods(file)]),
    );
    const documented = Object.fromEntries(
      Object.entries(openApiDocument().paths).map(([p, item]) => [
        routePathOf(p),
        Object.keys(item)
          .filter((m) => HTTP_METHODS.includes(m))
          .sort(),
      ]),
    );
    expect(Object.keys(routes).length).toBeGreaterThan(10);
    expect(documented).toEqual(routes);
  });

  it("answers every operation's errors with the common Error body, 500 and 503 included", () => {
    for (const [p, item] of Object.entries(openApiDocument().paths)) {
      for (const [method, op] of Object.entries(item as Record<string, { responses: Record<string, unknown> }>)) {
        expect(Object.keys(op.responses), `${method} ${p}`).toEqual(expect.arrayContaining(["500", "503"]));
        expect(op.responses["500"], `${method} ${p}`).toMatchObject({
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        });
      }
    }
  });

  it("describes a query with the schema the handler parses: required, optional and descriptions", () => {
    const search = openApiDocument().paths["/api/search"]!.get as { parameters: { description?: string }[] };
    expect(search.parameters).toMatchObject([
      { name: "q", in: "query", required: true, schema: { type: "string", minLength: 2, maxLength: 200 } },
    ]);
    expect(search.parameters[0]!.description).toContain("Search words");
  });

  const operation = (overrides: Partial<ApiOperation>): ApiOperation => ({
    operationId: "x",
    method: "get",
    path: "/api/x",
    tag: "x",
    summary: "x",
    session: "none",
    responses: { 200: { description: "x", schema: z.object({ a: z.string() }) } },
    ...overrides,
  });
  const info = { title: "t", version: "1", description: "d" };

  it("refuses one id for two different schemas, and a method described twice", () => {
    const one = z.object({ a: z.string() }).meta({ id: "Thing" });
    const other = z.object({ b: z.string() }).meta({ id: "Thing" });
    expect(() =>
      buildOpenApiDocument(info, [
        operation({ responses: { 200: { description: "x", schema: one } } }),
        operation({ operationId: "y", path: "/api/y", responses: { 200: { description: "y", schema: other } } }),
      ]),
    ).toThrow(/Two different schemas have the id "Thing"/);
    expect(() => buildOpenApiDocument(info, [operation({}), operation({ operationId: "y" })])).toThrow(
      /described twice/,
    );
  });

  it("puts schemas with an id into the components and refers to them", () => {
    const thing = z.object({ a: z.string() }).meta({ id: "Thing" });
    const document = buildOpenApiDocument(info, [
      operation({ responses: { 200: { description: "x", schema: z.object({ things: z.array(thing) }) } } }),
    ]);
    expect(document.components.schemas.Thing).toMatchObject({ type: "object", required: ["a"] });
    expect(JSON.stringify(document.paths)).toContain('"items":{"$ref":"#/components/schemas/Thing"}');
    expect(JSON.stringify(document)).not.toContain("$defs");
  });
});
