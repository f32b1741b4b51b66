// Large binary values (material files) travel through a small pg pool of their
// own, a piece at a time, never through Prisma: Prisma passes bytes as base64
// inside JSON both ways, so each megabyte costs several short-lived copies
// (measured: 20 × 1 MB inserted through $executeRaw grew RSS by ~114 MB,
// through pg with binary parameters by ~19 MB). Only the data layer uses it.
import "server-only";
import pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";

const globalForBytes = globalThis as unknown as { __pikeBytesPool?: pg.Pool };

/** Two connections: file pieces are short statements; a third request waits its turn. */
export function bytesPool(): pg.Pool {
  if (!globalForBytes.__pikeBytesPool) {
    const pool = new pg.Pool({
      connectionString: requireDatabaseUrl(),
      max: 2,
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle connection cut by the server (a restart, a dropped test database)
    // is reported through this event; unhandled, it would end the process.
    pool.on("error", () => undefined);
    globalForBytes.__pikeBytesPool = pool;
  }
  return globalForBytes.__pikeBytesPool;
}
