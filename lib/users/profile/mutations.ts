// The person's own profile: name, title and language (issue 11). Their
// library is chosen once, at the first sign-in, among the libraries of their
// email domain; after that it is an admin's or supervisor's to change.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/http/errors";
import { invalidate } from "@/lib/cache/invalidate";
import { listLibrariesForEmail, publicNameCacheTags } from "./data";
import type { OwnProfileInput, WelcomeProfileInput } from "./schema";

export async function updateOwnProfile(actor: Actor | null, input: OwnProfileInput): Promise<void> {
  assertCan(actor, "profile.editOwn");
  const renamed = await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: actor.id, anonymizedAt: null },
      select: { name: true, title: true, locale: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "No such user.");
    // Only these three fields, whatever else the form sent.
    const after = { name: input.name, title: input.title, locale: input.locale };
    await tx.user.update({ where: { id: actor.id }, data: after });
    await audit(tx, actor, "user.profile.update", { type: "User", id: actor.id }, { before, after });
    return before.name !== after.name;
  });
  // Their name on cached public pages (a trainer's offerings, a representative's library).
  if (renamed) await invalidate(await publicNameCacheTags(actor.id));
}

/**
 * The first sign-in's profile. The library must be one of the address's
 * domain; where the domain names only one, that one. Done once: a completed
 * profile is edited with updateOwnProfile, which never touches the library.
 */
export async function completeOwnProfile(actor: Actor | null, input: WelcomeProfileInput): Promise<void> {
  assertCan(actor, "profile.editOwn");
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id}::uuid FOR UPDATE`;
    const user = await tx.user.findUnique({
      where: { id: actor.id, anonymizedAt: null },
      select: { email: true, libraryId: true, profileCompletedAt: true, name: true, title: true, locale: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    if (user.profileCompletedAt)
      throw new AppError("CONFLICT", "The profile is already complete.", { _: "profile.error.alreadyComplete" });
    const choices = await listLibrariesForEmail(user.email);
    let libraryId = user.libraryId;
    if (choices.length > 1) {
      const chosen = choices.find((c) => c.id === input.libraryId);
      if (!chosen) throw fieldError("libraryId", "profile.error.library");
      libraryId = chosen.id;
    } else if (input.libraryId && input.libraryId !== user.libraryId) {
      throw fieldError("libraryId", "profile.error.library");
    }
    const after = {
      name: input.name,
      title: input.title,
      locale: input.locale,
      libraryId,
      profileCompletedAt: new Date(),
    };
    await tx.user.update({ where: { id: actor.id }, data: after });
    const { profileCompletedAt: _done, ...before } = user;
    const { email: _email, ...beforeShown } = before;
    await audit(tx, actor, "user.profile.complete", { type: "User", id: actor.id }, { before: beforeShown, after });
  });
}
