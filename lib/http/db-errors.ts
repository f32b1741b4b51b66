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

/** What a caller is told when the database is away (the API's 503, the outage gate's). */
export const DATABASE_UNAVAILABLE_MESSAGE = "The database is not available. Try again shortly.";
/** Seconds a caller is asked to wait then (Retry-After): the outage gate probes once a second. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Thrown by the app itself when it knows the database to be away (code as Prisma's "can't reach"). */
export class DatabaseUnavailableError extends Error {
  readonly code = "P1001";
  constructor(message = "The database is not available.") {
    super(message);
    this.name = "DatabaseUnavailableError";
  }
}

/** A unique constraint refused the write (Prisma's P2002): a slug or name taken in a race. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * An exclusion constraint refused the write (SQLSTATE 23P01; or a message
 * naming `constraint` as one). The driver adapter passes it on unmapped: the code sits on the
 * error, its cause, or the adapter error in meta, depending on the path.
 */
export function isExclusionViolation(error: unknown, constraint?: string): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e) || seen.size > 12) continue;
    seen.add(e);
    const o = e as { code?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
    const is23P01 = o.code === "23P01" || o.originalCode === "23P01";
    const text = typeof o.message === "string" ? o.message : "";
    if (is23P01) return true;
    if (/Code: `23P01`/.test(text) || (constraint && text.includes(constraint) && /exclusion constraint/.test(text))) {
      return true;
    }
    queue.push(o.cause, (o.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError);
  }
  return false;
}

/**
 * A deadlock or serialisation failure (40P01, 40001): the transaction was
 * rolled back and may simply be run again. Prisma 7's driver adapter says
 * `TransactionWriteConflict` (on the error or its cause), or P2034.
 */
export function isWriteConflict(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth++) {
    if (typeof e !== "object") break;
    const o = e as { code?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; meta?: unknown };
    if (o.code === "P2034" || o.code === "40P01" || o.code === "40001") return true;
    if (o.originalCode === "40P01" || o.originalCode === "40001") return true;
    if (o.kind === "TransactionWriteConflict") return true;
    e = o.cause ?? (o.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  }
  return false;
}
