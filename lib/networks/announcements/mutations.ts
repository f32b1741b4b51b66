// A chair posts an announcement to the network's members (issue 14 item 2,
// ADR 29): the row and one mail job per active member (the author excepted)
// in one transaction, so a refused or failed post sends nothing. Who may is
// decided from the actor's own membership of *this* network inside the
// transaction (assertChairs): a chair of another network is nobody here.
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { type Actor, assertSignedIn } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import { enqueueMany } from "@/lib/jobs/mutations";
import { assertChairs, openNetwork } from "../mutations";
import { announcementSchema } from "./schema";

type Options = { now?: Date; client?: Db };

export type PostedAnnouncement = { id: string; networkSlug: string; recipients: number };

export async function postAnnouncement(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<PostedAnnouncement> {
  assertSignedIn(actor);
  const values = announcementSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(
    async (tx) => {
      const network = await openNetwork(tx, values.networkId);
      await assertChairs(tx, actor, network.id);
      const announcement = await tx.networkAnnouncement.create({
        data: { networkId: network.id, authorId: actor.id, title: values.title, body: values.body, createdAt: now },
        select: { id: true },
      });
      const members = await tx.networkMembership.findMany({
        where: { networkId: network.id, status: "ACTIVE", userId: { not: actor.id } },
        select: { userId: true },
        orderBy: { userId: "asc" },
      });
      const recipients = await enqueueMany(
        tx,
        "email.networkAnnouncement",
        members.map(({ userId }) => ({
          payload: { announcementId: announcement.id, userId },
          options: { dedupeKey: `network-announcement:${announcement.id}:${userId}` },
        })),
      );
      await audit(
        tx,
        actor,
        "network.announcement.post",
        { type: "NetworkAnnouncement", id: announcement.id },
        { summary: `Network ${network.slug}: "${values.title}" to ${recipients} members` },
      );
      return { id: announcement.id, networkSlug: network.slug, recipients };
    },
    { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 },
  );
}
