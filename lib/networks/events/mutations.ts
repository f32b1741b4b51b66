// A chair creates a network event (issue 14 item 2, ADR 29). The event is a
// training session of the network's EVENT offering in the training menu whose
// period holds the event's day, so the menu, the session page, enrolment with
// its waitlist, reminders, feedback and the calendar feeds all work as for
// any training. The offering is created with the network's first event in
// that menu; the network's row is locked first, so two chairs adding the
// first events at once make one offering.
import "server-only";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { NETWORKS_TAG } from "@/lib/cache/tags";
import { type Actor, assertSignedIn } from "@/lib/auth/policy";
import { db, type Db, type Tx } from "@/lib/db";
import { helsinkiToday } from "@/lib/dates";
import { fieldError } from "@/lib/http/errors";
import { insertSession } from "@/lib/trainings/mutations";
import { RESERVED_OFFERING_SLUGS, slugCandidate, slugify, SLUG_MAX } from "@/lib/trainings/rules";
import { sessionCacheTags } from "@/lib/trainings/data";
import { assertChairs, openNetwork } from "../mutations";
import { networkEventSchema, type NetworkEventInput } from "./schema";

type Options = { client?: Db };

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;

export type CreatedNetworkEvent = { sessionId: string; offeringSlug: string; networkSlug: string };

/** The menu whose period holds the day: a published one before a draft, the latest period first. */
async function menuForDay(tx: Tx, startsAt: Date) {
  const day = helsinkiToday(startsAt);
  const menus = await tx.trainingMenu.findMany({
    where: { periodStart: { lte: day }, periodEnd: { gte: day }, status: { in: ["PUBLISHED", "DRAFT"] } },
    select: { id: true, slug: true, status: true },
    orderBy: [{ periodStart: "desc" }, { id: "asc" }],
  });
  return menus.find((menu) => menu.status === "PUBLISHED") ?? menus[0] ?? null;
}

/** The network's EVENT offering in the menu, created with its first event there. */
async function networkOffering(
  tx: Tx,
  actor: Actor,
  network: { id: string; slug: string; name: string; description: string | null },
  menu: { id: string; slug: string },
): Promise<{ id: string; slug: string }> {
  const existing = await tx.offering.findFirst({
    where: { networkId: network.id, menuId: menu.id, kind: "EVENT" },
    select: { id: true, slug: true },
    orderBy: { createdAt: "asc" },
  });
  if (existing) return existing;
  const base = slugify(`${network.slug}-${menu.slug}`).slice(0, SLUG_MAX).replace(/-+$/g, "");
  let slug = base;
  for (let n = 2; ; n++) {
    const reserved = (RESERVED_OFFERING_SLUGS as readonly string[]).includes(slug);
    if (!reserved && !(await tx.offering.findUnique({ where: { slug }, select: { id: true } }))) break;
    slug = slugCandidate(base, n);
  }
  const last = await tx.offering.aggregate({ where: { menuId: menu.id }, _max: { sortOrder: true } });
  const data = {
    menuId: menu.id,
    kind: "EVENT" as const,
    title: network.name,
    summary: network.description?.slice(0, 300) ?? null,
    networkId: network.id,
    sortOrder: (last._max.sortOrder ?? -1) + 1,
  };
  const offering = await tx.offering.create({ data: { slug, ...data }, select: { id: true, slug: true } });
  await audit(tx, actor, "offering.create", { type: "Offering", id: offering.id }, { after: { slug, ...data } });
  return offering;
}

async function createNetworkEventUncached(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<CreatedNetworkEvent> {
  assertSignedIn(actor);
  const event: NetworkEventInput = networkEventSchema.parse(input);
  return (options.client ?? db()).$transaction(async (tx) => {
    await openNetwork(tx, event.networkId, true);
    await assertChairs(tx, actor, event.networkId);
    const network = await tx.network.findUniqueOrThrow({
      where: { id: event.networkId },
      select: { id: true, slug: true, name: true, description: true },
    });
    const menu = await menuForDay(tx, event.startsAt);
    if (!menu) throw fieldError("startsAt", "networkEvents.error.noMenu");
    const offering = await networkOffering(tx, actor, network, menu);
    const session = await insertSession(tx, actor, offering.id, {
      title: event.title,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      place: event.place,
      remoteUrl: event.remoteUrl,
      capacity: event.capacity,
      eligibility: "REGION",
    });
    return { sessionId: session.id, offeringSlug: offering.slug, networkSlug: network.slug };
  }, TX);
}

/** The menu and the offering's page show the event; the network list shows its next event. */
export const createNetworkEvent = invalidating(createNetworkEventUncached, async (_args, result) =>
  result ? [...(await sessionCacheTags(result.sessionId)), NETWORKS_TAG] : [NETWORKS_TAG],
);
