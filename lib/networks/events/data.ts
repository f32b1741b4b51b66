// A network's events (issue 14 item 2): the sessions of its EVENT offerings
// in published menus. Public, like the menu they are part of.
import "server-only";
import { db, type Db } from "@/lib/db";
import {
  offeringCardSelect,
  publishedMenu,
  sessionViewSelect,
  toOfferingCard,
  toSessionView,
  type SessionCard,
} from "@/lib/trainings/data";

/** How many past events the network page lists. */
export const PAST_EVENTS_SHOWN = 5;

export type NetworkEvents = { upcoming: SessionCard[]; past: SessionCard[] };

const eventSelect = { ...sessionViewSelect, offering: { select: offeringCardSelect } } as const;

export async function listNetworkEvents(
  networkId: string,
  options: { now?: Date; client?: Db } = {},
): Promise<NetworkEvents> {
  const now = options.now ?? new Date();
  const client = options.client ?? db();
  const ofNetwork = { networkId, kind: "EVENT" as const, menu: publishedMenu };
  const [upcoming, past] = await Promise.all([
    client.trainingSession.findMany({
      where: { offering: ofNetwork, endsAt: { gte: now } },
      select: eventSelect,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 50,
    }),
    client.trainingSession.findMany({
      where: { offering: ofNetwork, endsAt: { lt: now }, status: "SCHEDULED" },
      select: eventSelect,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: PAST_EVENTS_SHOWN,
    }),
  ]);
  const card = ({ offering, ...session }: (typeof upcoming)[number]): SessionCard => ({
    ...toSessionView(session, now),
    offering: toOfferingCard(offering),
  });
  return { upcoming: upcoming.map(card), past: past.map(card) };
}
