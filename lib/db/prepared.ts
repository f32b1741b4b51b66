// Statements PostgreSQL keeps prepared on each connection. Prisma sends every
// statement unnamed, so PostgreSQL plans it again each time; for the few big
// reporting statements a page runs on every request that planning is a
// sizeable share of their cost (the coverage dashboard's three: about 11 ms of
// 64 on ten years of data, measured with named and unnamed statements). A
// statement made with `prepared()` starts with a marker, and the driver
// adapter (lib/db/client.ts) names it by a hash of its text: the same text on
// the same connection is parsed and planned once, and after five runs
// PostgreSQL may keep a generic plan when it costs no more than the custom
// ones. Only for statements whose text takes a small, fixed number of shapes:
// every distinct text stays prepared on each pooled connection while it lives.
import { createHash } from "node:crypto";
import { Prisma } from "./generated/client";

const MARK = "/* prepared */";

/** The statement, to be kept prepared on each connection that runs it. */
export function prepared(sql: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(MARK)} ${sql}`;
}

/** The adapter's statementNameGenerator: a name for marked statements, none (unnamed) for the rest. */
export function statementName(query: { sql: string }): string | undefined {
  if (!query.sql.startsWith(MARK)) return undefined;
  // PostgreSQL's names are at most 63 bytes; 27 of base64url are 160 bits of hash.
  return `p_${createHash("sha1").update(query.sql).digest("base64url")}`;
}
