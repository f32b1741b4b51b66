// Auth.js's Prisma adapter, with two changes: a person who signs in for the
// first time through a member library's email domain becomes STAFF of that
// library, and a deactivated person's session is no session (deactivating
// deletes them too; this covers one created in the same instant); a session
// lookup that fails for want of the database is reported as such. (Who may
// sign in at all is decided in lib/auth/data.ts.)
import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { findLibraryIdForEmail } from "@/lib/auth/data";
import { isDatabaseUnavailable } from "@/lib/http/db-errors";
import { reportDatabaseUnavailable } from "./availability";
import { db } from "./index";

export function authAdapter(): Adapter {
  const prisma = db();
  const base = PrismaAdapter(prisma);
  return {
    ...base,
    async getSessionAndUser(sessionToken) {
      let found: Awaited<ReturnType<NonNullable<Adapter["getSessionAndUser"]>>>;
      try {
        found = await base.getSessionAndUser!(sessionToken);
      } catch (error) {
        // Auth.js turns any failure here into "no session"; lib/auth/session.ts tells the two apart.
        if (isDatabaseUnavailable(error)) reportDatabaseUnavailable();
        throw error;
      }
      if (found && (found.user as { deactivatedAt?: Date | null }).deactivatedAt) return null;
      return found;
    },
    async createUser(data) {
      const email = data.email.toLowerCase();
      const libraryId = await findLibraryIdForEmail(email);
      const user = await prisma.$transaction(async (tx) => {
        const created = await tx.user.create({
          data: {
            email,
            name: data.name ?? null,
            emailVerified: data.emailVerified ?? null,
            roles: ["STAFF"],
            libraryId,
          },
        });
        await tx.auditEvent.create({
          data: {
            actorId: created.id,
            action: "user.created",
            entityType: "User",
            entityId: created.id,
            summary: `First sign-in by ${email}`,
            after: { roles: created.roles, libraryId: created.libraryId },
          },
        });
        return created;
      });
      return user;
    },
  };
}
