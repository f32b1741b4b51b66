// "Verkostot sinulle" (issue 14 item 1) against real PostgreSQL: a network
// fits a person by region (active members from libraries of their library's
// region) and by interest (themes of the network's events shared with
// offerings they enrolled in, not cancelled, or marked interesting); networks
// they are in or waiting for, and archived ones, are left out; shared themes
// rank first. The /api/me route answers privately and never names anything to
// a signed-out reader.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { MembershipStatus } from "@/lib/db/enums";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { suggestNetworks } = await import("@/lib/networks/suggestions/data");
const { GET } = await import("@/app/api/me/network-suggestions/route");

let db: Db;
let me: Actor;
let neighbour: Actor;
let neighbour2: Actor;
let faraway: Actor;
const themeIds: string[] = [];
const networkIds: string[] = [];
let menuId: string;
const slugs: Record<string, string> = {};
const id = uniq();

async function theme(name: string) {
  const row = await db.theme.create({
    data: {
      slug: `test-sug-${name}-${id}`,
      nameFi: `Teema ${name} ${id}`,
      nameEn: `Theme ${name} ${id}`,
      sortOrder: 900,
    },
    select: { id: true },
  });
  themeIds.push(row.id);
  return row.id;
}

async function offering(themes: string[], networkId?: string) {
  return db.offering.create({
    data: {
      menuId,
      slug: `test-sug-${uniq()}`,
      kind: networkId ? "EVENT" : "WORKSHOP",
      title: "Ehdotusten testi",
      networkId,
      themes: { create: themes.map((themeId) => ({ themeId })) },
      sessions: {
        create: { startsAt: new Date("2027-03-01T10:00Z"), endsAt: new Date("2027-03-01T12:00Z"), capacity: 10 },
      },
    },
    select: { id: true, sessions: { select: { id: true } } },
  });
}

async function network(
  key: string,
  options: { themes?: string[]; members?: [Actor, MembershipStatus][]; archived?: boolean } = {},
) {
  const row = await db.network.create({
    data: {
      slug: `test-sug-${key}-${id}`,
      name: `Ehdotusverkosto ${key} ${id}`,
      archivedAt: options.archived ? new Date() : null,
      memberships: {
        create: (options.members ?? []).map(([person, status]) => ({ userId: person.id, status })),
      },
    },
    select: { id: true, slug: true },
  });
  networkIds.push(row.id);
  slugs[row.slug] = key;
  if (options.themes) await offering(options.themes, row.id);
  return row;
}

/** The keys of this file's networks among the suggestions, in their order. */
const mine = (suggestions: { slug: string }[]) => suggestions.filter((s) => s.slug in slugs).map((s) => slugs[s.slug]);

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  me = (await createUsers(db, 1, { librarySlug: "valkeakoski", prefix: `sug-me-${id}` }))[0]!;
  const neighbours = await createUsers(db, 2, { librarySlug: "nokia", prefix: `sug-nb-${id}` });
  [neighbour, neighbour2] = [neighbours[0]!, neighbours[1]!];
  faraway = (await createUsers(db, 1, { librarySlug: "laukaa", prefix: `sug-far-${id}` }))[0]!;
  const menu = await db.trainingMenu.create({
    data: {
      slug: `test-sug-${id}`,
      title: "Ehdotukset",
      periodStart: new Date("2027-01-01"),
      periodEnd: new Date("2027-06-30"),
      status: "PUBLISHED",
    },
    select: { id: true },
  });
  menuId = menu.id;
  const [enrolled, interesting, cancelled, other] = [
    await theme("enrolled"),
    await theme("interest"),
    await theme("cancelled"),
    await theme("other"),
  ];
  // Their own trainings: one enrolled in, one marked interesting, one cancelled.
  const a = await offering([enrolled]);
  await db.enrolment.create({ data: { sessionId: a.sessions[0]!.id, userId: me.id, status: "CONFIRMED" } });
  const b = await offering([interesting]);
  await db.interest.create({ data: { userId: me.id, offeringId: b.id } });
  const c = await offering([cancelled]);
  await db.enrolment.create({ data: { sessionId: c.sessions[0]!.id, userId: me.id, status: "CANCELLED" } });

  await network("both-themes", { themes: [enrolled, interesting, other] });
  await network("one-theme-left", { themes: [enrolled], members: [[me, "LEFT"]] });
  await network("region", {
    themes: [cancelled],
    members: [
      [neighbour, "ACTIVE"],
      [neighbour2, "ACTIVE"],
      [faraway, "ACTIVE"],
    ],
  });
  await network("only-left-neighbour", { members: [[neighbour, "LEFT"]] });
  await network("other-region", { themes: [other], members: [[faraway, "ACTIVE"]] });
  await network("member", { themes: [enrolled], members: [[me, "ACTIVE"]] });
  await network("pending", { themes: [enrolled], members: [[me, "PENDING"]] });
  await network("archived", { themes: [enrolled], members: [[neighbour, "ACTIVE"]], archived: true });
});

afterAll(async () => {
  await db.network.deleteMany({ where: { id: { in: networkIds } } });
  await db.trainingMenu.deleteMany({ where: { id: menuId } });
  await db.theme.deleteMany({ where: { id: { in: themeIds } } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("networks for you", () => {
  it("fits by shared themes first, then by libraries of the own region; leaves out own, pending and archived", async () => {
    const suggestions = await suggestNetworks(me, { client: db, limit: 1000 });
    expect(mine(suggestions)).toEqual(["both-themes", "one-theme-left", "region"]);
    const byKey = new Map(suggestions.filter((s) => s.slug in slugs).map((s) => [slugs[s.slug], s] as const));
    expect(byKey.get("both-themes")).toMatchObject({
      region: "PIRKANMAA",
      regionLibraries: 0,
      themes: [
        { fi: `Teema enrolled ${id}`, en: `Theme enrolled ${id}` },
        { fi: `Teema interest ${id}`, en: `Theme interest ${id}` },
      ],
    });
    // Two people of one library of the region count once; the far one and the cancelled enrolment's theme not at all.
    expect(byKey.get("region")).toMatchObject({ regionLibraries: 1, themes: [] });
  });

  it("gives at most three, and nothing to a signed-out reader", async () => {
    expect((await suggestNetworks(me, { client: db })).length).toBeLessThanOrEqual(3);
    expect(await suggestNetworks(null, { client: db })).toEqual([]);
  });

  it("is served privately from /api/me/network-suggestions", async () => {
    current.headers = new Headers({ host: "127.0.0.1:3000" });
    current.actor = me;
    const response = await GET(new Request(`${ORIGIN}/api/me/network-suggestions`), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = (await response.json()) as { suggestions: { slug: string }[] };
    expect(body.suggestions.length).toBeGreaterThan(0);

    current.actor = null;
    const signedOut = await GET(new Request(`${ORIGIN}/api/me/network-suggestions`), { params: Promise.resolve({}) });
    expect(await signedOut.json()).toEqual({ suggestions: [] });
  });
});
