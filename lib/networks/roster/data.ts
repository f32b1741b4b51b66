// A network's roster for its chairs and coordinators (issue 14 item 3): the
// active members with their library, municipality, role and joining day.
import "server-only";
import { type Actor, canChairNetwork } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { MembershipRole } from "@/lib/db/enums";
import { accountLabel } from "@/lib/users/rules";

export type RosterRow = {
  name: string | null;
  email: string;
  library: string | null;
  municipality: string | null;
  role: MembershipRole;
  joinedAt: Date | null;
};

export type NetworkRoster = { network: { id: string; slug: string; name: string }; rows: RosterRow[] };

/**
 * Null for an unknown or archived network, or for anyone who is not its chair
 * or a coordinator: the roster has names and addresses, which only they need.
 */
export async function getNetworkRoster(
  actor: Actor | null,
  slug: string,
  client: Db = db(),
): Promise<NetworkRoster | null> {
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
  const members = await client.networkMembership.findMany({
    where: { networkId: network.id, status: "ACTIVE", user: { anonymizedAt: null } },
    select: {
      role: true,
      joinedAt: true,
      user: { select: { name: true, email: true, library: { select: { name: true, municipality: true } } } },
    },
  });
  const rows = members
    .map((m) => ({
      name: m.user.name,
      email: m.user.email,
      library: m.user.library?.name ?? null,
      municipality: m.user.library?.municipality ?? null,
      role: m.role,
      joinedAt: m.joinedAt,
    }))
    // Chairs first, then by library and name, as a roster is read.
    .sort(
      (a, b) =>
        (a.role === b.role ? 0 : a.role === "CHAIR" ? -1 : 1) ||
        (a.library ?? "~").localeCompare(b.library ?? "~", "fi") ||
        accountLabel(a).localeCompare(accountLabel(b), "fi"),
    );
  return { network: { id: network.id, slug: network.slug, name: network.name }, rows };
}
