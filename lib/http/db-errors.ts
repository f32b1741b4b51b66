// Recognises "the database is not there" among the shapes pg, the Prisma
// driver adapter and the query engine use for it.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01", // admin_shutdown
  "57P02",
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001",
  "P1002",
  "P1017",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    if (typeof e !== "object") break;
    const o = e as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof o.code === "string" && UNAVAILABLE_CODES.has(o.code)) return true;
    if (typeof o.originalCode === "string" && UNAVAILABLE_CODES.has(o.originalCode)) return true;
    if (o.kind === "DatabaseNotReachable" || o.kind === "ConnectionClosed" || o.kind === "SocketTimeout") return true;
    if (
      typeof o.message === "string" &&
      /connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|Can't reach database/i.test(o.message)
    )
      return true;
    e = o.cause;
  }
  return false;
}

/** A unique constraint refused the write (Prisma's P2002): a slug or name taken in a race. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
