import type { Instrumentation } from "next";

/** Once per server process, before any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { encodeStringBodies } = await import("@/lib/http/string-bodies");
  encodeStringBodies();
}

// Every error Next.js catches while serving a request (pages, route handlers,
// server actions) becomes one JSON log line with the request's id.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const [{ log }, { logRequestError }] = await Promise.all([import("@/lib/log"), import("@/lib/log/request-error")]);
  logRequestError(log, error, request, context);
};
