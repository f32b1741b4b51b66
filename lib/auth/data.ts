import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";
import type { Actor } from "./policy";

/**
 * Magic links go only to addresses the app knows: an existing user, or an
 * address in one of a member library's staff email domains. Case never
 * matters, in the address asked with or in what is stored. A deactivated or
 * removed account is refused, whatever its domain.
 */
export async function isAllowedToSignIn(email: string): Promise<boolean> {
  const normalised = email.trim().toLowerCase();
  // Stored addresses are lower case (a CHECK constraint on "User").
  const user = await db().user.findUnique({
    where: { email: normalised },
    select: { deactivatedAt: true, anonymizedAt: true },
  });
  if (user) return user.deactivatedAt === null && user.anonymizedAt === null;
  return (await findLibraryIdForEmail(normalised)) !== null;
}

/**
 * The member library whose staff email domains hold the address's domain,
 * compared without case on both sides ("Jkl.FI" stored matches "x@JKL.fi").
 */
export async function findLibraryIdForEmail(email: string): Promise<string | null> {
  const domain = email.trim().toLowerCase().split("@")[1];
  if (!domain) return null;
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Library"
    WHERE EXISTS (SELECT 1 FROM unnest("emailDomains") AS d WHERE lower(btrim(d)) = ${domain})
    ORDER BY "sortOrder", "name"
    LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** The language a known address's user has chosen; null for an address that is nobody's account. */
export async function findUserLocale(email: string): Promise<Locale | null> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { locale: true } });
  return user?.locale ?? null;
}

export async function findActorBySessionToken(sessionToken: string): Promise<Actor | null> {
  const session = await db().session.findUnique({
    where: { sessionToken },
    select: { expires: true, user: { select: { id: true, roles: true, libraryId: true, deactivatedAt: true } } },
  });
  if (!session || session.expires < new Date() || session.user.deactivatedAt) return null;
  const { deactivatedAt: _, ...actor } = session.user;
  return actor;
}

export type DemoUser = { id: string; name: string | null; email: string; roles: string[]; libraryName: string | null };

export async function listDemoUsers(): Promise<DemoUser[]> {
  const users = await db().user.findMany({
    where: { isDemo: true },
    select: { id: true, name: true, email: true, roles: true, library: { select: { name: true } } },
    orderBy: { email: "asc" },
  });
  const order = ["ADMIN", "COORDINATOR", "STEERING", "SUPERVISOR", "STAFF"];
  return users
    .map((u) => ({ id: u.id, name: u.name, email: u.email, roles: u.roles, libraryName: u.library?.name ?? null }))
    .sort((a, b) => order.indexOf(a.roles[0] ?? "") - order.indexOf(b.roles[0] ?? ""));
}

export type Profile = {
  id: string;
  name: string | null;
  email: string;
  roles: Actor["roles"];
  libraryId: string | null;
  libraryName: string | null;
};

export async function getProfile(userId: string): Promise<Profile | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, roles: true, libraryId: true, library: { select: { name: true } } },
  });
  if (!user) return null;
  return { ...user, libraryName: user.library?.name ?? null };
}
