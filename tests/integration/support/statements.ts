// Counts the SQL statements the app's Prisma client sends while a function
// runs. The app's db() (lib/db) keeps its client in globalThis.__pikeDb; this
// puts one there first whose pg pool makes its connections with a counting
// Client class, so every statement the driver adapter sends is seen: plain
// reads, and BEGIN, the statements inside and COMMIT of a transaction (they go
// through a pooled connection's query() too). No change to the app's code.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";

let recording: string[] | null = null;

class CountingClient extends pg.Client {
  // pg's query() has many overloads; the counter only looks at the first argument.
  query(...args: unknown[]): never {
    const first = args[0] as string | { text?: string } | undefined;
    recording?.push(typeof first === "string" ? first : (first?.text ?? "?"));
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

/**
 * Makes the app's db() a counting client. Call before anything uses db();
 * setup-env.ts disconnects it after the file.
 */
export function installCountingDb(): Db {
  const app = globalThis as unknown as { __pikeDb?: Db };
  if (app.__pikeDb) throw new Error("db() was already used in this file: install the counter first");
  const adapter = new PrismaPg({
    connectionString: process.env.DATABASE_URL!,
    max: 4,
    Client: CountingClient,
  });
  app.__pikeDb = new PrismaClient({ adapter });
  return app.__pikeDb;
}

/** Runs fn and returns its result with the SQL statements sent meanwhile (one run at a time). */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  if (recording) throw new Error("countStatements does not nest");
  recording = [];
  try {
    const result = await fn();
    return { result, statements: recording };
  } finally {
    recording = null;
  }
}
