// How a domain describes its JSON API: one ApiOperation per route handler
// method, with the zod schemas the handler validates with (path, query, body)
// and the zod schemas of what it answers. lib/http/openapi/document.ts turns
// them into the OpenAPI document; the integration tests check every real
// response against that document (tests/integration/support/openapi-check.ts).
import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "../errors";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** The statuses of the common error body (lib/http/errors.ts). */
export type ErrorStatus = (typeof ERROR_STATUS)[ErrorCode];

export type ApiResponse = {
  description: string;
  /** Default application/json. A range such as "*\/*" when the type is the content's own. */
  mediaType?: string;
  /** The body as it goes out (dates as ISO strings); required for JSON, none for binary files. */
  schema?: z.ZodType;
};

export type ApiOperation = {
  /** Unique and stable: clients generate function names from it. */
  operationId: string;
  method: HttpMethod;
  /** As callers write it: /api/trainings/{sessionId}. */
  path: `/api/${string}`;
  /** The domain the operation belongs to. */
  tag: string;
  summary: string;
  description?: string;
  /** "required": the Auth.js session cookie; "optional": the answer depends on it; "none": never read. */
  session: "required" | "optional" | "none";
  /** The path's {parameters}; each property's description becomes the parameter's. */
  pathParams?: z.ZodObject;
  /** The schema the handler parses the query with; one parameter per property. */
  query?: z.ZodObject;
  /** The schema the handler parses the JSON body with. */
  body?: z.ZodType;
  /** Success responses by status. */
  responses: Partial<Record<200 | 201 | 202 | 204 | 503, ApiResponse>>;
  /** Error responses (the common error body) by status, with when they happen. */
  errors?: Partial<Record<ErrorStatus, string>>;
};

/** Keeps a domain's list typed without widening its literals. */
export const apiOperations = (operations: readonly ApiOperation[]) => operations;

/** The one error body of every route handler (lib/http/respond.ts builds it). */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]).meta({
        description: `The status follows from the code: ${Object.entries(ERROR_STATUS)
          .map(([code, status]) => `${code} ${status}`)
          .join(", ")}`,
      }),
      message: z.string().meta({ description: "In English, for people; never an unknown error's own text" }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ description: "Messages per input field (in English), or values that name what conflicts" }),
      conflict: z.object({ startDate: z.iso.date(), endDate: z.iso.date() }).optional().meta({
        description:
          "A kit reservation's 409: the period of the live reservation it collides with (its own days; the shipping days after it are held too)",
      }),
    }),
  })
  .meta({ id: "Error", description: "Every error answer has this shape" });

export type ErrorBody = z.output<typeof errorBodySchema>;

// Building blocks of response schemas: values as they are on the wire.

/** A row id. */
export const jsonId = z.uuid();
/** An instant, as Date.toISOString() writes it. */
export const jsonInstant = z.iso.datetime();
/** A calendar day, yyyy-mm-dd. */
export const jsonDay = z.iso.date();

/** A path parameter that is a row id: malformed ids are answered as unknown ones (404). */
export const idParam = (description: string) => z.uuid().meta({ description });
