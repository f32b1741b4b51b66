// The Prisma client, one per process. Only lib/**/data.ts, lib/**/mutations.ts
// and lib/db import it (eslint enforces this).
import "server-only";
import { createPrismaClient, type Db } from "./client";
import { requireDatabaseUrl } from "@/lib/env";

const globalForDb = globalThis as unknown as { __pikeDb?: Db };

/** Lazily created so that `next build` never needs a database. */
export function db(): Db {
  globalForDb.__pikeDb ??= createPrismaClient(requireDatabaseUrl());
  return globalForDb.__pikeDb;
}

export type { Db, Tx } from "./client";
