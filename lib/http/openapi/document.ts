// The OpenAPI 3.1 document, generated from the domains' ApiOperations with
// zod's own JSON Schema output (draft 2020-12, which OpenAPI 3.1 uses).
// Inputs are described as the handler accepts them (io "input"), answers as
// they go out (io "output"). A schema with a meta id becomes a component.
import { z } from "zod";
import { errorBodySchema, type ApiOperation, type ApiResponse } from "./operation";

type JsonSchema = Record<string, unknown>;

const COMPONENT_REF = "#/components/schemas/";

/** Any route() handler can also answer these; an operation may describe them more exactly. */
const COMMON_ERRORS = {
  500: "An unexpected error (its own text is never sent)",
  503: "The database is not available (Retry-After)",
} as const;

export type OpenApiInfo = { title: string; version: string; description: string };

export function buildOpenApiDocument(info: OpenApiInfo, operations: readonly ApiOperation[]) {
  const components = new Map<string, { json: JsonSchema; io: "input" | "output" }>();

  /** The schema as JSON Schema; schemas with an id go to the components, referenced from here. */
  function convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const {
      $schema: _dialect,
      $defs,
      ...json
    } = z.toJSONSchema(schema, {
      target: "draft-2020-12",
      io,
      unrepresentable: "throw",
      cycles: "throw",
    }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    for (const [id, def] of Object.entries($defs ?? {})) {
      const component = withComponentRefs(def);
      const known = components.get(id);
      if (known && JSON.stringify(known.json) !== JSON.stringify(component)) {
        throw new Error(
          `Two different schemas have the id "${id}" (${known.io} and ${io}): give each its own id, or none to an input schema.`,
        );
      }
      components.set(id, { json: component, io });
    }
    return withComponentRefs(json);
  }

  const errorBody = convert(errorBodySchema, "output");
  const content = (response: ApiResponse) => {
    const mediaType = response.mediaType ?? "application/json";
    if (!response.schema && mediaType === "application/json") throw new Error("A JSON response needs its schema.");
    return { [mediaType]: response.schema ? { schema: convert(response.schema, "output") } : {} };
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const item = (paths[op.path] ??= {});
    if (item[op.method]) throw new Error(`${op.method.toUpperCase()} ${op.path} is described twice.`);

    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(op.responses)) {
      responses[status] = { description: response.description, content: content(response) };
    }
    for (const [status, description] of Object.entries({ ...COMMON_ERRORS, ...op.errors })) {
      responses[status] ??= { description, content: { "application/json": { schema: errorBody } } };
    }

    item[op.method] = {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(op.session === "required" ? { security: [{ session: [] }] } : {}),
      ...(op.session === "optional" ? { security: [{}, { session: [] }] } : {}),
      parameters: [...parameters(op.pathParams, "path", convert), ...parameters(op.query, "query", convert)],
      ...(op.body
        ? { requestBody: { required: true, content: { "application/json": { schema: convert(op.body, "input") } } } }
        : {}),
      responses: sortedByKey(responses),
    };
  }

  return {
    openapi: "3.1.0",
    info,
    servers: [{ url: "/" }],
    tags: [...new Set(operations.map((op) => op.tag))].sort().map((name) => ({ name })),
    components: {
      schemas: sortedByKey(Object.fromEntries([...components].map(([id, { json }]) => [id, json]))),
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The Auth.js session cookie (__Secure-authjs.session-token over https)",
        },
      },
    },
    paths: sortedByKey(paths),
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/** One parameter per property of the object schema, described as the handler accepts it. */
function parameters(
  schema: z.ZodObject | undefined,
  where: "path" | "query",
  convert: (schema: z.ZodType, io: "input") => JsonSchema,
) {
  if (!schema) return [];
  const json = convert(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, { description, ...property }]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    ...(typeof description === "string" ? { description } : {}),
    schema: property,
  }));
}

/** zod writes references into its own $defs; in the document they point at the components. */
function withComponentRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withComponentRefs) as T;
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === "$ref" && typeof inner === "string" && inner.startsWith("#/$defs/")
        ? COMPONENT_REF + inner.slice("#/$defs/".length)
        : withComponentRefs(inner),
    ]),
  ) as T;
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
