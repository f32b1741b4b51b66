// Reads of networks (ADR 29): the public list and page (purpose, chairs,
// member count, playbook), the members by library for signed-in readers, the
// reader's own membership, and a chair's pending requests. Archived networks
// are not shown. Scope is in each query's where; explicit selects.
import "server-only";
import { cache } from "react";
import { can, canChairNetwork, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { MembershipRole, MembershipStatus } from "@/lib/db/enums";
import { personNameSelect, toPersonName } from "@/lib/users/data";
import { compareByName, type PersonName } from "@/lib/users/rules";

export type NetworkChair = { name: string; libraryName: string | null };

export type NetworkSummary = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  chairs: NetworkChair[];
  memberCount: number;
};

export type NetworkDetail = NetworkSummary & { playbook: string | null };

// Chairs are shown by name and library only: their emails are personal data.
const summarySelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  memberships: {
    where: { role: "CHAIR", status: "ACTIVE", user: { name: { not: null } } },
    select: { user: { select: { name: true, library: { select: { name: true } } } } },
    orderBy: { createdAt: "asc" },
  },
  _count: { select: { memberships: { where: { status: "ACTIVE" } } } },
} as const;

type SummaryRow = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  memberships: { user: { name: string | null; library: { name: string } | null } }[];
  _count: { memberships: number };
};

function toSummary(row: SummaryRow): NetworkSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    chairs: row.memberships.map(({ user }) => ({ name: user.name ?? "", libraryName: user.library?.name ?? null })),
    memberCount: row._count.memberships,
  };
}

/** Every network with its active chairs and active member count (chairs included). */
export async function listNetworks(actor: Actor | null): Promise<NetworkSummary[]> {
  if (!can(actor, "network.read")) return [];
  const rows = await db().network.findMany({
    where: { archivedAt: null },
    select: summarySelect,
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return rows.map(toSummary);
}

/** One network with its playbook; cached so the page and its metadata share one query. */
export const getNetwork = cache(async (actor: Actor | null, slug: string): Promise<NetworkDetail | null> => {
  if (!can(actor, "network.read")) return null;
  const row = await db().network.findFirst({
    where: { slug, archivedAt: null },
    select: { ...summarySelect, playbook: true },
  });
  return row ? { ...toSummary(row), playbook: row.playbook } : null;
});

/** The networks anyone signed out can open, for the sitemap. */
export async function listPublicNetworkPaths(): Promise<{ slug: string; updatedAt: Date }[]> {
  if (!can(null, "network.read")) return [];
  return db().network.findMany({
    where: { archivedAt: null },
    select: { slug: true, updatedAt: true },
    orderBy: { slug: "asc" },
  });
}

export type NetworkMember = PersonName & { userId: string; role: MembershipRole; joinedAt: Date | null };

export type LibraryGroup = { libraryName: string | null; members: NetworkMember[] };

/**
 * The active members of a network grouped by library (libraries by name, the
 * people without one last), for signed-in readers only: names are not public.
 */
export async function listNetworkMembers(actor: Actor | null, networkId: string): Promise<LibraryGroup[] | null> {
  if (!can(actor, "network.readMembers")) return null;
  const rows = await db().networkMembership.findMany({
    where: { networkId, status: "ACTIVE", network: { archivedAt: null } },
    select: { userId: true, role: true, joinedAt: true, user: { select: personNameSelect } },
  });
  const groups = new Map<string | null, NetworkMember[]>();
  for (const row of rows) {
    const member = { ...toPersonName(row.user), userId: row.userId, role: row.role, joinedAt: row.joinedAt };
    groups.set(member.libraryName, [...(groups.get(member.libraryName) ?? []), member]);
  }
  return [...groups.entries()]
    .map(([libraryName, members]) => ({ libraryName, members: members.sort(compareByName) }))
    .sort((a, b) =>
      a.libraryName === null ? 1 : b.libraryName === null ? -1 : a.libraryName.localeCompare(b.libraryName, "fi"),
    );
}

export type OwnMembership = { role: MembershipRole; status: MembershipStatus; requestedAt: Date | null };

/** The reader's own membership of a network (null: none, or signed out). */
export async function getOwnMembership(actor: Actor | null, networkId: string): Promise<OwnMembership | null> {
  if (!actor) return null;
  return db().networkMembership.findUnique({
    where: { networkId_userId: { networkId, userId: actor.id } },
    select: { role: true, status: true, requestedAt: true },
  });
}

export type PendingRequest = PersonName & { userId: string; message: string | null; requestedAt: Date | null };

/** A network's pending join requests, oldest first, for its chairs and coordinators; null for anyone else. */
export async function listPendingRequests(actor: Actor | null, networkId: string): Promise<PendingRequest[] | null> {
  const own = actor ? await getOwnMembership(actor, networkId) : null;
  if (!canChairNetwork(actor, own)) return null;
  const rows = await db().networkMembership.findMany({
    where: { networkId, status: "PENDING", network: { archivedAt: null } },
    select: { userId: true, message: true, requestedAt: true, user: { select: personNameSelect } },
    orderBy: [{ requestedAt: "asc" }, { userId: "asc" }],
  });
  return rows.map((row) => ({
    ...toPersonName(row.user),
    userId: row.userId,
    message: row.message,
    requestedAt: row.requestedAt,
  }));
}

/** A network the reader chairs (or may chair as a coordinator), for the chairs' pages; null otherwise. */
export async function getChairedNetwork(actor: Actor | null, slug: string): Promise<NetworkDetail | null> {
  const network = await getNetwork(actor, slug);
  if (!network || !canChairNetwork(actor, await getOwnMembership(actor, network.id))) return null;
  return network;
}
