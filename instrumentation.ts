import type { Instrumentation } from "next";

/** Once per server process, before any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ followWallClock }, { encodeStringBodies }, { installOutageGate }] = await Promise.all([
    import("@/lib/cache/wall-clock"),
    import("@/lib/http/string-bodies"),
    import("@/lib/http/outage-gate"),
  ]);
  // The caches' timestamps and the wall clock, one clock even after the machine is paused.
  followWallClock();
  encodeStringBodies();
  installOutageGate(process.env.DATABASE_URL);
}

// Every error Next.js catches while serving a request (pages, route handlers,
// server actions) becomes one JSON log line with the request's id.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const [{ log }, { logRequestError }, { isDatabaseUnavailable }, { reportDatabaseUnavailable }] = await Promise.all([
    import("@/lib/log"),
    import("@/lib/log/request-error"),
    import("@/lib/http/db-errors"),
    import("@/lib/db/availability"),
  ]);
  // A page that failed for want of the database closes the outage gate for the pages after it.
  if (isDatabaseUnavailable(error)) reportDatabaseUnavailable();
  logRequestError(log, error, request, context);
};
