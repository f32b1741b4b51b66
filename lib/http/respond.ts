// The one way route handlers answer with JSON and errors.
import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { log, withRequestId } from "@/lib/log";
import { logRequestError, requestIdOf } from "@/lib/log/request-error";
import { observeApiRequest } from "@/lib/metrics/http";
import { AppError, ERROR_STATUS, type ErrorCode, type FieldErrors } from "./errors";
import { reportDatabaseUnavailable } from "@/lib/db/availability";
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./db-errors";
import { fieldErrorsOf } from "./form";
import type { ErrorBody } from "./openapi/operation";
import { translateKey, translator } from "@/lib/i18n/translate";

/** Field messages are catalogue keys (from zod or `fieldError`); the API speaks English. */
function inEnglish(fields: FieldErrors): FieldErrors {
  const t = translator("en");
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(fields)) {
    out[field] = translateKey(t, message, message) ?? message;
  }
  return out;
}

export function json<T>(body: T, init?: ResponseInit): NextResponse {
  return NextResponse.json(body, init);
}

export function errorResponse(
  code: ErrorCode,
  message: string,
  fields?: FieldErrors,
  headers?: Record<string, string>,
  extra?: AppError["extra"],
): NextResponse {
  const body: ErrorBody = { error: { code, message, ...(fields ? { fields } : {}), ...extra } };
  return NextResponse.json(body, { status: ERROR_STATUS[code], headers: { "Cache-Control": "no-store", ...headers } });
}

/** requestId: the one route() gave the request, so that the 500 names what the log line says. */
export function toErrorResponse(error: unknown, request?: Request, requestId?: string): NextResponse {
  if (error instanceof AppError) {
    return errorResponse(
      error.code,
      error.message,
      error.fields && inEnglish(error.fields),
      error.headers,
      error.extra,
    );
  }
  if (error instanceof z.ZodError) {
    return errorResponse("VALIDATION_FAILED", "The input is not valid.", inEnglish(fieldErrorsOf(error)));
  }
  if (isDatabaseUnavailable(error)) {
    reportDatabaseUnavailable();
    log.error({ err: describe(error) }, "database unavailable");
    return errorResponse("DATABASE_UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE, undefined, {
      "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS),
    });
  }
  const id = logRequestError(
    log,
    error,
    request
      ? { method: request.method, path: new URL(request.url).pathname, headers: request.headers, requestId }
      : { method: "", path: "", headers: {}, requestId },
    { routeType: "route" },
  );
  // Never ship an unknown error's text to the caller; its request id lets them name it.
  return errorResponse("INTERNAL", "Something went wrong.", undefined, { "X-Request-Id": id });
}

function describe(error: unknown) {
  return error instanceof Error ? { name: error.name, message: error.message } : { value: String(error) };
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/**
 * Wraps a route handler: every thrown error becomes the common JSON error;
 * every answer carries the request's id (X-Request-Id: the proxy's in front,
 * else a new one), as does every log line written meanwhile; and each is
 * counted and timed for the metrics (lib/metrics/http.ts).
 */
export function route<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const requestId = requestIdOf(request.headers);
    const started = performance.now();
    const response = await withRequestId(requestId, async () => {
      try {
        return await handler(request, context);
      } catch (error) {
        return toErrorResponse(error, request, requestId);
      }
    });
    observeApiRequest(request, response.status, (performance.now() - started) / 1000);
    return withHeader(response, "X-Request-Id", requestId);
  };
}

/** Response.redirect() and fetched responses have immutable headers: those are copied first. */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(name, value);
    return copy;
  }
}
