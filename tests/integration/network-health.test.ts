// The coordinators' view of network health (issue 14 item 3) against real
// PostgreSQL with the demo libraries: members by library and region, joins
// and leaves of this (Helsinki) year, pending requests, the last and next
// event, and the two flags — quiet (no event in six months and none ahead)
// and libraries of a region with nobody in the network. Only coordinators
// and admins get it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { getNetworkHealth } from "@/lib/networks/health/data";
import { createSession, createUsers, removeCreated, uniq } from "./enrolment-fixtures";

let db: Db;
const networkIds: string[] = [];
/** "Now" for the figures: the year is 2027 in Helsinki. */
const NOW = new Date("2027-06-15T09:00:00Z");

async function network(name: string) {
  const row = await db.network.create({ data: { slug: `test-health-${uniq()}`, name }, select: { id: true } });
  networkIds.push(row.id);
  return row.id;
}

async function join(networkId: string, people: Actor[], data: Record<string, unknown>) {
  await db.networkMembership.createMany({
    data: people.map((p) => ({ networkId, userId: p.id, ...data })),
  });
}

beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
});
afterAll(async () => {
  await db.network.deleteMany({ where: { id: { in: networkIds } } });
  await removeCreated(db);
  await db.$disconnect();
});

describe("network health", () => {
  it("counts members by library and region, this year's joins and leaves, and names the libraries missing", async () => {
    const id = await network(`Terveysverkosto ${uniq()}`);
    const [chair] = await createUsers(db, 1, { librarySlug: "tampere" });
    const tampere = await createUsers(db, 2, { librarySlug: "tampere" });
    const jkl = await createUsers(db, 1, { librarySlug: "jyvaskyla" });
    const pending = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const leftThisYear = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const leftLastYear = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const noLibrary = await createUsers(db, 1, { librarySlug: null });
    await join(id, [chair!], { role: "CHAIR", status: "ACTIVE", joinedAt: new Date("2025-02-01T10:00:00Z") });
    // Joined at 00:30 on 1 January in Helsinki (22:30 UTC the day before): this year.
    await join(id, tampere, { status: "ACTIVE", joinedAt: new Date("2026-12-31T22:30:00Z") });
    // 23:30 on 31 December in Helsinki: last year.
    await join(id, jkl, { status: "ACTIVE", joinedAt: new Date("2026-12-31T21:30:00Z") });
    await join(id, noLibrary, { status: "ACTIVE", joinedAt: new Date("2027-03-01T10:00:00Z") });
    await join(id, pending, { status: "PENDING", requestedAt: new Date("2027-06-01T10:00:00Z") });
    await join(id, leftThisYear, {
      status: "LEFT",
      joinedAt: new Date("2024-01-01T10:00:00Z"),
      leftAt: new Date("2027-05-01T10:00:00Z"),
    });
    await join(id, leftLastYear, {
      status: "LEFT",
      joinedAt: new Date("2024-01-01T10:00:00Z"),
      leftAt: new Date("2026-05-01T10:00:00Z"),
    });

    const coordinator = (await createUsers(db, 1, { roles: ["COORDINATOR"] }))[0]!;
    const view = await getNetworkHealth(coordinator, { now: NOW, client: db });
    expect(view?.year).toBe(2027);
    const health = view!.networks.find((n) => n.id === id)!;
    expect(health).toMatchObject({ members: 5, chairs: 1, pending: 1, joinedThisYear: 3, leftThisYear: 1 });
    const libraries = await db.library.findMany({ select: { name: true, region: true, slug: true } });
    const nameOf = (slug: string) => libraries.find((l) => l.slug === slug)!.name;
    expect(health.byLibrary).toEqual([
      { libraryName: nameOf("tampere"), region: "PIRKANMAA", members: 3 },
      { libraryName: nameOf("jyvaskyla"), region: "KESKI_SUOMI", members: 1 },
      { libraryName: null, region: null, members: 1 },
    ]);
    const pirkanmaa = health.regions.find((r) => r.region === "PIRKANMAA")!;
    const keskiSuomi = health.regions.find((r) => r.region === "KESKI_SUOMI")!;
    expect(pirkanmaa.libraries).toBe(libraries.filter((l) => l.region === "PIRKANMAA").length);
    expect(pirkanmaa).toMatchObject({ librariesIn: 1, members: 3 });
    expect(keskiSuomi).toMatchObject({ librariesIn: 1, members: 1 });
    // Valkeakoski has a pending and two former members, nobody active: missing.
    const valkeakoski = libraries.find((l) => l.slug === "valkeakoski")!;
    expect(pirkanmaa.missing).toContain(valkeakoski.name);
    expect(pirkanmaa.missing).not.toContain(libraries.find((l) => l.slug === "tampere")!.name);
    expect(pirkanmaa.missing).toHaveLength(pirkanmaa.libraries - 1);
    expect(health.missingLibraries).toBe(true);
  });

  it("takes the last and next event from the network's sessions, and flags a quiet network", async () => {
    const quiet = await network(`Hiljainen ${uniq()}`);
    const busy = await network(`Vilkas ${uniq()}`);
    const ahead = await network(`Tuleva ${uniq()}`);
    const tie = async (networkId: string, startsAt: Date, status: "SCHEDULED" | "CANCELLED" = "SCHEDULED") => {
      const session = await createSession(db, { capacity: 10, startsAt, status });
      const row = await db.trainingSession.findUniqueOrThrow({
        where: { id: session.id },
        select: { offeringId: true },
      });
      await db.offering.update({ where: { id: row.offeringId }, data: { networkId, kind: "EVENT" } });
    };
    // Seven months ago, and a cancelled one last month: quiet.
    await tie(quiet, new Date("2026-11-10T10:00:00Z"));
    await tie(quiet, new Date("2027-05-10T10:00:00Z"), "CANCELLED");
    // Two months ago: held lately.
    await tie(busy, new Date("2026-11-10T10:00:00Z"));
    await tie(busy, new Date("2027-04-10T10:00:00Z"));
    // Nothing held for long, but one ahead: not quiet.
    await tie(ahead, new Date("2027-09-01T10:00:00Z"));

    const coordinator = (await createUsers(db, 1, { roles: ["COORDINATOR"] }))[0]!;
    const view = await getNetworkHealth(coordinator, { now: NOW, client: db });
    const of = (id: string) => view!.networks.find((n) => n.id === id)!;
    expect(of(quiet)).toMatchObject({ lastEvent: new Date("2026-11-10T10:00:00Z"), nextEvent: null, quiet: true });
    expect(of(busy)).toMatchObject({ lastEvent: new Date("2027-04-10T10:00:00Z"), nextEvent: null, quiet: false });
    expect(of(ahead)).toMatchObject({ lastEvent: null, nextEvent: new Date("2027-09-01T10:00:00Z"), quiet: false });
  });

  it("is for coordinators and admins only", async () => {
    for (const role of ["STAFF", "SUPERVISOR", "STEERING"] as const) {
      const [someone] = await createUsers(db, 1, { roles: [role] });
      expect(await getNetworkHealth(someone!, { client: db })).toBeNull();
    }
    expect(await getNetworkHealth(null, { client: db })).toBeNull();
    const [admin] = await createUsers(db, 1, { roles: ["ADMIN"] });
    expect(await getNetworkHealth(admin!, { client: db })).not.toBeNull();
  });
});
