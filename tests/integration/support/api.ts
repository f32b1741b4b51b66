// Calling route handlers as an HTTP client would (JSON API tests): a Request
// from the app's origin (or another, for the cross-site check) carrying a
// session cookie when given, with the request state the stubs read set to
// match; the route's params; and the answer's status and JSON body.
import { ORIGIN, request as current } from "./request";

export function apiRequest(
  method: string,
  path: string,
  options: { cookie?: string; body?: unknown; raw?: string; origin?: string } = {},
): Request {
  const headers = new Headers({ host: "127.0.0.1:3000", origin: options.origin ?? ORIGIN });
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.body !== undefined || options.raw !== undefined) headers.set("content-type", "application/json");
  current.headers = headers;
  current.actor = null;
  return new Request(`${ORIGIN}${path}`, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
}

/** A route handler's second argument. */
export const routeParams = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

/** The status and the JSON body of a route handler's answer. */
export async function callJson<T = Record<string, unknown>>(response: Promise<Response>) {
  const res = await response;
  return { status: res.status, body: (await res.json()) as T };
}
