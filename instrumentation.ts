import type { Instrumentation } from "next";

// Every error Next.js catches while serving a request (pages, route handlers,
// server actions) becomes one JSON log line with the request's id.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const [{ log }, { logRequestError }] = await Promise.all([import("@/lib/log"), import("@/lib/log/request-error")]);
  logRequestError(log, error, request, context);
};
