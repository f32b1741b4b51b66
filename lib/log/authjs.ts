// Auth.js's own log messages as the app's JSON lines, instead of its
// multi-line console output. A used, expired or refused link is the
// visitor's doing, not a server fault: a warning, not an error.
import type pino from "pino";

const VISITORS_DOING = new Set(["Verification", "AccessDenied"]);

export function authjsLogger(logger: pino.Logger) {
  return {
    error(error: Error) {
      const type = (error as { type?: unknown }).type;
      const kind = typeof type === "string" ? type : error.name;
      // Only the kind and the message (not under `err`, which pino would
      // dress as an error object with an empty stack): a cause may carry the request.
      const fields = { authjs: kind, message: error.message };
      if (VISITORS_DOING.has(kind)) logger.warn(fields, "sign-in refused");
      else logger.error(fields, "Auth.js error");
    },
    warn(code: string) {
      logger.warn({ authjs: code }, "Auth.js warning");
    },
    debug() {},
  };
}
