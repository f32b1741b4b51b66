// Creating a client is separate from the app's singleton so that scripts and
// tests (outside Next.js, without "server-only") can make their own.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

export function createPrismaClient(
  connectionString: string,
  options: { max?: number; connectionTimeoutMillis?: number } = {},
) {
  const adapter = new PrismaPg({
    connectionString,
    max: options.max ?? 10,
    // Fail fast when the database is down so /api/health answers 503 quickly;
    // the pool reconnects by itself once it is back.
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 3_000,
    idleTimeoutMillis: 30_000,
    // Times are UTC on every connection, whatever the server's default (an
    // embedded cluster inherits its starter's TZ): the few SQL expressions
    // that read the session zone then mean the same everywhere.
    options: "-c TimeZone=UTC",
  });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
