// What the person's own profile forms show: their name, title, language and
// library, and on the first sign-in the libraries their email domain offers.
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { libraryTag, MEETINGS_TAG, offeringTag } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/config";

export type OwnProfile = {
  name: string | null;
  title: string | null;
  locale: Locale;
  email: string;
  libraryId: string | null;
  libraryName: string | null;
  profileCompletedAt: Date | null;
  removalRequestedAt: Date | null;
};

export async function getOwnProfile(actor: Actor): Promise<OwnProfile | null> {
  const user = await db().user.findUnique({
    where: { id: actor.id, anonymizedAt: null },
    select: {
      name: true,
      title: true,
      locale: true,
      email: true,
      libraryId: true,
      library: { select: { name: true } },
      profileCompletedAt: true,
      removalRequestedAt: true,
    },
  });
  if (!user) return null;
  const { library, ...rest } = user;
  return { ...rest, libraryName: library?.name ?? null };
}

/** Still to give their profile (a first sign-in): the header island sends them on to /tervetuloa. */
export async function isProfilePending(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { profileCompletedAt: true } });
  return !!user && user.profileCompletedAt === null;
}

/** The same by address, for the sign-in's landing (lib/auth/magic-link.ts). */
export async function isProfilePendingForEmail(email: string): Promise<boolean> {
  const user = await db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { profileCompletedAt: true },
  });
  return !!user && user.profileCompletedAt === null;
}

export type LibraryChoice = { id: string; name: string };

/**
 * The member libraries whose staff email domains hold the address's domain,
 * in the order of lib/auth/data.ts's findLibraryIdForEmail (the first is the
 * one a new account was given).
 */
export async function listLibrariesForEmail(email: string): Promise<LibraryChoice[]> {
  const domain = email.trim().toLowerCase().split("@")[1];
  if (!domain) return [];
  return db().$queryRaw<LibraryChoice[]>`
    SELECT "id", "name" FROM "Library"
    WHERE EXISTS (SELECT 1 FROM unnest("emailDomains") AS d WHERE lower(btrim(d)) = ${domain})
    ORDER BY "sortOrder", "name"`;
}

/**
 * The cached pages that show this person's name: the offerings they train,
 * the libraries they represent in the steering group (ADR 17) and the
 * meetings' audience pages (ADR 23: attendees, presenters, owners). A change
 * of name, or its removal, invalidates these.
 */
export async function publicNameCacheTags(userId: string): Promise<string[]> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { trainedOfferings: { select: { slug: true } }, representedLibraries: { select: { slug: true } } },
  });
  if (!user) return [];
  return [
    MEETINGS_TAG,
    ...user.trainedOfferings.map((offering) => offeringTag(offering.slug)),
    ...user.representedLibraries.map((library) => libraryTag(library.slug)),
  ];
}
