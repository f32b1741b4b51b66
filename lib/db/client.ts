// Creating a client is separate from the app's singleton so that scripts and
// tests (outside Next.js, without "server-only") can make their own.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";

/** Each client's pg pool, so that its use can be measured (lib/metrics). */
const pools = new WeakMap<object, pg.Pool>();

export function createPrismaClient(
  connectionString: string,
  options: { max?: number; connectionTimeoutMillis?: number } = {},
) {
  // Our own pool rather than the adapter's, only to be able to read its
  // counts; the adapter ends it on $disconnect as it would its own.
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    // Fail fast when the database is down so /api/health answers 503 quickly;
    // the pool reconnects by itself once it is back.
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 3_000,
    idleTimeoutMillis: 30_000,
    // Times are UTC on every connection, whatever the server's default (an
    // embedded cluster inherits its starter's TZ): the few SQL expressions
    // that read the session zone then mean the same everywhere.
    options: "-c TimeZone=UTC -c jit=off",
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

export type Db = ReturnType<typeof createPrismaClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The pg pool behind a client made by createPrismaClient. */
export function poolOf(client: Db): pg.Pool | undefined {
  return pools.get(client);
}
