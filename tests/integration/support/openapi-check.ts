// Every response a route handler gives in an integration test is checked
// against the generated OpenAPI document: the path and method must be
// described, the status too, the Content-Type must be one described for it,
// and a JSON body must match its schema (compiled from the document itself by
// ajv, so the check covers the conversion from zod as well). An error body's
// code must belong to its status. setup-env.ts wraps route() with this for
// every integration test file, so code and description cannot drift apart.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { ERROR_STATUS } from "@/lib/http/errors";
import { openApiDocument } from "@/lib/http/openapi";

type Described = { content?: Record<string, { schema?: unknown }> };
type Operation = { responses: Record<string, Described> };

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

const document = openApiDocument();
const DOCUMENT_ID = "openapi.json";
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema(document, DOCUMENT_ID);

const paths = Object.keys(document.paths)
  .map((path) => ({
    path,
    pattern: new RegExp(
      `^${path
        .split(/\{\w+\}/)
        .map(escapeRegExp)
        .join("[^/]+")}$`,
    ),
  }))
  // A path without parameters wins over a template that also matches it.
  .sort((a, b) => Number(a.path.includes("{")) - Number(b.path.includes("{")));

const validators = new Map<string, ValidateFunction>();
const isErrorBody = ajv.compile({ $ref: `${DOCUMENT_ID}#/components/schemas/Error` });

/** A JSON pointer into the document, as a URI fragment that ajv resolves. */
const pointer = (...segments: string[]) =>
  segments.map((s) => encodeURIComponent(s.replaceAll("~", "~0").replaceAll("/", "~1"))).join("/");

function validatorFor(path: string, method: string, status: string, mediaType: string): ValidateFunction {
  const ref = `${DOCUMENT_ID}#/${pointer("paths", path, method, "responses", status, "content", mediaType, "schema")}`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  return validate;
}

/** "text/calendar; charset=utf-8" is "text/calendar"; "*\/*" and "text/*" are ranges. */
function mediaTypeMatches(described: string, actual: string): boolean {
  if (described === "*/*") return true;
  if (described.endsWith("/*")) return actual.startsWith(described.slice(0, -1));
  return described === actual;
}

/** What is wrong with this response by the document; null when nothing is. */
export async function responseProblem(request: Request, response: Response): Promise<string | null> {
  const { pathname } = new URL(request.url);
  const method = request.method.toLowerCase();
  const where = `${request.method} ${pathname} → ${response.status}`;

  const match = paths.find((p) => p.pattern.test(pathname));
  if (!match) {
    // As for any unknown address: a 404 with the error body (e.g. a personal feed without its .ics).
    if (
      response.status === 404 &&
      isErrorBody(
        await response
          .clone()
          .json()
          .catch(() => null),
      )
    )
      return null;
    return `${where}: no path of the OpenAPI document matches ${pathname}`;
  }
  const operation = (document.paths[match.path] as Record<string, Operation | undefined>)[method];
  if (!operation) return `${where}: ${match.path} has no ${request.method} in the OpenAPI document`;
  const status = String(response.status);
  const described = operation.responses[status];
  if (!described) {
    return `${where}: status ${status} is not described for ${request.method} ${match.path} (${Object.keys(operation.responses).join(", ")})`;
  }

  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const mediaTypes = Object.keys(described.content ?? {});
  const mediaType = mediaTypes.find((m) => mediaTypeMatches(m, contentType));
  if (!mediaType) return `${where}: Content-Type "${contentType}" is not described (${mediaTypes.join(", ")})`;
  if (mediaType !== "application/json") return null;

  const body: unknown = await response.clone().json();
  const validate = validatorFor(match.path, method, status, mediaType);
  if (!validate(body)) {
    return `${where}: the body does not match the OpenAPI document: ${ajv.errorsText(validate.errors, { separator: "; " })}\n${JSON.stringify(body).slice(0, 500)}`;
  }
  const code = (body as { error?: { code?: string } }).error?.code;
  if (code && code in ERROR_STATUS && ERROR_STATUS[code as keyof typeof ERROR_STATUS] !== response.status) {
    return `${where}: error code ${code} belongs to status ${ERROR_STATUS[code as keyof typeof ERROR_STATUS]}`;
  }
  return null;
}

/** Problems found in the current test; setup-env.ts fails the test when there are any. */
export const problems: string[] = [];

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** route() as the app has it, plus the check of every response it gives. */
export function checkedRoute(route: <C>(handler: Handler<C>) => Handler<C>) {
  return <C>(handler: Handler<C>): Handler<C> => {
    const wrapped = route(handler);
    return async (request, context) => {
      const response = await wrapped(request, context);
      const problem = await responseProblem(request, response);
      if (problem) {
        problems.push(problem);
        throw new Error(problem);
      }
      return response;
    };
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
