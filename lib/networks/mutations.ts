// Network membership (ADR 29): asking to join, a chair's decision, leaving,
// a chair removing a member, coordinators appointing and removing chairs,
// creating and archiving networks.
//
// Each write decides per record inside its transaction: the actor's own
// membership of *this* network is loaded there and handed to the policy
// (canChairNetwork), so a chair of another network is nobody here. Changes to
// who chairs a network lock the network's row first, so two removals at once
// count the chairs one after the other and the last chair always stays.
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { NETWORKS_TAG } from "@/lib/cache/tags";
import { type Actor, assertCan, assertSignedIn, canChairNetwork } from "@/lib/auth/policy";
import { db, type Db, type Tx } from "@/lib/db";
import type { MembershipRole, MembershipStatus } from "@/lib/db/enums";
import { isUniqueViolation } from "@/lib/http/db-errors";
import { AppError, fieldError } from "@/lib/http/errors";
import { enqueue, enqueueMany } from "@/lib/jobs/mutations";
import { slugCandidate, slugify } from "@/lib/trainings/rules";
import { decisionRefusal, departureRefusal, joinRefusal, RESERVED_NETWORK_SLUGS } from "./rules";
import {
  archiveNetworkSchema,
  chairSchema,
  createNetworkSchema,
  decideRequestSchema,
  joinRequestSchema,
  leaveNetworkSchema,
  removeMemberSchema,
} from "./schema";

type Options = { now?: Date; client?: Db };

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;

export type MembershipState = { networkId: string; userId: string; role: MembershipRole; status: MembershipStatus };

type MembershipRow = { role: MembershipRole; status: MembershipStatus };

/** A network that is not archived, locked for the rest of the transaction when `lock`. */
export async function openNetwork(tx: Tx, networkId: string, lock = false) {
  const rows = lock
    ? await tx.$queryRaw<{ id: string; slug: string }[]>`
        SELECT "id", "slug" FROM "Network" WHERE "id" = ${networkId}::uuid AND "archivedAt" IS NULL FOR UPDATE`
    : await tx.$queryRaw<{ id: string; slug: string }[]>`
        SELECT "id", "slug" FROM "Network" WHERE "id" = ${networkId}::uuid AND "archivedAt" IS NULL`;
  const network = rows[0];
  if (!network) throw fieldError("networkId", "networks.error.unknownNetwork", "NOT_FOUND");
  return network;
}

async function membershipOf(tx: Tx, networkId: string, userId: string, lock = false): Promise<MembershipRow | null> {
  const rows = lock
    ? await tx.$queryRaw<MembershipRow[]>`
        SELECT "role", "status" FROM "NetworkMembership"
        WHERE "networkId" = ${networkId}::uuid AND "userId" = ${userId}::uuid FOR UPDATE`
    : await tx.$queryRaw<MembershipRow[]>`
        SELECT "role", "status" FROM "NetworkMembership"
        WHERE "networkId" = ${networkId}::uuid AND "userId" = ${userId}::uuid`;
  return rows[0] ?? null;
}

/** 403 unless the actor chairs this network (or coordinates every network). */
export async function assertChairs(tx: Tx, actor: Actor, networkId: string): Promise<void> {
  const own = await membershipOf(tx, networkId, actor.id);
  if (!canChairNetwork(actor, own)) throw new AppError("FORBIDDEN", "Only the network's chair may do this.");
}

function activeChairCount(tx: Tx, networkId: string): Promise<number> {
  return tx.networkMembership.count({ where: { networkId, role: "CHAIR", status: "ACTIVE" } });
}

const membershipEntity = (networkId: string, userId: string) => ({
  type: "NetworkMembership",
  id: `${networkId}:${userId}`,
});

/**
 * Asks to join a network with a message; each active chair gets a mail. One
 * row per person and network: a second request (or two at the same moment)
 * finds the first and is refused (CONFLICT), while someone who left or was
 * declined asks again on the same row.
 */
export async function requestToJoin(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<MembershipState> {
  assertCan(actor, "network.requestJoin");
  const { networkId, message } = joinRequestSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    await openNetwork(tx, networkId);
    const rows = await tx.$queryRaw<{ status: MembershipStatus }[]>`
      INSERT INTO "NetworkMembership" ("networkId", "userId", "role", "status", "message", "requestedAt", "updatedAt")
      VALUES (${networkId}::uuid, ${actor.id}::uuid, 'MEMBER', 'PENDING', ${message}, ${now}, ${now})
      ON CONFLICT ("networkId", "userId") DO UPDATE
        SET "role" = 'MEMBER', "status" = 'PENDING', "message" = EXCLUDED."message",
            "requestedAt" = EXCLUDED."requestedAt", "decidedAt" = NULL, "declineReason" = NULL,
            "joinedAt" = NULL, "leftAt" = NULL, "removalReason" = NULL, "reminderSentAt" = NULL,
            "updatedAt" = EXCLUDED."updatedAt"
        WHERE "NetworkMembership"."status" IN ('LEFT', 'DECLINED')
      RETURNING "status"`;
    if (rows.length === 0) {
      const existing = await membershipOf(tx, networkId, actor.id);
      throw fieldError("networkId", joinRefusal(existing) ?? "networks.error.alreadyPending", "CONFLICT");
    }
    await audit(tx, actor, "network.joinRequested", membershipEntity(networkId, actor.id), { summary: message });
    const chairs = await tx.networkMembership.findMany({
      where: { networkId, role: "CHAIR", status: "ACTIVE" },
      select: { userId: true },
      orderBy: { userId: "asc" },
    });
    await enqueueMany(
      tx,
      "email.networkJoinRequested",
      chairs.map((chair) => ({ payload: { networkId, userId: actor.id, chairId: chair.userId } })),
    );
    return { networkId, userId: actor.id, role: "MEMBER", status: "PENDING" };
  }, TX);
}

/**
 * A chair approves or declines a pending request, with an optional reason;
 * the person gets a mail either way. Deciding one that is no longer pending
 * is a CONFLICT (approving twice), one that does not exist NOT_FOUND.
 */
async function decideJoinRequestUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<MembershipState> {
  assertSignedIn(actor);
  const { networkId, userId, decision, reason } = decideRequestSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    await openNetwork(tx, networkId);
    await assertChairs(tx, actor, networkId);
    const target = await membershipOf(tx, networkId, userId, true);
    const refusal = decisionRefusal(target);
    if (refusal) {
      throw fieldError("userId", refusal, refusal === "networks.error.noRequest" ? "NOT_FOUND" : "CONFLICT");
    }
    const approve = decision === "approve";
    await tx.networkMembership.update({
      where: { networkId_userId: { networkId, userId } },
      data: approve
        ? { status: "ACTIVE", decidedAt: now, joinedAt: now, declineReason: null }
        : { status: "DECLINED", decidedAt: now, declineReason: reason ?? null },
    });
    await audit(
      tx,
      actor,
      approve ? "network.requestApproved" : "network.requestDeclined",
      membershipEntity(networkId, userId),
      { summary: reason },
    );
    await enqueue(tx, "email.networkJoinDecided", { networkId, userId, decision: approve ? "approved" : "declined" });
    return { networkId, userId, role: "MEMBER", status: approve ? "ACTIVE" : "DECLINED" };
  }, TX);
}

/** A member leaves, or withdraws a pending request. The last chair cannot leave (a coordinator appoints another first). */
async function leaveNetworkUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<MembershipState> {
  assertSignedIn(actor);
  const { networkId } = leaveNetworkSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    await openNetwork(tx, networkId, true);
    const own = await membershipOf(tx, networkId, actor.id, true);
    if (own?.status !== "PENDING") {
      const refusal = departureRefusal(own, own?.role === "CHAIR" ? await activeChairCount(tx, networkId) : 0);
      if (refusal) {
        throw fieldError("networkId", refusal, refusal === "networks.error.notMember" ? "NOT_FOUND" : "CONFLICT");
      }
    }
    await tx.networkMembership.update({
      where: { networkId_userId: { networkId, userId: actor.id } },
      data: { status: "LEFT", leftAt: now, removalReason: null },
    });
    await audit(
      tx,
      actor,
      own?.status === "PENDING" ? "network.requestWithdrawn" : "network.left",
      membershipEntity(networkId, actor.id),
    );
    return { networkId, userId: actor.id, role: own!.role, status: "LEFT" };
  }, TX);
}

/** A chair (or a coordinator) removes a member, with a reason kept and audited. Chairs go through removeChair. */
async function removeMemberUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<MembershipState> {
  assertSignedIn(actor);
  const { networkId, userId, reason } = removeMemberSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    await openNetwork(tx, networkId, true);
    await assertChairs(tx, actor, networkId);
    const target = await membershipOf(tx, networkId, userId, true);
    if (target?.status !== "ACTIVE") throw fieldError("userId", "networks.error.notMember", "NOT_FOUND");
    if (target.role === "CHAIR") throw fieldError("userId", "networks.error.isChair", "CONFLICT");
    await tx.networkMembership.update({
      where: { networkId_userId: { networkId, userId } },
      data: { status: "LEFT", leftAt: now, removalReason: reason },
    });
    await audit(tx, actor, "network.memberRemoved", membershipEntity(networkId, userId), { summary: reason });
    return { networkId, userId, role: "MEMBER", status: "LEFT" };
  }, TX);
}

/** A coordinator makes a person a chair (an active member at once, whatever they were). */
async function appointChairUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<MembershipState> {
  assertCan(actor, "network.manage");
  const { networkId, userId } = chairSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    await openNetwork(tx, networkId, true);
    await assertActiveUser(tx, "userId", userId);
    const before = await membershipOf(tx, networkId, userId, true);
    if (before?.role === "CHAIR" && before.status === "ACTIVE") {
      throw fieldError("userId", "networks.error.alreadyChair", "CONFLICT");
    }
    await tx.$executeRaw`
      INSERT INTO "NetworkMembership" ("networkId", "userId", "role", "status", "joinedAt", "updatedAt")
      VALUES (${networkId}::uuid, ${userId}::uuid, 'CHAIR', 'ACTIVE', ${now}, ${now})
      ON CONFLICT ("networkId", "userId") DO UPDATE
        SET "role" = 'CHAIR',
            "joinedAt" = CASE WHEN "NetworkMembership"."status" = 'ACTIVE' THEN "NetworkMembership"."joinedAt" ELSE ${now} END,
            "decidedAt" = CASE WHEN "NetworkMembership"."status" = 'PENDING' THEN ${now} ELSE "NetworkMembership"."decidedAt" END,
            "status" = 'ACTIVE', "leftAt" = NULL, "removalReason" = NULL, "updatedAt" = ${now}`;
    await audit(tx, actor, "network.chairAppointed", membershipEntity(networkId, userId), {
      before: before ?? undefined,
      after: { role: "CHAIR", status: "ACTIVE" },
    });
    return { networkId, userId, role: "CHAIR", status: "ACTIVE" };
  }, TX);
}

/** A coordinator ends a person's chairmanship (they stay a member); the last chair cannot be removed. */
async function removeChairUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<MembershipState> {
  assertCan(actor, "network.manage");
  const { networkId, userId } = chairSchema.parse(input);
  return (options.client ?? db()).$transaction(async (tx) => {
    await openNetwork(tx, networkId, true);
    const target = await membershipOf(tx, networkId, userId, true);
    if (target?.role !== "CHAIR" || target.status !== "ACTIVE") {
      throw fieldError("userId", "networks.error.notChair", "NOT_FOUND");
    }
    if ((await activeChairCount(tx, networkId)) <= 1)
      throw fieldError("userId", "networks.error.lastChair", "CONFLICT");
    await tx.networkMembership.update({
      where: { networkId_userId: { networkId, userId } },
      data: { role: "MEMBER" },
    });
    await audit(tx, actor, "network.chairRemoved", membershipEntity(networkId, userId));
    return { networkId, userId, role: "MEMBER", status: "ACTIVE" };
  }, TX);
}

/** A coordinator creates a network with its first chair, so that it never is without one. */
async function createNetworkUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<{ id: string; slug: string }> {
  assertCan(actor, "network.manage");
  const { slug: given, name, description, chairUserId } = createNetworkSchema.parse(input);
  const now = options.now ?? new Date();
  try {
    return await (options.client ?? db()).$transaction(async (tx) => {
      await assertActiveUser(tx, "chairUserId", chairUserId);
      const taken = async (candidate: string) =>
        RESERVED_NETWORK_SLUGS.includes(candidate) ||
        !!(await tx.network.findUnique({ where: { slug: candidate }, select: { id: true } }));
      let slug = given ?? "";
      if (given) {
        if (await taken(given)) throw fieldError("slug", "networks.error.slugTaken", "CONFLICT");
      } else {
        // Made from the name, with -2, -3, … when taken; a name with no letters at all gives "verkosto".
        const base = slugify(name) || "verkosto";
        slug = base;
        for (let n = 2; await taken(slug); n++) slug = slugCandidate(base, n);
      }
      const network = await tx.network.create({
        data: {
          slug,
          name,
          description: description ?? null,
          memberships: { create: { userId: chairUserId, role: "CHAIR", status: "ACTIVE", joinedAt: now } },
        },
        select: { id: true, slug: true },
      });
      await audit(
        tx,
        actor,
        "network.created",
        { type: "Network", id: network.id },
        { after: { slug, name, chairUserId } },
      );
      return network;
    }, TX);
  } catch (error) {
    // Two coordinators creating the same slug at once: the unique index decides.
    if (isUniqueViolation(error)) throw fieldError("slug", "networks.error.slugTaken", "CONFLICT");
    throw error;
  }
}

/** A coordinator archives a network: it leaves the public list and takes no more requests. */
async function archiveNetworkUncached(actor: Actor | null, input: unknown, options: Options = {}): Promise<void> {
  assertCan(actor, "network.manage");
  const { networkId } = archiveNetworkSchema.parse(input);
  const now = options.now ?? new Date();
  await (options.client ?? db()).$transaction(async (tx) => {
    const updated = await tx.network.updateMany({
      where: { id: networkId, archivedAt: null },
      data: { archivedAt: now },
    });
    if (updated.count === 0) {
      const exists = await tx.network.findUnique({ where: { id: networkId }, select: { id: true } });
      throw fieldError(
        "networkId",
        exists ? "networks.error.archived" : "networks.error.unknownNetwork",
        exists ? "CONFLICT" : "NOT_FOUND",
      );
    }
    await audit(tx, actor, "network.archived", { type: "Network", id: networkId });
  }, TX);
}

/** A person who can chair: an account that is neither closed nor anonymised. */
async function assertActiveUser(tx: Tx, field: string, userId: string): Promise<void> {
  const user = await tx.user.findFirst({
    where: { id: userId, deactivatedAt: null, anonymizedAt: null },
    select: { id: true },
  });
  if (!user) throw fieldError(field, "networks.error.unknownUser", "NOT_FOUND");
}

// ───────────── Cache invalidation (ADR 17): the cached /verkostot list shows each network's
// description, chairs and active members, so every write that changes one of them expires it.
const networkList = () => Promise.resolve([NETWORKS_TAG]);
export const decideJoinRequest = invalidating(decideJoinRequestUncached, networkList);
export const leaveNetwork = invalidating(leaveNetworkUncached, networkList);
export const removeMember = invalidating(removeMemberUncached, networkList);
export const appointChair = invalidating(appointChairUncached, networkList);
export const removeChair = invalidating(removeChairUncached, networkList);
export const createNetwork = invalidating(createNetworkUncached, networkList);
export const archiveNetwork = invalidating(archiveNetworkUncached, networkList);
