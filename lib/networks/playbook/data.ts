// Reads of a network's playbook history (issue 14 item 2). The playbook is
// public, and so are its saved versions: each was public when it was saved.
// Archived networks have left the public list, and their history with them.
import "server-only";
import { type Actor, canChairNetwork } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import { REVISION_HISTORY_LIMIT } from "@/lib/minutes/rules";
import { personNameSelect, toPersonNameOrNull } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";

export type PlaybookRevisionView = { id: string; playbook: string; createdAt: Date; author: PersonName | null };

export type PlaybookHistory = {
  network: { id: string; slug: string; name: string };
  /** Newest first, at most REVISION_HISTORY_LIMIT. */
  revisions: PlaybookRevisionView[];
  total: number;
};

export async function getPlaybookHistory(slug: string, client: Db = db()): Promise<PlaybookHistory | null> {
  const network = await client.network.findFirst({
    where: { slug, archivedAt: null },
    select: { id: true, slug: true, name: true },
  });
  if (!network) return null;
  const [revisions, total] = await Promise.all([
    client.playbookRevision.findMany({
      where: { networkId: network.id },
      select: { id: true, playbook: true, createdAt: true, author: { select: personNameSelect } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: REVISION_HISTORY_LIMIT,
    }),
    client.playbookRevision.count({ where: { networkId: network.id } }),
  ]);
  return {
    network,
    revisions: revisions.map(({ author, ...revision }) => ({ ...revision, author: toPersonNameOrNull(author) })),
    total,
  };
}

export type PlaybookForEdit = {
  network: { id: string; slug: string; name: string };
  description: string;
  playbook: string;
  /** The latest revision: the form's base (blank: no revision yet). */
  baseRevisionId: string;
};

/** A network's description and playbook to edit, for its chairs and coordinators; null for anyone else. */
export async function getPlaybookForEdit(
  actor: Actor | null,
  slug: string,
  client: Db = db(),
): Promise<PlaybookForEdit | null> {
  if (!actor) return null;
  const network = await client.network.findFirst({
    where: { slug, archivedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      playbook: true,
      memberships: { where: { userId: actor.id }, select: { role: true, status: true } },
      playbookRevisions: { select: { id: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
    },
  });
  if (!network || !canChairNetwork(actor, network.memberships[0] ?? null)) return null;
  return {
    network: { id: network.id, slug: network.slug, name: network.name },
    description: network.description ?? "",
    playbook: network.playbook ?? "",
    baseRevisionId: network.playbookRevisions[0]?.id ?? "",
  };
}
