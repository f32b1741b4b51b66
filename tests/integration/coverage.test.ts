// Regional coverage (issue 16) against real PostgreSQL: on a small fixed
// dataset of libraries made here, in 2088 (a leap year no other data uses;
// the previous period is then 2087-01-01 – 2087-12-31, the same days a year earlier), every
// metric per library, per municipality and in total against numbers counted
// by hand; period boundaries in Helsinki time; cancelled, waitlisted and
// no-show enrolments left out; one person attending twice counted once; the
// previous period's totals; a library with only old contact flagged; who sees
// what through the route handler (coordinator, admin, supervisor: own library
// only, steering: totals only, staff 403, signed out 401); and bad input (422
// with the field). Figures not bound to the period (libraries, network
// members) are compared with a snapshot taken before this file's rows.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { EnrolmentStatus, Region, Role } from "@/lib/db/enums";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { apiRequest, callJson } from "./support/api";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { GET } = await import("@/app/api/reports/coverage/route");
const { coverageStatement, getCoverage } = await import("@/lib/coverage/data");
const { GET: XLSX } = await import("@/app/api/exports/coverage/figures.xlsx/route");
type Report = Awaited<ReturnType<typeof getCoverage>>;

let db: Db;
const key = uniq();
type Letter = "A" | "B" | "C" | "D";
const MUNICIPALITY = { M1: `Kattavuuskunta ${key}`, M2: `Ceekattavuus ${key}`, M3: `Deekattavuus ${key}` };
/** A and B share a municipality; C has only old contact; D is in the other region. */
const LIBRARIES: Record<Letter, { municipality: string; region: Region; staffCount: number | null }> = {
  A: { municipality: MUNICIPALITY.M1, region: "PIRKANMAA", staffCount: 10 },
  B: { municipality: MUNICIPALITY.M1, region: "PIRKANMAA", staffCount: null },
  C: { municipality: MUNICIPALITY.M2, region: "PIRKANMAA", staffCount: 4 },
  D: { municipality: MUNICIPALITY.M3, region: "KESKI_SUOMI", staffCount: 5 },
};
const library = {} as Record<Letter, { id: string; slug: string }>;
const people = {} as Record<Role, Actor>;
let staff: Record<"a1" | "a2" | "a3" | "b1" | "c1" | "d1", Actor>;
const created = { menu: "", kits: [] as string[], networks: [] as string[], round: "" };
let baseline: Report;
let baselinePirkanmaa: Report;

const PERIOD = "from=2088-01-01&to=2088-12-31";
const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let offeringId = "";
async function createSession(host: Letter | null, startsAt: string, status: "SCHEDULED" | "CANCELLED" = "SCHEDULED") {
  const starts = at(startsAt);
  const session = await db.trainingSession.create({
    data: {
      offeringId,
      startsAt: starts,
      endsAt: new Date(starts.getTime() + 2 * 3600_000),
      capacity: 20,
      hostLibraryId: host ? library[host].id : null,
      status,
    },
    select: { id: true },
  });
  return session.id;
}

async function enrol(user: Actor, sessionId: string, status: EnrolmentStatus) {
  await db.enrolment.create({
    data: {
      sessionId,
      userId: user.id,
      status,
      waitlistPosition: status === "WAITLISTED" ? 1 : null,
      cancelledAt: status === "CANCELLED" ? new Date() : null,
    },
  });
}

async function loan(letter: Letter, start: string, status: string) {
  const kit = await db.kit.create({ data: { slug: `kattavuus-kit-${uniq()}`, name: "Kattavuusboksi" } });
  created.kits.push(kit.id);
  await db.kitReservation.create({
    data: {
      kitId: kit.id,
      libraryId: library[letter].id,
      startDate: day(start),
      endDate: new Date(day(start).getTime() + 7 * 86_400_000),
      status: status as "SENT",
    },
  });
}

const call = async (query: string, actor?: Actor) =>
  callJson<Report & { error?: { fields?: Record<string, string> } }>(
    GET(
      apiRequest("GET", `/api/reports/coverage${query ? `?${query}` : ""}`, {
        cookie: actor ? await sessionCookie(db, actor.id) : undefined,
      }),
      {},
    ),
  );

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  for (const role of ["STAFF", "STEERING", "COORDINATOR", "ADMIN"] as Role[]) {
    people[role] = (await createUsers(db, 1, { roles: [role], prefix: `kattavuus-${role.toLowerCase()}-${key}` }))[0]!;
  }
  baseline = await getCoverage(people.COORDINATOR, { from: "2088-01-01", to: "2088-12-31" });
  baselinePirkanmaa = await getCoverage(people.COORDINATOR, {
    from: "2088-01-01",
    to: "2088-12-31",
    region: "PIRKANMAA",
  });

  for (const [letter, where] of Object.entries(LIBRARIES) as [Letter, (typeof LIBRARIES)[Letter]][]) {
    library[letter] = await db.library.create({
      data: {
        slug: `kattavuus-${letter.toLowerCase()}-${key}`,
        name: `Kattavuuskirjasto ${letter} ${key}`,
        municipality: where.municipality,
        region: where.region,
        consortium: where.region === "PIRKANMAA" ? "PIKI" : "KESKI",
        staffCount: where.staffCount,
      },
      select: { id: true, slug: true },
    });
  }
  people.SUPERVISOR = (
    await createUsers(db, 1, { roles: ["SUPERVISOR"], librarySlug: library.A.slug, prefix: `kattavuus-sup-${key}` })
  )[0]!;
  const [a1, a2, a3] = (await createUsers(db, 3, { librarySlug: library.A.slug, prefix: `kattavuus-a-${key}` })) as [
    Actor,
    Actor,
    Actor,
  ];
  const [b1] = (await createUsers(db, 1, { librarySlug: library.B.slug, prefix: `kattavuus-b-${key}` })) as [Actor];
  const [c1] = (await createUsers(db, 1, { librarySlug: library.C.slug, prefix: `kattavuus-c-${key}` })) as [Actor];
  const [d1] = (await createUsers(db, 1, { librarySlug: library.D.slug, prefix: `kattavuus-d-${key}` })) as [Actor];
  staff = { a1, a2, a3, b1, c1, d1 };

  const menu = await db.trainingMenu.create({
    data: {
      slug: `kattavuus-${key}`,
      title: `Kattavuustarjotin ${key}`,
      periodStart: day("2086-01-01"),
      periodEnd: day("2089-12-31"),
      status: "PUBLISHED",
    },
  });
  created.menu = menu.id;
  const workshop = await db.offering.create({
    data: { menuId: menu.id, slug: `kattavuus-ws-${key}`, kind: "WORKSHOP", title: "Kattavuustyöpaja" },
  });
  offeringId = workshop.id;
  const programme = (p: string) =>
    db.offering.create({
      data: { menuId: menu.id, slug: `kattavuus-${p}-${key}`, kind: "PROGRAMME", title: `Aspa ${p}` },
      select: { id: true },
    });
  const p1 = await programme("p1");
  const p2 = await programme("p2");

  // Sessions (Helsinki is UTC+2 in winter, UTC+3 in summer).
  const s1 = await createSession("A", "2087-12-31T22:30:00Z"); // 1.1.2088 00.30 Helsinki: in
  const s2 = await createSession("A", "2088-12-31T21:30:00Z"); // 31.12.2088 23.30: in
  const s3 = await createSession("A", "2088-12-31T22:10:00Z"); // 1.1.2089 00.10: out
  const s4 = await createSession("B", "2088-06-10T07:00:00Z", "CANCELLED");
  const s5 = await createSession("B", "2088-03-15T08:00:00Z");
  const s6 = await createSession("C", "2087-06-15T07:00:00Z"); // previous period
  const s7 = await createSession(null, "2088-05-05T07:00:00Z"); // a webinar hosted by nobody
  await createSession("D", "2087-03-01T08:00:00Z"); // previous period

  await enrol(a1, s1, "ATTENDED");
  await enrol(a1, s2, "CONFIRMED");
  await enrol(a1, s7, "ATTENDED");
  await enrol(a2, s1, "CANCELLED");
  await enrol(a2, s7, "WAITLISTED");
  await enrol(a2, s5, "NO_SHOW");
  await enrol(a3, s3, "CONFIRMED"); // the next year
  await enrol(a1, s3, "CONFIRMED"); // a1 again the next year: once over both years
  await enrol(a3, s4, "CONFIRMED"); // a cancelled session
  await enrol(b1, s1, "CONFIRMED");
  await enrol(b1, s5, "ATTENDED");
  await enrol(c1, s6, "ATTENDED");
  await enrol(d1, s7, "CONFIRMED");

  const participation = (offering: string, user: Actor, status: "ACTIVE" | "LEFT" | "COMPLETED", done?: string) =>
    db.programmeParticipation.create({
      data: { offeringId: offering, userId: user.id, status, completedAt: done ? at(done) : null },
    });
  await participation(p1.id, a1, "COMPLETED", "2088-02-01T10:00:00Z");
  await participation(p1.id, a2, "COMPLETED", "2087-12-31T22:30:00Z"); // 1.1.2088 Helsinki: in
  await participation(p1.id, a3, "ACTIVE");
  await participation(p1.id, b1, "COMPLETED", "2088-12-31T22:10:00Z"); // 1.1.2089 Helsinki: out
  await participation(p1.id, c1, "COMPLETED", "2087-05-01T10:00:00Z"); // previous period
  await participation(p2.id, d1, "LEFT");

  await loan("A", "2088-03-01", "SENT");
  await loan("A", "2087-12-20", "RETURNED"); // previous period
  await loan("A", "2088-04-01", "REQUESTED");
  await loan("A", "2088-05-01", "CANCELLED");
  await loan("B", "2088-11-20", "PASSED_ON");
  await loan("B", "2089-01-01", "RECEIVED"); // after the period
  await loan("D", "2088-07-01", "RETURNED");

  const [n1, n2] = await Promise.all(
    ["n1", "n2"].map((n) =>
      db.network.create({ data: { slug: `kattavuus-${n}-${key}`, name: `Verkosto ${n} ${key}` } }),
    ),
  );
  created.networks = [n1!.id, n2!.id];
  await db.networkMembership.createMany({
    data: [
      { networkId: n1!.id, userId: a1.id, status: "ACTIVE" },
      { networkId: n2!.id, userId: a1.id, status: "ACTIVE" }, // the same person twice
      { networkId: n1!.id, userId: a2.id, status: "PENDING" },
      { networkId: n1!.id, userId: a3.id, status: "LEFT" },
      { networkId: n1!.id, userId: b1.id, status: "ACTIVE" },
      { networkId: n2!.id, userId: c1.id, status: "ACTIVE" },
    ],
  });

  const round = await db.exchangeRound.create({
    data: {
      year: 2088,
      title: `Kattavuuskierros ${key}`,
      status: "OPEN",
      offerOpensAt: day("2087-01-01"),
      offerClosesAt: day("2087-01-31"),
      applicationOpensAt: day("2087-02-01"),
      applicationClosesAt: day("2087-02-28"),
      visitStartsOn: day("2087-03-01"),
      visitEndsOn: day("2089-05-31"),
    },
  });
  created.round = round.id;
  const offer = async (host: Letter) =>
    (
      await db.exchangeOffer.create({
        data: {
          roundId: round.id,
          hostLibraryId: library[host].id,
          title: `Kattavuusvarjostus ${host}`,
          startDate: day("2087-03-01"),
          endDate: day("2089-05-31"),
          places: 5,
        },
      })
    ).id;
  const offerA = await offer("A");
  const offerD = await offer("D");
  const apply = (offerId: string, user: Actor, status: string, visit: string | null) =>
    db.exchangeApplication.create({
      data: {
        offerId,
        applicantId: user.id,
        fromLibraryId: user.libraryId,
        status: status as "ACCEPTED",
        visitDate: visit ? day(visit) : null,
      },
    });
  await apply(offerA, d1, "ACCEPTED", "2088-04-10");
  await apply(offerA, b1, "COMPLETED", "2088-09-01");
  await apply(offerA, c1, "DECLINED", null);
  await apply(offerD, a1, "COMPLETED", "2087-10-01"); // previous period
  await apply(offerD, a2, "ACCEPTED", "2089-01-01"); // after the period
  await apply(offerD, a3, "WITHDRAWN", null);

  const order = (letter: Letter, status: string, createdAt: string) =>
    db.workshopOrder.create({
      data: { offeringId, libraryId: library[letter].id, status: status as "REQUESTED", createdAt: at(createdAt) },
    });
  await order("A", "REQUESTED", "2088-01-15T10:00:00Z");
  await order("A", "DECLINED", "2088-02-01T10:00:00Z");
  await order("B", "SCHEDULED", "2087-12-31T22:30:00Z"); // 1.1.2088 Helsinki: in
  await order("C", "ACCEPTED", "2086-05-01T10:00:00Z"); // before both periods
  await order("D", "ACCEPTED", "2088-12-31T22:10:00Z"); // 1.1.2089 Helsinki: out
});

afterAll(async () => {
  await db.exchangeRound.deleteMany({ where: { id: created.round } });
  await db.network.deleteMany({ where: { id: { in: created.networks } } });
  await db.kit.deleteMany({ where: { id: { in: created.kits } } });
  await db.trainingMenu.deleteMany({ where: { id: created.menu } });
  await removeCreated(db);
  await db.library.deleteMany({ where: { id: { in: Object.values(library).map((l) => l.id) } } });
  await db.$disconnect();
});

// Counted by hand from the rows above.
const ROWS = {
  A: {
    eventsHeld: 2, // s1, s2 (s3 is 2089 in Helsinki)
    participants: 3, // a1 × 3 (a2 cancelled, waitlisted, no-show; a3 next year and a cancelled session)
    sessionsAttended: 3, // s1, s2, s7
    uniqueStaff: 1, // a1
    staffShare: 0.1,
    programmeCompletions: 2, // a1, a2 (at 00.30 on 1.1.2088 Helsinki)
    kitLoans: 1,
    networkMembers: 1, // a1 in two networks
    exchangeHosted: 2, // d1, b1
    exchangeVisited: 0, // a1's visit was in 2087, a2's is in 2089
    workshopOrders: 1,
    lastContactAt: "2088-12-31",
    noContact12m: false,
  },
  B: {
    eventsHeld: 1, // s5 (s4 cancelled)
    participants: 2, // b1: s1, s5
    sessionsAttended: 2,
    uniqueStaff: 1,
    staffShare: null, // staff count not known
    programmeCompletions: 0, // b1 completed on 1.1.2089 Helsinki
    kitLoans: 1,
    networkMembers: 1,
    exchangeHosted: 0,
    exchangeVisited: 1,
    workshopOrders: 1, // on 1.1.2088 Helsinki
    lastContactAt: "2088-11-20", // the kit loan (the one starting 1.1.2089 is after the period)
    noContact12m: false,
  },
  C: {
    eventsHeld: 0,
    participants: 0,
    sessionsAttended: 0,
    uniqueStaff: 0,
    staffShare: 0,
    programmeCompletions: 0,
    kitLoans: 0,
    networkMembers: 1,
    exchangeHosted: 0,
    exchangeVisited: 0,
    workshopOrders: 0,
    lastContactAt: "2087-06-15", // s6, hosted and attended
    noContact12m: true,
  },
  D: {
    eventsHeld: 0,
    participants: 1, // d1 on s7
    sessionsAttended: 1,
    uniqueStaff: 1,
    staffShare: 0.2,
    programmeCompletions: 0,
    kitLoans: 1,
    networkMembers: 0,
    exchangeHosted: 0,
    exchangeVisited: 1,
    workshopOrders: 0, // the 1.1.2089 one is out
    lastContactAt: "2088-07-01",
    noContact12m: false,
  },
};

/** The period-bound totals of both regions: this file's rows only (no other data is in 2088). */
const TOTALS_2088 = {
  eventsHeld: 3,
  participants: 6,
  sessionsAttended: 4, // s1 (a1 and b1), s2, s5, s7 (a1 and d1)
  uniqueStaff: 3,
  programmeCompletions: 2,
  kitLoans: 3,
  exchangeHosted: 2,
  exchangeVisited: 2,
  workshopOrders: 2,
  librariesReached: 3,
  municipalitiesReached: 2,
};
/** The previous period (2087-01-01 – 2087-12-31). */
const PREVIOUS_TOTALS = {
  eventsHeld: 2, // s6 (C), the D session
  participants: 1, // c1
  sessionsAttended: 1,
  uniqueStaff: 1,
  programmeCompletions: 1, // c1
  kitLoans: 1, // A's of 20.12.2087
  exchangeHosted: 1, // D hosted a1
  exchangeVisited: 1,
  workshopOrders: 0,
  librariesReached: 3, // A (kit, visit), C, D
  municipalitiesReached: 3,
};

const mine = (report: Report) =>
  Object.fromEntries(
    report.libraries
      .filter((row) => Object.values(library).some((l) => l.id === row.libraryId))
      .map((row) => [(Object.keys(library) as Letter[]).find((k) => library[k].id === row.libraryId)!, row]),
  );

describe("the figures", () => {
  it("per library: every metric, Helsinki day boundaries, statuses and distinct people", async () => {
    const report = await getCoverage(people.COORDINATOR, { from: "2088-01-01", to: "2088-12-31" });
    expect(report.period).toEqual({ from: "2088-01-01", to: "2088-12-31" });
    expect(report.previousPeriod).toEqual({ from: "2087-01-01", to: "2087-12-31" });
    expect(report.noContactBefore).toBe("2087-12-31");
    const rows = mine(report);
    for (const letter of Object.keys(ROWS) as Letter[]) {
      expect(rows[letter], letter).toMatchObject({
        ...ROWS[letter],
        municipality: LIBRARIES[letter].municipality,
        region: LIBRARIES[letter].region,
        staffCount: LIBRARIES[letter].staffCount,
      });
    }
  });

  it("per municipality: sums, with sessions and people distinct across its libraries", async () => {
    const report = await getCoverage(people.COORDINATOR, { from: "2088-01-01", to: "2088-12-31" });
    const byName = (name: string) => report.municipalities.find((m) => m.municipality === name);
    expect(byName(MUNICIPALITY.M1)).toEqual({
      municipality: MUNICIPALITY.M1,
      region: "PIRKANMAA",
      libraries: 2,
      staffCount: null, // B's is not known
      eventsHeld: 3,
      participants: 5,
      sessionsAttended: 4, // s1 shared by a1 and b1
      uniqueStaff: 2,
      staffShare: null,
      programmeCompletions: 2,
      kitLoans: 2,
      networkMembers: 2,
      exchangeHosted: 2,
      exchangeVisited: 1,
      workshopOrders: 2,
      librariesReached: 2,
      librariesWithoutContact: 0,
      lastContactAt: "2088-12-31",
    });
    expect(byName(MUNICIPALITY.M2)).toMatchObject({
      libraries: 1,
      staffCount: 4,
      staffShare: 0,
      librariesReached: 0,
      librariesWithoutContact: 1,
      lastContactAt: "2087-06-15",
    });
    expect(byName(MUNICIPALITY.M3)).toMatchObject({
      libraries: 1,
      staffCount: 5,
      staffShare: 0.2,
      librariesReached: 1,
    });
  });

  it("totals and the previous period's; figures not bound to the period against the snapshot before", async () => {
    const report = await getCoverage(people.COORDINATOR, { from: "2088-01-01", to: "2088-12-31" });
    expect(report.totals).toMatchObject(TOTALS_2088);
    expect(report.previousTotals).toMatchObject(PREVIOUS_TOTALS);
    expect(report.totals).toMatchObject({
      libraries: baseline.totals!.libraries + 4,
      municipalities: baseline.totals!.municipalities + 3,
      networkMembers: baseline.totals!.networkMembers + 3, // a1, b1, c1
      librariesWithoutContact: baseline.totals!.librariesWithoutContact + 1, // C
    });
    expect(report.previousTotals!.networkMembers).toBe(report.totals!.networkMembers);
    // The comparison period's statement answers its total row alone, the same figures.
    const rows = await db.$queryRaw<{ level: string; participants: number }[]>(
      coverageStatement(
        { from: "2087-01-01", to: "2087-12-31" },
        { region: null, municipalityOf: null },
        { totalsOnly: true },
      ),
    );
    expect(rows.map((row) => [row.level, row.participants])).toEqual([["total", PREVIOUS_TOTALS.participants]]);
  });

  it("a period over two years: a person taking part in both counts once", async () => {
    const both = mine(await getCoverage(people.COORDINATOR, { from: "2088-01-01", to: "2089-12-31" }));
    const next = mine(await getCoverage(people.COORDINATOR, { from: "2089-01-01", to: "2089-12-31" }));
    expect(ROWS.A.uniqueStaff).toBe(1); // a1 in 2088
    expect(next.A).toMatchObject({ participants: 2, uniqueStaff: 2 }); // a1 and a3 on s3
    expect(both.A).toMatchObject({ participants: ROWS.A.participants + 2, uniqueStaff: 2 });
  });

  it("the trend line: five whole years, the period's year and the year before as the totals count them", async () => {
    const report = await getCoverage(people.COORDINATOR, { from: "2088-01-01", to: "2088-12-31" });
    expect(report.years.map((y) => y.year)).toEqual([2084, 2085, 2086, 2087, 2088]);
    const figures = (totals: typeof report.totals) => ({
      eventsHeld: totals!.eventsHeld,
      participants: totals!.participants,
      uniqueStaff: totals!.uniqueStaff,
      programmeCompletions: totals!.programmeCompletions,
      kitLoans: totals!.kitLoans,
      librariesReached: totals!.librariesReached,
    });
    expect(report.years[4]).toEqual({ year: 2088, ...figures(report.totals) });
    expect(report.years[3]).toEqual({ year: 2087, ...figures(report.previousTotals) });
    // 2086: only C's workshop order; 2084 and 2085: nothing.
    expect(report.years[2]).toEqual({
      year: 2086,
      eventsHeld: 0,
      participants: 0,
      uniqueStaff: 0,
      programmeCompletions: 0,
      kitLoans: 0,
      librariesReached: 1,
    });
    expect(report.years[0]).toMatchObject({ eventsHeld: 0, participants: 0, librariesReached: 0 });
    // A supervisor outside the steering group: their own library's years.
    const own = await getCoverage(people.SUPERVISOR, { from: "2088-01-01", to: "2088-12-31" });
    expect(own.years[4]).toMatchObject({
      year: 2088,
      participants: ROWS.A.participants,
      eventsHeld: ROWS.A.eventsHeld,
    });
  });

  it("one region: the other region's library and what it alone did are left out", async () => {
    const report = await getCoverage(people.ADMIN, { from: "2088-01-01", to: "2088-12-31", region: "PIRKANMAA" });
    expect(Object.keys(mine(report)).sort()).toEqual(["A", "B", "C"]);
    expect(report.region).toBe("PIRKANMAA");
    expect(report.municipalities.every((m) => m.region === "PIRKANMAA")).toBe(true);
    expect(report.totals).toMatchObject({
      eventsHeld: 3,
      participants: 5,
      sessionsAttended: 4,
      uniqueStaff: 2,
      programmeCompletions: 2,
      kitLoans: 2,
      exchangeHosted: 2, // D's visit to A counts for the host
      exchangeVisited: 1,
      workshopOrders: 2,
      librariesReached: 2,
      municipalitiesReached: 1,
      libraries: baselinePirkanmaa.totals!.libraries + 3,
    });
  });
});

describe("the API", () => {
  it("coordinators and admins: every library, the totals, no caching", async () => {
    for (const role of ["COORDINATOR", "ADMIN"] as Role[]) {
      const res = await GET(
        apiRequest("GET", `/api/reports/coverage?${PERIOD}`, { cookie: await sessionCookie(db, people[role].id) }),
        {},
      );
      expect(res.status, role).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      const body = (await res.json()) as Report;
      expect(Object.keys(mine(body)).sort()).toEqual(["A", "B", "C", "D"]);
      expect(mine(body).A).toMatchObject(ROWS.A);
      expect(body.totals).toMatchObject(TOTALS_2088);
      expect(body.previousTotals).toMatchObject(PREVIOUS_TOTALS);
    }
  });

  it("a supervisor: their own library's row and its municipality's, no totals", async () => {
    const { status, body } = await call(PERIOD, people.SUPERVISOR);
    expect(status).toBe(200);
    expect(body.libraries.map((l) => l.libraryId)).toEqual([library.A.id]);
    expect(body.libraries[0]).toMatchObject(ROWS.A);
    expect(body.municipalities.map((m) => m.municipality)).toEqual([MUNICIPALITY.M1]);
    expect(body.municipalities[0]).toMatchObject({ libraries: 2, participants: 5, sessionsAttended: 4 });
    expect(body.totals).toBeNull();
    expect(body.previousTotals).toBeNull();
  });

  it("the steering group: the totals only", async () => {
    const { status, body } = await call(PERIOD, people.STEERING);
    expect(status).toBe(200);
    expect(body.libraries).toEqual([]);
    expect(body.municipalities).toEqual([]);
    expect(body.totals).toMatchObject(TOTALS_2088);
    expect(body.previousTotals).toMatchObject(PREVIOUS_TOTALS);
  });

  it("staff 403, signed out 401", async () => {
    expect((await call(PERIOD, people.STAFF)).status).toBe(403);
    expect((await call(PERIOD, staff.a1)).status).toBe(403);
    expect((await call(PERIOD)).status).toBe(401);
  });

  it("default period: this Helsinki year to date", async () => {
    const { status, body } = await call("", people.COORDINATOR);
    expect(status).toBe(200);
    expect(body.period.from).toMatch(/^\d{4}-01-01$/);
    expect(body.period.to.slice(0, 4)).toBe(body.period.from.slice(0, 4));
  });

  it("bad input: 422 with the field", async () => {
    const cases: [string, string][] = [
      ["from=2088-12-31&to=2088-01-01", "to"],
      ["from=2088-02-30&to=2088-12-31", "from"],
      ["from=1.1.2088", "from"],
      ["to=tomorrow", "to"],
      ["region=LAPPI", "region"],
      ["region=PIRKANMAA&region=KESKI_SUOMI", "region"],
      ["from=2999-01-01", "from"], // after today, the default end
    ];
    for (const [query, field] of cases) {
      const { status, body } = await call(query, people.COORDINATOR);
      expect(status, query).toBe(422);
      expect(Object.keys(body.error!.fields!), query).toEqual([field]);
    }
  });
});

describe("the XLSX export", () => {
  const download = async (query: string, actor?: Actor) =>
    XLSX(
      apiRequest("GET", `/api/exports/coverage/figures.xlsx?${query}`, {
        cookie: actor ? await sessionCookie(db, actor.id) : undefined,
      }),
      {},
    );
  const open = async (res: Response) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    return book;
  };
  const rowsOf = (sheet: ExcelJS.Worksheet) =>
    sheet
      .getSheetValues()
      .slice(2)
      .map((row) => (row as ExcelJS.CellValue[]).slice(1));

  it("one sheet per table, its figures the API's", async () => {
    const { body } = await call(PERIOD, people.COORDINATOR);
    const res = await download(PERIOD, people.COORDINATOR);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(res.headers.get("content-disposition")).toContain("kattavuus-2088-01-01-2088-12-31.xlsx");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const book = await open(res);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Yhteenveto", "Kunnittain", "Kirjastoittain", "Vuosittain"]);

    const summary = rowsOf(book.getWorksheet("Yhteenveto")!);
    const byFigure = new Map(summary.map((row) => [row[0], row.slice(1)]));
    expect(byFigure.get("Osallistujat")).toEqual([body.totals!.participants, body.previousTotals!.participants]);
    expect(byFigure.get("Järjestetyt tapahtumat")).toEqual([body.totals!.eventsHeld, body.previousTotals!.eventsHeld]);
    expect(byFigure.get("Tavoitetut kunnat")).toEqual([
      body.totals!.municipalitiesReached,
      body.previousTotals!.municipalitiesReached,
    ]);

    const libraries = rowsOf(book.getWorksheet("Kirjastoittain")!);
    expect(libraries).toHaveLength(body.libraries.length);
    for (const row of body.libraries) {
      const line = libraries.find((cells) => cells[0] === row.name)!;
      // name, municipality, region, staff, then the metrics in order (the share as a percentage).
      expect(line.slice(4, 8)).toEqual([row.eventsHeld, row.participants, row.sessionsAttended, row.uniqueStaff]);
      expect(line[8] ?? null).toBe(row.staffShare === null ? null : Math.round(row.staffShare * 1000) / 10);
      expect(line.slice(9, 15)).toEqual([
        row.programmeCompletions,
        row.kitLoans,
        row.networkMembers,
        row.exchangeHosted,
        row.exchangeVisited,
        row.workshopOrders,
      ]);
      expect(line[16]).toBe(row.noContact12m ? "Ei yhteyttä 12 kuukauteen" : "Yhteys 12 kuukauden sisällä");
    }
    const municipalities = rowsOf(book.getWorksheet("Kunnittain")!);
    expect(municipalities.map((cells) => cells[0])).toEqual(body.municipalities.map((m) => m.municipality));
    const years = rowsOf(book.getWorksheet("Vuosittain")!);
    expect(years.map((cells) => cells.slice(0, 3))).toEqual(
      body.years.map((y) => [y.year, y.eventsHeld, y.participants]),
    );
  });

  it("as far as the caller sees: a supervisor their own library, the steering group the totals; others refused", async () => {
    const own = await open(await download(PERIOD, people.SUPERVISOR));
    expect(own.worksheets.map((w) => w.name)).toEqual(["Kunnittain", "Kirjastoittain", "Vuosittain"]);
    expect(rowsOf(own.getWorksheet("Kirjastoittain")!).map((cells) => cells[0])).toEqual([
      `Kattavuuskirjasto A ${key}`,
    ]);
    const steering = await open(await download(PERIOD, people.STEERING));
    expect(steering.worksheets.map((w) => w.name)).toEqual(["Yhteenveto", "Vuosittain"]);
    expect((await download(PERIOD, people.STAFF)).status).toBe(403);
    expect((await download(PERIOD)).status).toBe(401);
    const bad = await download("from=2088-02-30", people.COORDINATOR);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: Record<string, string> } }).error.fields).toHaveProperty("from");
  });
});
