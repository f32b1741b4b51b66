// The outage gate: while this process knows PostgreSQL to be unreachable
// (lib/db/availability.ts), pages answer a friendly 503 page and API calls a
// 503 JSON error before Next.js sees them. Without it a page that needs the
// database fails as a 500 (or, streamed, as an error inside a 200), and a
// signed-in request whose session lookup fails reads as signed out — the
// sign-in form shown to someone who is signed in. Next gives a page no way to
// answer 503, so the gate sits where string-bodies.ts does: on Node's HTTP
// server, installed once per process by instrumentation.ts. When the database
// is up it costs one property read per request.
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { isDatabaseDown } from "@/lib/db/availability";
import { LOCALE_COOKIE, requestLocale, type Locale } from "@/lib/i18n/config";
import { DATABASE_RETRY_AFTER_SECONDS, DATABASE_UNAVAILABLE_MESSAGE } from "./db-errors";
import { outagePage } from "./outage-page";

const INSTALLED = Symbol.for("pike.outageGate");

/** What the gate answers for a path: a page, an API error, or nothing (passes on). */
export function gateKind(path: string): "page" | "api" | null {
  // Health reports the outage itself (load balancers and monitors read it); metrics keep counting.
  if (path === "/api/health" || path === "/api/metrics") return null;
  if (path.startsWith("/api/")) return "api";
  // Built files and public files (icons, robots.txt, the sitemap, kit photos) need no database.
  if (path.startsWith("/_next/") || /\.[a-z0-9]+$/i.test(path)) return null;
  return "page";
}

/** The reader's language, as the app decides it, from the raw Cookie header. */
export function gateLocale(path: string, cookieHeader: string | undefined): Locale {
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(cookieHeader ?? "")?.[1];
  return requestLocale(path, cookie);
}

const COMMON_HEADERS = {
  "Cache-Control": "no-store",
  "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS),
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** Answers the request if the gate is closed for it; true when it did. */
export function answerIfDown(request: IncomingMessage, response: ServerResponse, databaseUrl: string | undefined) {
  if (!isDatabaseDown(databaseUrl)) return false;
  const url = request.url ?? "/";
  const path = url.split("?")[0]!;
  const kind = gateKind(path);
  if (!kind) return false;
  if (kind === "api") {
    // The shape of every API error (lib/http/respond.ts errorResponse).
    const body = JSON.stringify({ error: { code: "DATABASE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE } });
    response.writeHead(503, { ...COMMON_HEADERS, "Content-Type": "application/json" });
    response.end(body);
    return true;
  }
  const html = outagePage(gateLocale(path, request.headers.cookie), url);
  response.writeHead(503, {
    ...COMMON_HEADERS,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
  });
  response.end(request.method === "HEAD" ? undefined : html);
  return true;
}

type Emit = (this: Server, event: string | symbol, ...args: unknown[]) => boolean;

/** Puts the gate in front of every HTTP server of this process (idempotent). */
export function installOutageGate(databaseUrl: string | undefined, prototype: object = Server.prototype as object) {
  const marked = prototype as Record<symbol, boolean>;
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  const target = prototype as unknown as { emit: Emit };
  const emit = target.emit;
  target.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && answerIfDown(args[0] as IncomingMessage, args[1] as ServerResponse, databaseUrl)) {
      return true;
    }
    return emit.call(this, event, ...args);
  };
}
