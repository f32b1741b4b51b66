// One JSON line per unhandled server error (instrumentation.ts's
// onRequestError, and the route handlers' common wrapper), with the request's
// id: the X-Request-Id a proxy in front set (nginx: `proxy_set_header
// X-Request-Id $request_id;`), else a fresh one. The line carries the error's
// digest, which the error page shows the user as its reference. Web Crypto's
// randomUUID, not node:crypto: instrumentation is also bundled for the Edge runtime.
import type pino from "pino";

type HeaderBag = Headers | Record<string, string | string[] | undefined>;

// A token that is safe in a header, a log line and a URL: what nginx's
// $request_id, a UUID or a ULID look like.
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The id a proxy gave the request, if it looks like one; else a new one. */
export function requestIdOf(headers: HeaderBag): string {
  const given = header(headers, "x-request-id")?.trim();
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

/** requestId: the id already given to the request (route() gives one to every API request). */
export type FailedRequest = { method: string; path: string; headers: HeaderBag; requestId?: string };
export type FailureContext = { routePath?: string; routeType?: string };

/** pino's serializer keeps an Error's type, message, stack and digest; never its request's query, cookies or body. */
const describeError = (error: unknown) => (error instanceof Error ? error : { message: String(error) });

export function logRequestError(
  logger: pino.Logger,
  error: unknown,
  request: FailedRequest,
  context: FailureContext = {},
): string {
  const requestId = request.requestId ?? requestIdOf(request.headers);
  logger.error(
    {
      requestId,
      method: request.method,
      // The path without its query: a sign-in link's token travels there.
      path: request.path.split("?")[0],
      ...(context.routePath ? { route: context.routePath } : {}),
      ...(context.routeType ? { routeType: context.routeType } : {}),
      err: describeError(error),
    },
    "unhandled error",
  );
  return requestId;
}
