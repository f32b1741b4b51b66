// Structured JSON logs (pino). Never log tokens, cookies, or connection
// strings: the redaction list below removes them wherever they appear in a
// log object, and `redactUrl` strips credentials from URLs before logging.
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
    },
    options.destination,
  );
}

export const log = createLogger();

export { redactUrl } from "./redact";
