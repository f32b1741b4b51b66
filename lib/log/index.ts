// Structured JSON logs (pino). Never log tokens, cookies, or connection
// strings: the redaction list below removes them wherever they appear in a
// log object, and `redactUrl` strips credentials from URLs before logging.
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import { env } from "@/lib/env";

export const REDACTED_PATHS = [
  "token",
  "*.token",
  "url",
  "*.url",
  "cookie",
  "*.cookie",
  "headers.cookie",
  "headers.authorization",
  "*.headers.cookie",
  "*.headers.authorization",
  "sessionToken",
  "*.sessionToken",
  "databaseUrl",
  "DATABASE_URL",
  "*.DATABASE_URL",
  "password",
  "*.password",
];

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}) {
  return pino(
    {
      level: options.level ?? env().LOG_LEVEL,
      base: { app: "pike-portaali" },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Every line written while a request is handled names that request.
      mixin: () => requestContext().getStore() ?? {},
    },
    options.destination,
  );
}

type RequestContext = { requestId: string };

// On globalThis: route handlers may be bundled with their own copy of this
// module, and they must all see the one store route() runs them in.
const globalForLog = globalThis as unknown as { __pikeRequestContext?: AsyncLocalStorage<RequestContext> };
const requestContext = () => (globalForLog.__pikeRequestContext ??= new AsyncLocalStorage<RequestContext>());

/** Runs fn so that every log line it writes (however deep) carries this request id. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestContext().run({ requestId }, fn);
}

export const log = createLogger();

export { redactUrl } from "./redact";
