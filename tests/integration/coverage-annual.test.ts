// The network's annual figures (issue 16 items 3 and 5) against real
// PostgreSQL: on a small fixed dataset made here, in 2011 (a year the demo
// data does not touch; the year before, 2010, is the comparison), every
// figure of the summary, the months, the themes and the regions against
// numbers counted by hand; year boundaries in Helsinki time (00.30 on 1
// January is the new year, 00.10 on 1 January the next one, 00.30 on 1 June
// in summer time is June); cancelled, waitlisted and no-show enrolments and
// cancelled sessions left out; a person attending twice counted once as
// unique. Four statements whatever the data. Who may read them through the
// route handlers (signed out 401, staff and a supervisor 403, the steering
// group, coordinators and admins 200); a bad year 422; and the XLSX, opened
// with exceljs, carrying the API's figures. Figures not bound to the year
// (every library and municipality) are compared with a snapshot taken before
// this file's rows.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { helsinkiYear } from "@/lib/dates";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { EnrolmentStatus, Region, Role } from "@/lib/db/enums";
import { createUsers, uniq } from "./enrolment-fixtures";
import { apiRequest, callJson, routeParams } from "./support/api";
import { sessionCookie } from "./support/session-cookie";
import { countStatements, installCountingDb } from "./support/statements";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { GET } = await import("@/app/api/reports/annual/[year]/route");
const { GET: getXlsx } = await import("@/app/api/exports/annual/[year]/figures.xlsx/route");
const { getAnnualFigures } = await import("@/lib/coverage/annual/data");
const { SUMMARY_FIGURES } = await import("@/lib/coverage/annual/table");
type Figures = Awaited<ReturnType<typeof getAnnualFigures>>;
type Summary = Figures["summary"];

let db: Db;
const key = uniq();
const YEAR = 2011;

type Letter = "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I";
const M = (n: number) => `Vuosikunta ${n} ${key}`;
/**
 * What reaches each library in 2011: A hosts and takes part (and more), B
 * hosts, C only hosts (a network event), D only takes part, E only borrows a
 * kit, G only orders, H only hosts a visit, I only visits; F only has what
 * does not count in 2011. E and F share a municipality.
 */
const LIBRARIES: Record<Letter, { municipality: string; region: Region }> = {
  A: { municipality: M(1), region: "PIRKANMAA" },
  B: { municipality: M(1), region: "PIRKANMAA" },
  C: { municipality: M(2), region: "PIRKANMAA" },
  D: { municipality: M(3), region: "KESKI_SUOMI" },
  E: { municipality: M(4), region: "KESKI_SUOMI" },
  F: { municipality: M(4), region: "KESKI_SUOMI" },
  G: { municipality: M(5), region: "PIRKANMAA" },
  H: { municipality: M(6), region: "KESKI_SUOMI" },
  I: { municipality: M(7), region: "PIRKANMAA" },
};
const library = {} as Record<Letter, { id: string; slug: string }>;
const people = {} as Record<Role, Actor>;
let baseline: Figures;

const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HOUR = 3600_000;

async function createSession(
  offeringId: string,
  host: Letter | null,
  startsAt: string,
  hours: number,
  status: "SCHEDULED" | "CANCELLED" = "SCHEDULED",
) {
  const starts = at(startsAt);
  const session = await db.trainingSession.create({
    data: {
      offeringId,
      startsAt: starts,
      endsAt: new Date(starts.getTime() + hours * HOUR),
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
  const kit = await db.kit.create({ data: { slug: `vuosi-kit-${uniq()}`, name: "Vuosiboksi" } });
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

const params = (year: string) => routeParams({ year });
const cookieOf = async (actor?: Actor) => (actor ? await sessionCookie(db, actor.id) : undefined);
const callApi = async (year: string, actor?: Actor) =>
  callJson<Figures & { error?: { code: string; fields?: Record<string, string> } }>(
    GET(apiRequest("GET", `/api/reports/annual/${year}`, { cookie: await cookieOf(actor) }), params(year)),
  );
const callXlsx = async (year: string, actor?: Actor) =>
  getXlsx(
    apiRequest("GET", `/api/exports/annual/${year}/figures.xlsx`, { cookie: await cookieOf(actor) }),
    params(year),
  );

beforeAll(async () => {
  installCountingDb();
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  for (const role of ["STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"] as Role[]) {
    people[role] = (await createUsers(db, 1, { roles: [role], prefix: `vuosi-${role.toLowerCase()}-${key}` }))[0]!;
  }
  baseline = await getAnnualFigures(people.COORDINATOR, YEAR);

  for (const [letter, where] of Object.entries(LIBRARIES) as [Letter, (typeof LIBRARIES)[Letter]][]) {
    library[letter] = await db.library.create({
      data: {
        slug: `vuosi-${letter.toLowerCase()}-${key}`,
        name: `Vuosikirjasto ${letter} ${key}`,
        municipality: where.municipality,
        region: where.region,
        consortium: where.region === "PIRKANMAA" ? "PIKI" : "KESKI",
      },
      select: { id: true, slug: true },
    });
  }
  const user = async (letter: Letter | null, name: string) =>
    (
      await createUsers(db, 1, {
        librarySlug: letter ? library[letter].slug : null,
        prefix: `vuosi-${name}-${key}`,
      })
    )[0]!;
  const a1 = await user("A", "a1");
  const a2 = await user("A", "a2");
  const a3 = await user("A", "a3");
  const b1 = await user("B", "b1");
  const c1 = await user("C", "c1");
  const d1 = await user("D", "d1");
  const f1 = await user("F", "f1");
  const i1 = await user("I", "i1");
  const x1 = await user(null, "x1"); // no library: counted in the summary, in no region

  const [t1, t2] = await Promise.all(
    [1, 2].map((n) =>
      db.theme.create({
        data: { slug: `vuosi-t${n}-${key}`, nameFi: `Vuositeema ${n}`, nameEn: `Year theme ${n}`, sortOrder: 9000 + n },
      }),
    ),
  );
  const [n1, n2] = await Promise.all(
    [1, 2].map((n) => db.network.create({ data: { slug: `vuosi-n${n}-${key}`, name: `Vuosiverkosto ${n} ${key}` } })),
  );
  const menu = await db.trainingMenu.create({
    data: {
      slug: `vuosi-${key}`,
      title: `Vuositarjotin ${key}`,
      periodStart: day("2010-01-01"),
      periodEnd: day("2012-12-31"),
      status: "PUBLISHED",
    },
  });
  const offering = async (slug: string, kind: "WORKSHOP" | "TRAINING_DAY" | "WEBINAR" | "EVENT" | "PROGRAMME") =>
    (
      await db.offering.create({
        data: {
          menuId: menu.id,
          slug: `vuosi-${slug}-${key}`,
          kind,
          title: `Vuosi ${slug}`,
          networkId: kind === "EVENT" ? n1!.id : null,
        },
        select: { id: true },
      })
    ).id;
  const w1 = await offering("w1", "WORKSHOP"); // themes 1 and 2
  const w2 = await offering("w2", "TRAINING_DAY"); // theme 1
  const w3 = await offering("w3", "WEBINAR"); // no theme
  const ev = await offering("ev", "EVENT"); // a network's event, no theme
  const p1 = await offering("p1", "PROGRAMME");
  await db.offeringTheme.createMany({
    data: [
      { offeringId: w1, themeId: t1!.id },
      { offeringId: w1, themeId: t2!.id },
      { offeringId: w2, themeId: t1!.id },
    ],
  });

  // Sessions (Helsinki is UTC+2 in winter, UTC+3 from 27.3. to 30.10.2011).
  const s1 = await createSession(w1, "A", "2010-12-31T22:30:00Z", 2); // 1.1.2011 00.30: in, January
  const s2 = await createSession(w2, "A", "2011-12-31T21:30:00Z", 1.5); // 31.12.2011 23.30: in, December
  const s3 = await createSession(w1, "A", "2011-12-31T22:10:00Z", 2); // 1.1.2012 00.10: out
  const s4 = await createSession(w2, "B", "2011-06-10T07:00:00Z", 2, "CANCELLED");
  const s5 = await createSession(w2, "B", "2011-05-31T21:30:00Z", 3); // 1.6.2011 00.30 summer time: June
  const s6 = await createSession(w3, null, "2011-03-15T08:00:00Z", 0.75); // a webinar hosted by nobody
  const s7 = await createSession(ev, "C", "2011-09-20T12:00:00Z", 2); // the network event
  const s8 = await createSession(w1, "D", "2010-05-05T07:00:00Z", 1); // 2010
  const s9 = await createSession(w3, null, "2010-12-31T21:30:00Z", 1); // 31.12.2010 23.30: 2010

  await enrol(a1, s1, "ATTENDED");
  await enrol(a1, s2, "CONFIRMED");
  await enrol(a1, s6, "ATTENDED");
  await enrol(a2, s1, "CANCELLED");
  await enrol(a2, s6, "WAITLISTED");
  await enrol(a2, s5, "NO_SHOW");
  await enrol(a3, s3, "CONFIRMED"); // 2012
  await enrol(a3, s4, "CONFIRMED"); // a cancelled session
  await enrol(b1, s1, "CONFIRMED");
  await enrol(b1, s5, "ATTENDED");
  await enrol(c1, s8, "ATTENDED"); // 2010
  await enrol(d1, s6, "CONFIRMED");
  await enrol(x1, s7, "ATTENDED");
  await enrol(x1, s6, "ATTENDED");
  await enrol(x1, s9, "CONFIRMED"); // 2010

  const participation = (user: Actor, status: "ACTIVE" | "LEFT" | "COMPLETED", done?: string) =>
    db.programmeParticipation.create({
      data: { offeringId: p1, userId: user.id, status, completedAt: done ? at(done) : null },
    });
  await participation(a1, "COMPLETED", "2011-02-01T10:00:00Z");
  await participation(a2, "COMPLETED", "2010-12-31T22:30:00Z"); // 1.1.2011 Helsinki: in
  await participation(a3, "ACTIVE");
  await participation(b1, "COMPLETED", "2011-12-31T22:10:00Z"); // 1.1.2012 Helsinki: out
  await participation(c1, "COMPLETED", "2010-05-01T10:00:00Z"); // 2010
  await participation(x1, "COMPLETED", "2011-06-01T10:00:00Z"); // without a library: still counted
  await participation(d1, "LEFT");

  await loan("A", "2011-03-01", "SENT");
  await loan("A", "2011-01-01", "PASSED_ON");
  await loan("A", "2012-01-01", "RECEIVED"); // 2012
  await loan("E", "2011-12-31", "RETURNED");
  await loan("F", "2011-05-01", "REQUESTED");
  await loan("F", "2011-06-01", "CANCELLED");
  await loan("F", "2010-12-31", "SENT"); // 2010

  await db.networkMembership.createMany({
    data: [
      { networkId: n1!.id, userId: a1.id, status: "ACTIVE", joinedAt: at("2011-03-01T10:00:00Z") },
      { networkId: n2!.id, userId: a1.id, status: "ACTIVE", joinedAt: at("2011-04-01T10:00:00Z") },
      { networkId: n1!.id, userId: b1.id, status: "LEFT", joinedAt: at("2010-12-31T22:30:00Z") }, // 1.1.2011: in
      { networkId: n1!.id, userId: c1.id, status: "ACTIVE", joinedAt: at("2010-06-01T10:00:00Z") }, // 2010
      { networkId: n1!.id, userId: d1.id, status: "PENDING" },
      { networkId: n2!.id, userId: x1.id, status: "ACTIVE", joinedAt: at("2011-12-31T22:10:00Z") }, // 2012
    ],
  });

  const round = await db.exchangeRound.create({
    data: {
      year: YEAR,
      title: `Vuosikierros ${key}`,
      status: "OPEN",
      offerOpensAt: day("2010-01-01"),
      offerClosesAt: day("2010-01-31"),
      applicationOpensAt: day("2010-02-01"),
      applicationClosesAt: day("2010-02-28"),
      visitStartsOn: day("2010-03-01"),
      visitEndsOn: day("2012-05-31"),
    },
  });
  const offer = await db.exchangeOffer.create({
    data: {
      roundId: round.id,
      hostLibraryId: library.H.id,
      title: `Vuosivarjostus ${key}`,
      startDate: day("2010-03-01"),
      endDate: day("2012-05-31"),
      places: 9,
    },
  });
  const apply = (applicant: Actor, status: string, visit: string | null) =>
    db.exchangeApplication.create({
      data: {
        offerId: offer.id,
        applicantId: applicant.id,
        fromLibraryId: applicant.libraryId,
        status: status as "ACCEPTED",
        visitDate: visit ? day(visit) : null,
      },
    });
  await apply(i1, "ACCEPTED", "2011-04-10");
  await apply(d1, "COMPLETED", "2011-12-31");
  await apply(a2, "COMPLETED", "2010-10-01"); // 2010
  await apply(b1, "ACCEPTED", "2012-01-01"); // 2012
  await apply(f1, "DECLINED", null);

  const order = (letter: Letter, status: string, createdAt: string) =>
    db.workshopOrder.create({
      data: { offeringId: w1, libraryId: library[letter].id, status: status as "REQUESTED", createdAt: at(createdAt) },
    });
  await order("A", "REQUESTED", "2011-02-15T10:00:00Z");
  await order("G", "SCHEDULED", "2010-12-31T22:30:00Z"); // 1.1.2011 Helsinki: in
  await order("F", "DECLINED", "2011-03-01T10:00:00Z");
  await order("B", "ACCEPTED", "2011-12-31T22:10:00Z"); // 1.1.2012 Helsinki: out
  await order("C", "ACCEPTED", "2010-12-31T21:30:00Z"); // 31.12.2010 23.30: 2010
});

afterAll(async () => {
  // The file's database copy is dropped after it (setup-env.ts).
  await db.$disconnect();
});

// Counted by hand from the rows above.
const SUMMARY_2011: Summary = {
  eventsHeld: 5, // s1, s2, s5, s6, s7 (s3 is 2012 in Helsinki, s4 cancelled)
  networkEvents: 1, // s7
  participants: 8, // a1 × 3, b1 × 2, d1, x1 × 2 (a2 cancelled, waitlisted, no-show; a3 2012 and a cancelled session)
  uniquePeople: 4, // a1, b1, d1, x1
  librariesReached: 8, // all but F
  municipalitiesReached: 7, // M4 through E
  trainingHours: 9.3, // 2 + 1.5 + 3 + 0.75 + 2 = 9.25
  participantHours: 12.8, // a1 2 + 1.5 + 0.75, b1 2 + 3, d1 0.75, x1 2 + 0.75 = 12.75
  programmeCompletions: 3, // a1, a2 (00.30 on 1.1.2011), x1
  kitLoans: 3, // A × 2 (one on 1.1.), E on 31.12.
  exchangeVisits: 2, // i1, d1 (31.12.)
  workshopOrders: 2, // A, G (00.30 on 1.1.2011)
  newNetworkMembers: 3, // a1 in two networks, b1 (00.30 on 1.1.2011)
};
const SUMMARY_2010: Summary = {
  eventsHeld: 2, // s8, s9 (23.30 on 31.12.2010)
  networkEvents: 0,
  participants: 2, // c1, x1
  uniquePeople: 2,
  librariesReached: 5, // D (hosted), C (c1, an order), F (kit), A and H (a2's visit)
  municipalitiesReached: 5, // M3, M2, M4, M1, M6
  trainingHours: 2,
  participantHours: 2,
  programmeCompletions: 1, // c1
  kitLoans: 1, // F
  exchangeVisits: 1, // a2
  workshopOrders: 1, // C
  newNetworkMembers: 1, // c1
};
const MONTHS_2011 = [
  { month: "2011-01", events: 1, participants: 2 }, // s1: a1, b1
  { month: "2011-02", events: 0, participants: 0 },
  { month: "2011-03", events: 1, participants: 3 }, // s6: a1, d1, x1
  { month: "2011-04", events: 0, participants: 0 },
  { month: "2011-05", events: 0, participants: 0 }, // s5 is June in Helsinki
  { month: "2011-06", events: 1, participants: 1 }, // s5: b1
  { month: "2011-07", events: 0, participants: 0 },
  { month: "2011-08", events: 0, participants: 0 },
  { month: "2011-09", events: 1, participants: 1 }, // s7: x1
  { month: "2011-10", events: 0, participants: 0 },
  { month: "2011-11", events: 0, participants: 0 },
  { month: "2011-12", events: 1, participants: 1 }, // s2: a1
];
const THEMES_2011 = [
  // Theme 1: w1 (s1) and w2 (s2, s5).
  { slug: `vuosi-t1-${key}`, nameFi: "Vuositeema 1", nameEn: "Year theme 1", events: 3, participants: 4, hours: 6.5 },
  // Theme 2: w1 (s1) only.
  { slug: `vuosi-t2-${key}`, nameFi: "Vuositeema 2", nameEn: "Year theme 2", events: 1, participants: 2, hours: 2 },
  // No theme: s6 and s7; 0.75 + 2 = 2.75.
  { slug: null, nameFi: null, nameEn: null, events: 2, participants: 4, hours: 2.8 },
];

const zeroSummary = Object.fromEntries(SUMMARY_FIGURES.map((k) => [k, 0])) as Summary;
const regionOf = (figures: Figures, region: Region | null) => figures.regions.find((r) => r.region === region)!;

describe("the figures", () => {
  it("the year and the year before were empty before this file's rows (the hand counts are the whole figures)", () => {
    expect(baseline.summary).toEqual(zeroSummary);
    expect(baseline.previous).toEqual(zeroSummary);
  });

  it("the summary: every figure, Helsinki year boundaries, statuses, distinct people; the year before", async () => {
    const figures = await getAnnualFigures(people.COORDINATOR, YEAR);
    expect(figures.year).toBe(YEAR);
    expect(figures.period).toEqual({ from: "2011-01-01", to: "2011-12-31" });
    expect(figures.summary).toEqual(SUMMARY_2011);
    expect(figures.previous).toEqual(SUMMARY_2010);
  });

  it("per month: twelve Helsinki months", async () => {
    const figures = await getAnnualFigures(people.COORDINATOR, YEAR);
    expect(figures.months).toEqual(MONTHS_2011);
  });

  it("per theme: every theme (an offering's two themes both count), the offerings without one last", async () => {
    const figures = await getAnnualFigures(people.COORDINATOR, YEAR);
    const mine = figures.themes.filter((t) => t.slug === null || t.slug.endsWith(key));
    expect(mine).toEqual(THEMES_2011);
    expect(figures.themes.at(-1)!.slug).toBeNull();
    // The demo themes are listed too, with nothing in 2011.
    const others = figures.themes.filter((t) => !mine.includes(t));
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((t) => t.events === 0 && t.participants === 0 && t.hours === 0)).toBe(true);
  });

  it("per region and in total: libraries and municipalities (against the snapshot), reached, participants", async () => {
    const figures = await getAnnualFigures(people.COORDINATOR, YEAR);
    expect(figures.regions.map((r) => r.region)).toEqual(["PIRKANMAA", "KESKI_SUOMI", null]);
    const expected = {
      // A, B, C, G, I in M1, M2, M5, M7: all reached; a1 × 3 and b1 × 2.
      PIRKANMAA: { libraries: 5, municipalities: 4, librariesReached: 5, municipalitiesReached: 4, participants: 5 },
      // D, E, F, H in M3, M4, M6: F not reached; d1.
      KESKI_SUOMI: { libraries: 4, municipalities: 3, librariesReached: 3, municipalitiesReached: 3, participants: 1 },
    };
    for (const region of ["PIRKANMAA", "KESKI_SUOMI"] as const) {
      const before = regionOf(baseline, region);
      expect(regionOf(figures, region), region).toEqual({
        region,
        libraries: before.libraries + expected[region].libraries,
        municipalities: before.municipalities + expected[region].municipalities,
        librariesReached: expected[region].librariesReached,
        municipalitiesReached: expected[region].municipalitiesReached,
        participants: expected[region].participants,
      });
    }
    const total = regionOf(figures, null);
    expect(total).toEqual({
      region: null,
      libraries: regionOf(baseline, null).libraries + 9,
      municipalities: regionOf(baseline, null).municipalities + 7,
      librariesReached: SUMMARY_2011.librariesReached,
      municipalitiesReached: SUMMARY_2011.municipalitiesReached,
      participants: 6, // x1 has no library
    });
  });

  it("four statements, whatever the data", async () => {
    const { statements } = await countStatements(() => getAnnualFigures(people.COORDINATOR, YEAR));
    expect(statements).toHaveLength(4);
  });
});

describe("the API", () => {
  it("coordinators, admins and the steering group: the data function's figures, no caching", async () => {
    const figures = JSON.parse(JSON.stringify(await getAnnualFigures(people.COORDINATOR, YEAR))) as Figures;
    for (const role of ["COORDINATOR", "ADMIN", "STEERING"] as Role[]) {
      const res = await GET(
        apiRequest("GET", `/api/reports/annual/${YEAR}`, { cookie: await cookieOf(people[role]) }),
        params(String(YEAR)),
      );
      expect(res.status, role).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(await res.json()).toEqual(figures);
    }
  });

  it("signed out 401; staff and a supervisor (their library's figures are not regional totals) 403", async () => {
    expect((await callApi(String(YEAR))).status).toBe(401);
    for (const role of ["STAFF", "SUPERVISOR"] as Role[]) {
      const { status, body } = await callApi(String(YEAR), people[role]);
      expect(status, role).toBe(403);
      expect(body.error!.code).toBe("FORBIDDEN");
    }
  });

  it("a bad year: 422 on the field year; next year is still a year", async () => {
    const next = helsinkiYear(new Date()) + 1;
    for (const year of ["1999", String(next + 1), "abcd", "11", "20110", "2011.0", "-2011", " 2011"]) {
      const { status, body } = await callApi(year, people.COORDINATOR);
      expect(status, year).toBe(422);
      expect(Object.keys(body.error!.fields!), year).toEqual(["year"]);
    }
    expect((await callApi(String(next), people.COORDINATOR)).status).toBe(200);
    expect((await callApi("2000", people.COORDINATOR)).status).toBe(200);
  });
});

describe("the XLSX", () => {
  const values = (sheet: ExcelJS.Worksheet) =>
    (sheet.getSheetValues().filter(Boolean) as unknown[][]).map((row) => row.slice(1));

  it("who may download: signed out 401, staff and a supervisor 403, the steering group and coordinators 200; 422", async () => {
    expect((await callXlsx(String(YEAR))).status).toBe(401);
    for (const role of ["STAFF", "SUPERVISOR"] as Role[]) {
      expect((await callXlsx(String(YEAR), people[role])).status, role).toBe(403);
    }
    for (const role of ["STEERING", "COORDINATOR"] as Role[]) {
      expect((await callXlsx(String(YEAR), people[role])).status, role).toBe(200);
    }
    expect((await callXlsx("1999", people.COORDINATOR)).status).toBe(422);
  });

  it("one sheet per table, in Finnish, with the API's figures", async () => {
    const res = await callXlsx(String(YEAR), people.STEERING);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="vuosiluvut-${YEAR}.xlsx"`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Yhteenveto",
      "Kuukausittain",
      "Teemoittain",
      "Alueittain",
    ]);
    const { body: api } = await callApi(String(YEAR), people.STEERING);

    const [summaryHead, ...summary] = values(workbook.worksheets[0]!);
    expect(summaryHead).toEqual(["Luku", "2011", "2010", "Muutos", "Muutos %"]);
    expect(summary.map((row) => row[1])).toEqual(SUMMARY_FIGURES.map((k) => api.summary[k]));
    expect(summary.map((row) => row[2])).toEqual(SUMMARY_FIGURES.map((k) => api.previous[k]));
    expect(summary[0]).toEqual(["Tapahtumat (koulutuskerrat)", 5, 2, 3, 150]);
    expect(summary[SUMMARY_FIGURES.indexOf("trainingHours")]).toEqual(["Koulutustunnit", 9.3, 2, 7.3, 365]);
    // No basis for a percentage: the cell is empty.
    expect(summary[SUMMARY_FIGURES.indexOf("networkEvents")]!.slice(0, 4)).toEqual([
      "Joista verkostojen tapahtumia",
      1,
      0,
      1,
    ]);
    expect(summary[SUMMARY_FIGURES.indexOf("networkEvents")]![4]).toBeUndefined();

    const [monthHead, ...months] = values(workbook.worksheets[1]!);
    expect(monthHead).toEqual(["Kuukausi", "Tapahtumat", "Osallistujat"]);
    expect(months.map((row) => row.slice(1))).toEqual(api.months.map((m) => [m.events, m.participants]));
    expect(months[0]![0]).toBe("tammikuu 2011");

    const [themeHead, ...themes] = values(workbook.worksheets[2]!);
    expect(themeHead).toEqual(["Teema", "Tapahtumat", "Osallistujat", "Koulutustunnit"]);
    expect(themes.map((row) => row.slice(1))).toEqual(api.themes.map((t) => [t.events, t.participants, t.hours]));
    expect(themes.at(-1)).toEqual(["Ei teemaa", 2, 4, 2.8]);

    const [regionHead, ...regions] = values(workbook.worksheets[3]!);
    expect(regionHead).toEqual([
      "Alue",
      "Kirjastot",
      "Tavoitetut kirjastot",
      "Kunnat",
      "Tavoitetut kunnat",
      "Osallistujat",
    ]);
    expect(regions.map((row) => row[0])).toEqual(["Pirkanmaa", "Keski-Suomi", "Yhteensä"]);
    expect(regions.map((row) => row.slice(1))).toEqual(
      api.regions.map((r) => [
        r.libraries,
        r.librariesReached,
        r.municipalities,
        r.municipalitiesReached,
        r.participants,
      ]),
    );
  });
});
