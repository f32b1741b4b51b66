// The Prisma client, one per process. Only lib/**/data.ts, lib/**/mutations.ts
// and lib/db import it (eslint enforces this).
import "server-only";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
// Not next/navigation: the job worker imports this file too, outside React's client runtime.
import { notFound } from "next/dist/client/components/not-found";
import { createPrismaClient, type Db } from "./client";
import { env, requireDatabaseUrl } from "@/lib/env";

const globalForDb = globalThis as unknown as { __pikeDb?: Db };

/** Lazily created so that `next build` never needs a database. */
export function db(): Db {
  // The build prerenders only placeholder paths (app/[locale]/layout.tsx);
  // real pages are rendered and cached on their first request, with the
  // runtime's data. Anything that reaches the database at build is such a
  // placeholder: answer it as not found.
  if (env().NEXT_PHASE === PHASE_PRODUCTION_BUILD) notFound();
  globalForDb.__pikeDb ??= createPrismaClient(requireDatabaseUrl());
  return globalForDb.__pikeDb;
}

export type { Db, Tx } from "./client";
