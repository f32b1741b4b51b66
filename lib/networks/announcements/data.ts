// Reads of a network's announcements (ADR 29): for signed-in readers only,
// as the member names are (an announcement is written to colleagues).
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { personNameSelect, toPersonName } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";

/** How many of the latest the network page lists. */
export const ANNOUNCEMENTS_SHOWN = 10;

export type AnnouncementView = {
  id: string;
  title: string;
  body: string;
  createdAt: Date;
  author: PersonName | null;
};

/** The latest announcements of a network, newest first; null for signed-out readers. */
export async function listAnnouncements(
  actor: Actor | null,
  networkId: string,
  take = ANNOUNCEMENTS_SHOWN,
): Promise<AnnouncementView[] | null> {
  if (!can(actor, "network.readMembers")) return null;
  const rows = await db().networkAnnouncement.findMany({
    where: { networkId, network: { archivedAt: null } },
    select: { id: true, title: true, body: true, createdAt: true, author: { select: personNameSelect } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
  return rows.map((row) => ({ ...row, author: row.author ? toPersonName(row.author) : null }));
}
