import "server-only";
import { cache } from "react";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";

export type NetworkChair = { name: string; libraryName: string | null };

export type NetworkSummary = {
  slug: string;
  name: string;
  description: string | null;
  chairs: NetworkChair[];
  memberCount: number;
};

export type NetworkDetail = NetworkSummary & { playbook: string | null };

// Chairs are shown by name and library only: their emails are personal data.
const summarySelect = {
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
  slug: string;
  name: string;
  description: string | null;
  memberships: { user: { name: string | null; library: { name: string } | null } }[];
  _count: { memberships: number };
};

function toSummary(row: SummaryRow): NetworkSummary {
  return {
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
    select: summarySelect,
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return rows.map(toSummary);
}

/** One network with its playbook; cached so the page and its metadata share one query. */
export const getNetwork = cache(async (actor: Actor | null, slug: string): Promise<NetworkDetail | null> => {
  if (!can(actor, "network.read")) return null;
  const row = await db().network.findUnique({
    where: { slug },
    select: { ...summarySelect, playbook: true },
  });
  return row ? { ...toSummary(row), playbook: row.playbook } : null;
});

/** The networks anyone signed out can open, for the sitemap. */
export async function listPublicNetworkPaths(): Promise<{ slug: string; updatedAt: Date }[]> {
  if (!can(null, "network.read")) return [];
  return db().network.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}
