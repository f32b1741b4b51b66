// Removal requests (issue 11, GDPR): the admins' list of people who asked
// for their account to be removed and are not yet anonymised.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";

export type RemovalRequest = {
  id: string;
  name: string | null;
  email: string;
  libraryName: string | null;
  requestedAt: Date;
};

export async function listRemovalRequests(actor: Actor | null): Promise<RemovalRequest[]> {
  assertCan(actor, "users.manage");
  const users = await db().user.findMany({
    where: { removalRequestedAt: { not: null }, anonymizedAt: null },
    select: { id: true, name: true, email: true, library: { select: { name: true } }, removalRequestedAt: true },
    orderBy: { removalRequestedAt: "asc" },
    take: 500,
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    libraryName: u.library?.name ?? null,
    requestedAt: u.removalRequestedAt!,
  }));
}

/** How many removal requests wait for an admin (the users list links to them). */
export async function countRemovalRequests(actor: Actor | null): Promise<number> {
  assertCan(actor, "users.manage");
  return db().user.count({ where: { removalRequestedAt: { not: null }, anonymizedAt: null } });
}
