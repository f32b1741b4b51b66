// Who reads a members' page, as proxy.ts needs to know it (ADR 23): one
// indexed statement per request on a small pool of its own, no Prisma (the
// proxy runs before any page and should cost what a lookup costs).
import { Pool } from "pg";
import type { Role } from "@/lib/db/enums";
import { requireDatabaseUrl } from "@/lib/env";
import { log } from "@/lib/log";
import { ROLES } from "./policy";

export type ProxyReader = {
  roles: Role[];
  hasLibrary: boolean;
  /** The reader is the secretary of the meeting asked about: their page names them, so it is not an audience's. */
  secretary: boolean;
};

const globalForProxy = globalThis as unknown as { __pikeProxyPool?: Pool };

function pool(): Pool {
  globalForProxy.__pikeProxyPool ??= new Pool({
    connectionString: requireDatabaseUrl(),
    max: 4,
    idleTimeoutMillis: 30_000,
    application_name: "pike-proxy",
  });
  return globalForProxy.__pikeProxyPool;
}

// The session as Auth.js's adapter reads it (lib/db/auth-adapter.ts): unexpired, of an active account.
const READER_SQL = `
  SELECT u.roles::text[] AS roles,
         u."libraryId" IS NOT NULL AS "hasLibrary",
         EXISTS (SELECT 1 FROM "Meeting" m WHERE m.id = $2::uuid AND m."secretaryId" = u.id) AS secretary
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
   WHERE s."sessionToken" = $1 AND s.expires > now() AND u."deactivatedAt" IS NULL`;

/**
 * The reader of a session token, or null when there is no such live session
 * (or the database cannot say: the request then goes to the per-request page,
 * which decides for itself).
 */
export async function readerOfSession(token: string, meetingId: string | null): Promise<ProxyReader | null> {
  try {
    const { rows } = await pool().query<{ roles: string[]; hasLibrary: boolean; secretary: boolean }>(READER_SQL, [
      token,
      meetingId,
    ]);
    const row = rows[0];
    if (!row) return null;
    return {
      roles: ROLES.filter((role) => row.roles.includes(role)),
      hasLibrary: row.hasLibrary,
      secretary: row.secretary,
    };
  } catch (error) {
    log.warn({ err: error }, "proxy: session not read; the page reads it itself");
    return null;
  }
}
