// Removing an account at its person's request (issue 11, GDPR): the person
// asks (and may take it back); an admin confirms, and in one transaction the
// name and address are anonymised, every session and sign-in account ends,
// and the row stays — so minutes, decisions and other records that others
// depend on keep their author, shown by the catalogue's neutral name
// (displayName of a person without a name).
import "server-only";
import { invalidate } from "@/lib/cache/invalidate";
import { publicNameCacheTags } from "@/lib/users/profile/data";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { db } from "@/lib/db";
import { AppError, fieldError } from "@/lib/http/errors";
import { enqueue } from "@/lib/jobs/mutations";
import type { ConfirmRemovalInput } from "./schema";

/** The address an anonymised account keeps: unique, and in a domain that never receives mail (RFC 2606). */
export const anonymisedEmail = (userId: string) => `removed-${userId}@anonymized.invalid`;

export async function requestOwnRemoval(actor: Actor | null): Promise<void> {
  assertCan(actor, "ownData.requestRemoval");
  await db().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: actor.id, anonymizedAt: null, removalRequestedAt: null },
      data: { removalRequestedAt: new Date() },
    });
    if (updated.count === 0)
      throw new AppError("CONFLICT", "Removal already requested.", { _: "removal.error.alreadyRequested" });
    await audit(tx, actor, "user.removal.request", { type: "User", id: actor.id });
  });
}

export async function cancelOwnRemoval(actor: Actor | null): Promise<void> {
  assertCan(actor, "ownData.requestRemoval");
  await db().$transaction(async (tx) => {
    const updated = await tx.user.updateMany({
      where: { id: actor.id, anonymizedAt: null, removalRequestedAt: { not: null } },
      data: { removalRequestedAt: null },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "No removal request.", { _: "removal.error.notRequested" });
    await audit(tx, actor, "user.removal.cancel", { type: "User", id: actor.id });
  });
}

/** The admin's confirmation: only of a pending request, never of their own account. */
export async function confirmRemoval(actor: Actor | null, input: ConfirmRemovalInput): Promise<void> {
  assertCan(actor, "users.manage");
  if (input.userId === actor.id) throw fieldError("_", "removal.error.self");
  // Read before: the name leaves these pages with the anonymisation.
  const nameTags = await publicNameCacheTags(input.userId);
  await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${input.userId}::uuid FOR UPDATE`;
    const user = await tx.user.findFirst({
      where: { id: input.userId, anonymizedAt: null, removalRequestedAt: { not: null } },
      select: { id: true, email: true, locale: true },
    });
    if (!user) throw fieldError("_", "removal.error.unknownUser");
    // Told before the address is gone; sent once this commits.
    await enqueue(tx, "email.accountRemoved", { to: user.email, locale: user.locale });
    const now = new Date();
    await tx.user.update({
      where: { id: user.id },
      data: {
        name: null,
        title: null,
        email: anonymisedEmail(user.id),
        emailVerified: null,
        image: null,
        calendarToken: null,
        roles: [],
        anonymizedAt: now,
        deactivatedAt: now,
      },
    });
    await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.account.deleteMany({ where: { userId: user.id } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    // The trail keeps what happened, not who it was: summaries that named the address lose it.
    await tx.auditEvent.updateMany({
      where: { entityType: "User", entityId: user.id, summary: { contains: user.email } },
      data: { summary: null },
    });
    await audit(
      tx,
      actor,
      "user.anonymize",
      { type: "User", id: user.id },
      { summary: "Removed at the person's request" },
    );
  });
  await invalidate(nameTags);
}
