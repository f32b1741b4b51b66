// API requests as route() (lib/http/respond.ts) sees them: every route
// handler's answer counted and timed by route group.
import "server-only";
import { metrics } from "./registry";

/**
 * "/api/meetings/…" is "meetings". route() only ever runs for the handlers
 * under app/api, so the groups are the folders there: a closed set.
 */
export function apiGroupOf(pathname: string): string {
  return /^\/api\/([^/]+)/.exec(pathname)?.[1] ?? "other";
}

export function observeApiRequest(request: Request, status: number, seconds: number): void {
  const group = apiGroupOf(new URL(request.url).pathname);
  const method = request.method;
  metrics().httpRequests.inc({ group, method, status: String(status) });
  metrics().httpDuration.observe({ group, method }, seconds);
}
