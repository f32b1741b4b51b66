// Network events (issue 14 items 2 and 4) against real PostgreSQL, through the
// server action as a form post reaches it: a chair of that network (or a
// coordinator) adds an event, which becomes a session of the network's EVENT
// offering in the menu whose period holds its day (one offering per network
// and menu); anyone else — a chair of another network naming this one
// included — is refused and nothing is written; bad input gets field messages
// and writes nothing; the event shows on the network page's list, in its
// public feed and in the personal feed of its active members.
import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { MAX_CAPACITY } from "@/lib/trainings/rules";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { submit, type Values } from "./support/server-actions";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { createNetworkEventAction } = await import("@/lib/networks/events/actions");
const { listNetworkEvents } = await import("@/lib/networks/events/data");
const { findPersonalFeed, listNetworkFeedSessions } = await import("@/lib/calendar/data");
const { networkCalendar, personalCalendar } = await import("@/lib/calendar/feeds");
const route = await import("@/app/api/networks/[slug]/events.ics/route");

let db: Db;
type Caller = "signedOut" | "member" | "otherStaff" | "chair" | "otherChair" | "coordinator";
let people: Record<Exclude<Caller, "signedOut">, Actor>;
const networkIds: string[] = [];
const menuIds: string[] = [];
/** A year no other test's menu covers: the events land in this file's menus only. */
const YEAR = 2100 + randomInt(700);
let menuSlug: string;

async function person(role: Role, prefix: string): Promise<Actor> {
  return (await createUsers(db, 1, { roles: [role], prefix: `netev-${prefix}-${uniq()}` }))[0]!;
}

async function network(chair: Actor = people.chair) {
  const row = await db.network.create({
    data: {
      slug: `test-netev-${uniq()}`,
      name: `Tapahtumaverkosto ${uniq()}`,
      description: "Verkosto testeille.",
      memberships: {
        create: [
          { userId: chair.id, role: "CHAIR", status: "ACTIVE", joinedAt: new Date() },
          { userId: people.member.id, role: "MEMBER", status: "ACTIVE", joinedAt: new Date() },
        ],
      },
    },
    select: { id: true, slug: true },
  });
  networkIds.push(row.id);
  return row;
}

const event = (networkId: string, overrides: Values = {}): Values => ({
  networkId,
  title: "Kevään verkostotapaaminen",
  startsAt: `${YEAR}-03-10T13:00`,
  endsAt: `${YEAR}-03-10T15:00`,
  place: "Pääkirjasto Metso, Tampere",
  remoteUrl: "",
  capacity: "",
  ...overrides,
});

/** Everything adding an event writes for the network: offerings, sessions, audit events. */
async function written(networkId: string) {
  const [offerings, sessions, audits] = await Promise.all([
    db.offering.count({ where: { networkId } }),
    db.trainingSession.count({ where: { offering: { networkId } } }),
    db.auditEvent.count({
      where: { action: { in: ["offering.create", "session.create"] }, createdAt: { gte: since } },
    }),
  ]);
  return { offerings, sessions, audits };
}

const actorOf = (caller: Caller): Actor | null => (caller === "signedOut" ? null : people[caller]);
const since = new Date();

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  people = {
    member: await person("STAFF", "member"),
    otherStaff: await person("SUPERVISOR", "other"),
    chair: await person("STAFF", "chair"),
    otherChair: await person("STAFF", "otherchair"),
    coordinator: await person("COORDINATOR", "coord"),
  };
  menuSlug = `test-netev-kevat-${uniq()}`;
  const menus = await Promise.all([
    db.trainingMenu.create({
      data: {
        slug: menuSlug,
        title: `Kevät ${YEAR}`,
        periodStart: new Date(`${YEAR}-01-01`),
        periodEnd: new Date(`${YEAR}-06-30`),
        status: "PUBLISHED",
        publishedAt: new Date(),
      },
    }),
    // A draft for the same period: a published menu is chosen before it.
    db.trainingMenu.create({
      data: {
        slug: `test-netev-luonnos-${uniq()}`,
        title: `Luonnos ${YEAR}`,
        periodStart: new Date(`${YEAR}-01-01`),
        periodEnd: new Date(`${YEAR}-12-31`),
        status: "DRAFT",
      },
    }),
  ]);
  menuIds.push(...menus.map((menu) => menu.id));
});

afterAll(async () => {
  await db.network.deleteMany({ where: { id: { in: networkIds } } });
  await db.trainingMenu.deleteMany({ where: { id: { in: menuIds } } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("who may add a network event", () => {
  const allowed: Caller[] = ["chair", "coordinator"];
  for (const caller of ["signedOut", "member", "otherStaff", "chair", "otherChair", "coordinator"] as Caller[]) {
    const may = allowed.includes(caller);
    it(`${caller} ${may ? "may" : "may not (and nothing is written)"}`, async () => {
      const n = await network();
      const before = await written(n.id);
      const outcome = await submit(createNetworkEventAction, actorOf(caller), event(n.id));
      if (may) {
        expect(outcome.redirect).toBe(`/verkostot/${n.slug}?tehty=tapahtuma#tapahtumat`);
        expect(await written(n.id)).toMatchObject({ offerings: 1, sessions: 1 });
      } else {
        expect(outcome.state).toMatchObject({
          status: "error",
          formError: caller === "signedOut" ? "form.error.UNAUTHENTICATED" : "form.error.FORBIDDEN",
        });
        expect(await written(n.id)).toEqual(before);
      }
    });
  }

  it("a chair of another network naming this network is refused, and nothing is written", async () => {
    const mine = await network(people.otherChair);
    const theirs = await network();
    const before = await written(theirs.id);
    const outcome = await submit(createNetworkEventAction, people.otherChair, event(theirs.id));
    expect(outcome.state?.formError).toBe("form.error.FORBIDDEN");
    expect(await written(theirs.id)).toEqual(before);
    expect((await written(mine.id)).sessions).toBe(0);
  });
});

describe("adding an event", () => {
  it("makes a session of the network's EVENT offering in the published menu of its period; the next one reuses the offering", async () => {
    const n = await network();
    await submit(createNetworkEventAction, people.chair, event(n.id));
    await submit(
      createNetworkEventAction,
      people.chair,
      event(n.id, {
        title: "Etätapaaminen",
        startsAt: `${YEAR}-05-04T09:00`,
        endsAt: `${YEAR}-05-04T10:30`,
        place: "",
        remoteUrl: "https://meet.example.fi/verkosto",
        capacity: "25",
      }),
    );
    const offerings = await db.offering.findMany({
      where: { networkId: n.id },
      select: { kind: true, menu: { select: { slug: true } }, sessions: { orderBy: { startsAt: "asc" } } },
    });
    expect(offerings).toHaveLength(1);
    expect(offerings[0]).toMatchObject({ kind: "EVENT", menu: { slug: menuSlug } });
    const [first, second] = offerings[0]!.sessions;
    expect(first).toMatchObject({
      title: "Kevään verkostotapaaminen",
      place: "Pääkirjasto Metso, Tampere",
      capacity: MAX_CAPACITY,
      eligibility: "REGION",
      status: "SCHEDULED",
    });
    // 13:00 in Helsinki in March is 11:00 UTC.
    expect(first!.startsAt.toISOString()).toBe(`${YEAR}-03-10T11:00:00.000Z`);
    expect(second).toMatchObject({ remoteUrl: "https://meet.example.fi/verkosto", capacity: 25, place: null });
  });

  it("bad input gets field messages and writes nothing", async () => {
    const n = await network();
    const before = await written(n.id);
    const cases: [Values, Record<string, string>][] = [
      [{ title: "" }, { title: "validation.required" }],
      [{ endsAt: `${YEAR}-03-10T12:00` }, { endsAt: "trainingsAdmin.error.endBeforeStart" }],
      [{ place: "" }, { place: "networkEvents.error.placeRequired" }],
      [{ remoteUrl: "javascript:alert(1)" }, { remoteUrl: "networkEvents.error.remoteUrl" }],
      [{ remoteUrl: "http://meet.example.fi" }, { remoteUrl: "networkEvents.error.remoteUrl" }],
      [{ capacity: "0" }, { capacity: "trainingsAdmin.error.capacity" }],
      [{ capacity: "kymmenen" }, { capacity: "trainingsAdmin.error.capacity" }],
      [{ startsAt: "huomenna" }, { startsAt: "trainingsAdmin.error.dateTime" }],
      [{ title: "x".repeat(201) }, { title: "validation.tooLong" }],
      // No menu covers the day: the chair is told, rather than the event vanishing.
      [
        { startsAt: `${YEAR + 1000}-03-10T13:00`, endsAt: `${YEAR + 1000}-03-10T15:00` },
        { startsAt: "networkEvents.error.noMenu" },
      ],
    ];
    for (const [overrides, fields] of cases) {
      const outcome = await submit(createNetworkEventAction, people.chair, event(n.id, overrides));
      expect(outcome.state, JSON.stringify(overrides)).toMatchObject({ status: "error", fields });
    }
    expect(await written(n.id)).toEqual(before);
  });
});

describe("where the events show", () => {
  it("on the network page, in its public feed, and in active members' own feeds (not twice when enrolled)", async () => {
    const n = await network();
    await submit(createNetworkEventAction, people.chair, event(n.id));
    const now = new Date(`${YEAR}-02-01T00:00:00Z`);
    const events = await listNetworkEvents(n.id, { now, client: db });
    expect(events.upcoming.map((s) => s.title)).toEqual(["Kevään verkostotapaaminen"]);
    expect(events.upcoming[0]!.offering.kind).toBe("EVENT");
    expect(events.past).toEqual([]);
    const later = await listNetworkEvents(n.id, { now: new Date(`${YEAR}-04-01T00:00:00Z`), client: db });
    expect(later.upcoming).toEqual([]);
    expect(later.past.map((s) => s.title)).toEqual(["Kevään verkostotapaaminen"]);

    const feed = networkCalendar(await listNetworkFeedSessions(n.id, { now }, db), {
      appUrl: "https://pike.example.fi",
      network: { name: "Tapahtumaverkosto" },
    });
    expect(feed).toContain("SUMMARY:");
    expect(feed).toContain("Kevään verkostotapaaminen");
    expect(feed).toContain("X-WR-CALNAME:PiKe-verkosto: Tapahtumaverkosto");

    // The member's feed has it; someone who left does not.
    const token = `tok-${uniq()}${uniq()}${uniq()}${uniq()}${uniq()}`.slice(0, 43);
    await db.user.update({ where: { id: people.member.id }, data: { calendarToken: token } });
    const mine = await findPersonalFeed(token, { now }, db);
    expect(mine?.networkEvents.filter((s) => s.offering.slug.startsWith(n.slug)).map((s) => s.title)).toEqual([
      "Kevään verkostotapaaminen",
    ]);
    const ics = personalCalendar(mine!, { appUrl: "https://pike.example.fi" });
    expect(ics).toContain("Kevään verkostotapaaminen");

    const session = await db.trainingSession.findFirstOrThrow({ where: { offering: { networkId: n.id } } });
    await db.enrolment.create({ data: { sessionId: session.id, userId: people.member.id, status: "CONFIRMED" } });
    const enrolled = await findPersonalFeed(token, { now }, db);
    expect(enrolled?.networkEvents.some((s) => s.id === session.id)).toBe(false);
    expect(enrolled?.entries.some((e) => e.session.id === session.id)).toBe(true);
    await db.enrolment.deleteMany({ where: { sessionId: session.id } });

    await db.networkMembership.update({
      where: { networkId_userId: { networkId: n.id, userId: people.member.id } },
      data: { status: "LEFT", leftAt: now },
    });
    const left = await findPersonalFeed(token, { now }, db);
    expect(left?.networkEvents.some((s) => s.id === session.id)).toBe(false);
  });

  it("the public feed route answers an .ics for a network and 404 for an unknown one", async () => {
    const n = await network();
    const ok = await route.GET(new Request(`http://localhost/api/networks/${n.slug}/events.ics`), {
      params: Promise.resolve({ slug: n.slug }),
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/calendar");
    expect(await ok.text()).toContain("BEGIN:VCALENDAR");
    const missing = await route.GET(new Request("http://localhost/api/networks/ei-ole/events.ics"), {
      params: Promise.resolve({ slug: `ei-ole-${uniq()}` }),
    });
    expect(missing.status).toBe(404);
  });
});
