// Writes of user administration (issue 11): invitations, roles, library and
// activation. Each takes the actor, asserts the policy itself, runs in one
// transaction and leaves a row in the audit trail per kind of change.
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { db, type Db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/db/enums";
import { AppError, fieldError } from "@/lib/http/errors";
import { enqueue } from "@/lib/jobs/mutations";
import { isUuid } from "@/lib/http/fields";
import { leavesNoAdmin, sortRoles } from "./rules";
import { grantAdminSchema, type InviteColleagueInput, type InviteUserInput, type UserPatch } from "./schema";

const USER = (id: string) => ({ type: "User", id });

async function createInvitedUser(
  tx: Tx,
  actor: Actor,
  input: { email: string; name?: string; libraryId: string | null; roles: Role[]; locale: InviteUserInput["locale"] },
): Promise<{ id: string }> {
  const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw fieldError("email", "users.error.emailTaken", "CONFLICT");
  if (input.libraryId) {
    const library = await tx.library.findUnique({ where: { id: input.libraryId }, select: { id: true } });
    if (!library) throw fieldError("libraryId", "users.error.library");
  }
  const roles = sortRoles(input.roles);
  const user = await tx.user.create({
    data: {
      email: input.email,
      name: input.name ?? null,
      roles,
      libraryId: input.libraryId,
      locale: input.locale,
      invitedById: actor.id,
      invitedAt: new Date(),
    },
    select: { id: true },
  });
  await audit(tx, actor, "user.invited", USER(user.id), {
    summary: `Invited ${input.email}`,
    after: { roles, libraryId: input.libraryId },
  });
  await enqueue(tx, "email.invitation", { userId: user.id });
  return user;
}

/** An admin invites a person with a library and roles; the sign-in link goes by mail (outbox). */
export async function inviteUser(actor: Actor | null, input: InviteUserInput): Promise<{ id: string }> {
  assertCan(actor, "users.manage");
  assertCan(actor, "roles.manage");
  return db().$transaction((tx) => createInvitedUser(tx, actor, input));
}

/** A supervisor adds a new colleague: STAFF of the supervisor's own library. */
export async function inviteColleague(actor: Actor | null, input: InviteColleagueInput): Promise<{ id: string }> {
  assertCan(actor, "staff.inviteOwnLibrary");
  const libraryId = actor.libraryId;
  if (!libraryId) throw new AppError("FORBIDDEN", "A supervisor without a library has no colleagues to add.");
  return db().$transaction((tx) => createInvitedUser(tx, actor, { ...input, libraryId, roles: ["STAFF"] }));
}

/**
 * Changes a person's roles, library and/or activation. Deactivating ends
 * every session at once and voids unused sign-in links; their history stays.
 * The last active ADMIN keeps the role and stays active (CONFLICT).
 */
export async function updateUser(actor: Actor | null, userId: string, patch: UserPatch): Promise<void> {
  assertCan(actor, "users.manage");
  if (patch.roles !== undefined) assertCan(actor, "roles.manage");
  if (!isUuid(userId)) throw new AppError("NOT_FOUND", "No such user.");
  await db().$transaction(async (tx) => {
    // The active admins, locked: two admins demoting each other at once cannot both succeed.
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE 'ADMIN' = ANY("roles") AND "deactivatedAt" IS NULL ORDER BY "id" FOR UPDATE`;
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, roles: true, libraryId: true, deactivatedAt: true, anonymizedAt: true },
    });
    if (!user) throw new AppError("NOT_FOUND", "No such user.");
    if (user.anonymizedAt) throw new AppError("CONFLICT", "The account has been removed.");

    const roles = patch.roles !== undefined ? sortRoles(patch.roles) : user.roles;
    const libraryId = patch.libraryId !== undefined ? patch.libraryId : user.libraryId;
    const active = patch.active !== undefined ? patch.active : user.deactivatedAt === null;
    const isActiveAdmin = admins.some((a) => a.id === user.id);
    if (leavesNoAdmin({ isActiveAdmin }, { roles, active }, admins.length - (isActiveAdmin ? 1 : 0))) {
      throw fieldError(patch.active === false ? "active" : "roles", "users.error.lastAdmin", "CONFLICT");
    }
    if (libraryId !== user.libraryId && libraryId !== null) {
      const library = await tx.library.findUnique({ where: { id: libraryId }, select: { id: true } });
      if (!library) throw fieldError("libraryId", "users.error.library");
    }

    const rolesChanged = sortRoles(user.roles).join() !== roles.join();
    const libraryChanged = libraryId !== user.libraryId;
    const activationChanged = active !== (user.deactivatedAt === null);
    if (!rolesChanged && !libraryChanged && !activationChanged) return;

    await tx.user.update({
      where: { id: user.id },
      data: {
        ...(rolesChanged ? { roles } : {}),
        ...(libraryChanged ? { libraryId } : {}),
        ...(activationChanged ? { deactivatedAt: active ? null : new Date() } : {}),
      },
    });
    if (rolesChanged) {
      await audit(tx, actor, "user.rolesChanged", USER(user.id), {
        before: { roles: sortRoles(user.roles) },
        after: { roles },
      });
    }
    if (libraryChanged) {
      await audit(tx, actor, "user.libraryChanged", USER(user.id), {
        before: { libraryId: user.libraryId },
        after: { libraryId },
      });
    }
    if (activationChanged) {
      if (!active) {
        // The next request of any open browser of theirs finds no session: signed out.
        await tx.session.deleteMany({ where: { userId: user.id } });
        await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
      }
      await audit(tx, actor, active ? "user.reactivated" : "user.deactivated", USER(user.id), {
        before: { active: !active },
        after: { active },
      });
    }
  });
}

/**
 * Sends an invitation again to a person who has not signed in yet (the mail
 * went astray, or the link expired). The earlier link stops working: one
 * valid link at a time. Refused once they have signed in, or while deactivated.
 */
export async function resendInvitation(actor: Actor | null, userId: string): Promise<{ email: string }> {
  assertCan(actor, "users.manage");
  if (!isUuid(userId)) throw new AppError("NOT_FOUND", "No such user.");
  return db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, invitedAt: true, lastSignInAt: true, deactivatedAt: true, anonymizedAt: true },
    });
    if (!user || user.anonymizedAt) throw new AppError("NOT_FOUND", "No such user.");
    if (!user.invitedAt || user.lastSignInAt || user.deactivatedAt) {
      throw fieldError("_", "users.error.notPendingInvitation", "CONFLICT");
    }
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.user.update({ where: { id: userId }, data: { invitedAt: new Date() } });
    await audit(tx, actor, "user.invitationResent", USER(userId), { after: { invitedAt: new Date().toISOString() } });
    await enqueue(tx, "email.invitation", { userId });
    return { email: user.email };
  });
}

export type AdminGrant = { id: string; email: string; outcome: "created" | "granted" | "already" };

/**
 * The console's way in (npm run admin:grant): a new database has no one to
 * invite the first administrator, so the operator, who holds the database,
 * names them. Creates the person with the ADMIN role, or adds the role to
 * someone who exists; refuses a deactivated or removed person (the app's own
 * pages reactivate). No actor: the audit row's author is the system. Signing
 * in stays the app's: by a link to that address.
 */
export async function grantAdminFromConsole(client: Db, input: unknown): Promise<AdminGrant> {
  const { email } = grantAdminSchema.parse(input);
  return client.$transaction(async (tx) => {
    // Serialises two grants of one new address: the second finds the first's row.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`admin-grant:${email}`}))`;
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, roles: true, deactivatedAt: true, anonymizedAt: true },
    });
    if (user?.anonymizedAt || user?.deactivatedAt) {
      throw new AppError("CONFLICT", `${email} is deactivated or removed; reactivate them on the users page first.`);
    }
    if (user?.roles.includes("ADMIN")) return { id: user.id, email, outcome: "already" as const };
    if (user) {
      const roles = sortRoles([...user.roles, "ADMIN"]);
      await tx.user.update({ where: { id: user.id }, data: { roles } });
      await audit(tx, null, "user.rolesChanged", USER(user.id), {
        summary: `ADMIN granted to ${email} from the console`,
        before: { roles: user.roles },
        after: { roles },
      });
      return { id: user.id, email, outcome: "granted" as const };
    }
    const created = await tx.user.create({ data: { email, roles: ["ADMIN"] }, select: { id: true } });
    await audit(tx, null, "user.invited", USER(created.id), {
      summary: `${email} added as ADMIN from the console`,
      after: { roles: ["ADMIN"] },
    });
    return { id: created.id, email, outcome: "created" as const };
  });
}
