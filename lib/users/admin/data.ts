// Reads of user administration (issue 11): the admins' list and user page,
// and a supervisor's own library's staff. Scope is in the where: the
// permission is asserted first, a supervisor's list is their library's only.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Locale, Role } from "@/lib/db/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { isUuid } from "@/lib/http/fields";
import { personNameSelect, toPersonNameOrNull } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";
import { lastSignInBounds, sortRoles } from "./rules";
import type { UserListQuery } from "./schema";

export const USER_PAGE_SIZE = 50;

export type UserRow = {
  id: string;
  name: string | null;
  email: string;
  title: string | null;
  roles: Role[];
  library: { id: string; name: string } | null;
  lastSignInAt: Date | null;
  deactivatedAt: Date | null;
  invitedAt: Date | null;
  anonymizedAt: Date | null;
};

const userRowSelect = {
  id: true,
  name: true,
  email: true,
  title: true,
  roles: true,
  library: { select: { id: true, name: true } },
  lastSignInAt: true,
  deactivatedAt: true,
  invitedAt: true,
  anonymizedAt: true,
} as const;

const toRow = (u: Prisma.UserGetPayload<{ select: typeof userRowSelect }>): UserRow => ({
  ...u,
  roles: sortRoles(u.roles),
});

function listWhere(query: UserListQuery, now: Date): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  if (query.q) {
    and.push({
      OR: [{ name: { contains: query.q, mode: "insensitive" } }, { email: { contains: query.q, mode: "insensitive" } }],
    });
  }
  if (query.library) and.push({ libraryId: query.library });
  if (query.role) and.push({ roles: { has: query.role } });
  if (query.active === "true") and.push({ deactivatedAt: null });
  if (query.active === "false") and.push({ deactivatedAt: { not: null } });
  if (query.lastSignIn) {
    const bounds = lastSignInBounds(query.lastSignIn, now);
    and.push("never" in bounds ? { lastSignInAt: null } : { lastSignInAt: bounds });
  }
  return { AND: and };
}

/** One page of the users list, by address (unique, so the order is total); ADMIN only. */
export async function listUsers(
  actor: Actor | null,
  query: UserListQuery,
  now = new Date(),
): Promise<{ items: UserRow[]; nextCursor: string | null }> {
  assertCan(actor, "users.manage");
  const limit = query.limit ?? USER_PAGE_SIZE;
  const rows = await db().user.findMany({
    where: listWhere(query, now),
    select: userRowSelect,
    orderBy: { email: "asc" },
    take: limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
  });
  const items = rows.slice(0, limit).map(toRow);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

export type UserAuditEntry = {
  id: string;
  at: Date;
  action: string;
  actor: PersonName | null;
  summary: string | null;
  before: unknown;
  after: unknown;
};

export type UserDetail = UserRow & {
  locale: Locale;
  createdAt: Date;
  invitedBy: PersonName | null;
  removalRequestedAt: Date | null;
  audit: UserAuditEntry[];
};

/** One person with the audit trail of their account, newest first; null for an unknown id. ADMIN only. */
export async function getUser(actor: Actor | null, userId: string): Promise<UserDetail | null> {
  assertCan(actor, "users.manage");
  if (!isUuid(userId)) return null;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      ...userRowSelect,
      locale: true,
      createdAt: true,
      removalRequestedAt: true,
      invitedBy: { select: personNameSelect },
    },
  });
  if (!user) return null;
  const events = await db().auditEvent.findMany({
    where: { entityType: "User", entityId: userId },
    select: {
      id: true,
      action: true,
      summary: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: personNameSelect },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  const { invitedBy, ...rest } = user;
  return {
    ...toRow(rest),
    locale: rest.locale,
    createdAt: rest.createdAt,
    removalRequestedAt: rest.removalRequestedAt,
    invitedBy: toPersonNameOrNull(invitedBy),
    audit: events.map((e) => ({
      id: e.id,
      at: e.createdAt,
      action: e.action,
      actor: toPersonNameOrNull(e.actor),
      summary: e.summary,
      before: e.before,
      after: e.after,
    })),
  };
}

/** A colleague as their supervisor sees them: no address (it is theirs and the admins'). */
export type StaffRow = {
  id: string;
  name: string | null;
  title: string | null;
  roles: Role[];
  lastSignInAt: Date | null;
  invitedAt: Date | null;
};

/** A supervisor's own library's active staff, by name; empty for a supervisor without a library. */
export async function listOwnLibraryStaff(actor: Actor | null): Promise<StaffRow[]> {
  assertCan(actor, "staff.readOwnLibrary");
  if (!actor.libraryId) return [];
  const rows = await db().user.findMany({
    where: { libraryId: actor.libraryId, deactivatedAt: null, anonymizedAt: null },
    select: { id: true, name: true, title: true, roles: true, lastSignInAt: true, invitedAt: true },
    orderBy: [{ name: { sort: "asc", nulls: "last" } }, { email: "asc" }],
  });
  return rows.map((r) => ({ ...r, roles: sortRoles(r.roles) }));
}

/** The libraries an admin may put a person in, for the forms and the list's filter. */
export async function listLibraryChoices(actor: Actor | null): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "users.manage");
  return db().library.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
}

/** The name of the actor's own library, for a supervisor's pages. */
export async function ownLibraryName(actor: Actor): Promise<string | null> {
  if (!actor.libraryId) return null;
  const library = await db().library.findUnique({ where: { id: actor.libraryId }, select: { name: true } });
  return library?.name ?? null;
}
