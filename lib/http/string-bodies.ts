// Response bodies written as strings are encoded to UTF-8 bytes before they
// reach the socket. Why: Node writes a string holding any character outside
// Latin-1 ("–", "…" are on most of our pages) through a slow two-byte path,
// and Next sends a cached page as one string: on this machine a 74 KB menu
// page went out ~930 times a second as a string, ~2,700 as Buffer.from (simdutf)
// of the same string (ADR 17, issue 10's bench). Installed once per process by
// instrumentation.ts; the bytes on the wire are the same.
import { ServerResponse } from "node:http";

/** Shorter strings gain nothing worth a copy. */
const MIN_LENGTH = 1024;
const INSTALLED = Symbol.for("pike.stringBodies");

type Writer = (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) => unknown;

function encoded(original: Writer): Writer {
  return function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    if (typeof chunk !== "string" || chunk.length < MIN_LENGTH) {
      // eslint-disable-next-line prefer-rest-params -- the caller's arguments as given, however many
      return original.apply(this, arguments as unknown as Parameters<Writer>);
    }
    const bytes = Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    return original.call(this, bytes, typeof encoding === "function" ? encoding : callback);
  };
}

/** Makes ServerResponse's end() and write() encode long string bodies first (idempotent). */
export function encodeStringBodies(prototype: object = ServerResponse.prototype as object): void {
  const marked = prototype as Record<symbol, boolean>;
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  const target = prototype as unknown as { end: Writer; write: Writer };
  target.end = encoded(target.end);
  target.write = encoded(target.write);
}
