// Reads of the networks' admin pages (issue 14 item 2): the people a
// coordinator may make a new network's first chair, and one network's
// members for its chairs and coordinators to manage.
import "server-only";
import { type Actor, can, canChairNetwork } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { MembershipRole } from "@/lib/db/enums";
import { accountLabel } from "@/lib/users/rules";

export type ChairCandidates = { library: string; people: { id: string; label: string }[] }[];

/** Active people by library (those without one last), for a coordinator's choice of a first chair. */
export async function listChairCandidates(actor: Actor | null, client: Db = db()): Promise<ChairCandidates> {
  if (!can(actor, "network.manage")) return [];
  const users = await client.user.findMany({
    where: { deactivatedAt: null, anonymizedAt: null },
    select: { id: true, name: true, email: true, library: { select: { name: true } } },
  });
  const groups = new Map<string, { id: string; label: string }[]>();
  for (const user of users) {
    const library = user.library?.name ?? "";
    const people = groups.get(library) ?? [];
    people.push({ id: user.id, label: accountLabel(user) });
    groups.set(library, people);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "" ? 1 : b === "" ? -1 : a.localeCompare(b, "fi")))
    .map(([library, people]) => ({ library, people: people.sort((a, b) => a.label.localeCompare(b.label, "fi")) }));
}

export type AdminMember = {
  userId: string;
  label: string;
  libraryName: string | null;
  role: MembershipRole;
  joinedAt: Date | null;
};

export type NetworkAdmin = {
  network: { id: string; slug: string; name: string };
  /** Coordinators: chairs, archiving. Chairs: removing members. */
  mayManage: boolean;
  members: AdminMember[];
  pending: number;
};

/** One network's active members, chairs first, for its chairs and coordinators; null for anyone else. */
export async function getNetworkAdmin(
  actor: Actor | null,
  slug: string,
  client: Db = db(),
): Promise<NetworkAdmin | null> {
  if (!actor) return null;
  const network = await client.network.findFirst({
    where: { slug, archivedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      memberships: { where: { userId: actor.id }, select: { role: true, status: true } },
    },
  });
  if (!network || !canChairNetwork(actor, network.memberships[0] ?? null)) return null;
  const [rows, pending] = await Promise.all([
    client.networkMembership.findMany({
      where: { networkId: network.id, status: "ACTIVE" },
      select: {
        userId: true,
        role: true,
        joinedAt: true,
        user: { select: { name: true, email: true, library: { select: { name: true } } } },
      },
    }),
    client.networkMembership.count({ where: { networkId: network.id, status: "PENDING" } }),
  ]);
  const members = rows
    .map((m) => ({
      userId: m.userId,
      label: accountLabel(m.user),
      libraryName: m.user.library?.name ?? null,
      role: m.role,
      joinedAt: m.joinedAt,
    }))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === "CHAIR" ? -1 : 1) || a.label.localeCompare(b.label, "fi"));
  return {
    network: { id: network.id, slug: network.slug, name: network.name },
    mayManage: can(actor, "network.manage"),
    members,
    pending,
  };
}
