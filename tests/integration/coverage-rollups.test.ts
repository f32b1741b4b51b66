// The coverage rollups (migration 1734010000000_coverage_rollups) against real
// PostgreSQL. Statement triggers keep four summary tables: "CoverageDay",
// "CoverageMonth", "CoverageLibraryYear" and "CoverageAttendee". The report
// reads them instead of the enrolments, so a trigger that misses a case gives
// wrong figures and no error. Here each kind of change the triggers handle is
// made with real writes. After each one the four tables must equal what
// coverage_rebuild() computes from scratch; the comparison runs in a
// transaction that is rolled back. Spot checks of this file's own rows make
// sure the tables are not equal only because they are empty. Also: a bulk load
// with the triggers off, then a rebuild; and two writers of the same day or
// month at once, which the advisory locks must serialize. And an enrolment
// racing a session, a person or a library moved: coverage_writers_lock must
// make the later of the two count the other's write. The rows are this file's
// own, in 2091 and 2092, which no other data uses.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { EnrolmentStatus, Region } from "@/lib/db/enums";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";

const HOUR = 3600_000;
const key = uniq();
type Letter = "A" | "B" | "C" | "D" | "E" | "F";
const MUNICIPALITY = {
  M1: `Koontikunta ${key}`,
  M2: `Beekoonti ${key}`,
  M3: `Ceekoonti ${key}`,
  M4: `Lähtökunta ${key}`,
  M5: `Siirtokunta ${key}`,
};
/**
 * A and B share a municipality, C is another one of the same region, D and E
 * are in the other region. F, alone in M4, moves to M5 in a race.
 */
const LIBRARIES: Record<Letter, { municipality: string; region: Region }> = {
  A: { municipality: MUNICIPALITY.M1, region: "PIRKANMAA" },
  B: { municipality: MUNICIPALITY.M1, region: "PIRKANMAA" },
  C: { municipality: MUNICIPALITY.M2, region: "PIRKANMAA" },
  D: { municipality: MUNICIPALITY.M3, region: "KESKI_SUOMI" },
  E: { municipality: MUNICIPALITY.M3, region: "KESKI_SUOMI" },
  F: { municipality: MUNICIPALITY.M4, region: "PIRKANMAA" },
};
const library = {} as Record<Letter, { id: string; slug: string }>;
const municipalityKey = (region: Region, municipality: string) => `${region}/${municipality}`;

let db: Db;
/** Compares and reads the rollups. */
let check: pg.Client;
/** Writes with the triggers switched off. */
let bulk: pg.Client;
/** The two concurrent writers. */
let writers: [pg.Client, pg.Client];
let menuId = "";
let offeringId = "";

async function connect() {
  // UTC, as the app's pool (lib/db/client.ts).
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, options: "-c TimeZone=UTC" });
  await client.connect();
  return client;
}

async function person(letter: Letter): Promise<Actor> {
  const [user] = await createUsers(db, 1, { librarySlug: library[letter].slug, prefix: `koonti-${uniq()}` });
  return user!;
}

async function createSession(startsAt: string): Promise<string> {
  const starts = new Date(startsAt);
  const session = await db.trainingSession.create({
    data: { offeringId, startsAt: starts, endsAt: new Date(starts.getTime() + 2 * HOUR), capacity: 20 },
    select: { id: true },
  });
  return session.id;
}

async function moveSession(sessionId: string, startsAt: string) {
  const starts = new Date(startsAt);
  await db.trainingSession.update({
    where: { id: sessionId },
    data: { startsAt: starts, endsAt: new Date(starts.getTime() + 2 * HOUR) },
  });
}

const statusFields = (status: EnrolmentStatus) => ({
  status,
  waitlistPosition: status === "WAITLISTED" ? 1 : null,
  cancelledAt: status === "CANCELLED" ? new Date() : null,
});

async function enrol(user: Actor, sessionId: string, status: EnrolmentStatus = "CONFIRMED"): Promise<string> {
  const enrolment = await db.enrolment.create({
    data: { sessionId, userId: user.id, ...statusFields(status) },
    select: { id: true },
  });
  return enrolment.id;
}

async function setStatus(enrolmentId: string, status: EnrolmentStatus) {
  await db.enrolment.update({ where: { id: enrolmentId }, data: statusFields(status) });
}

// The rollups' rows, read on the checking connection. Dates as text: node-pg
// would turn a date into a local midnight.

async function dayRow(level: 0 | 1 | 2 | 3, rowKey: string, day: string) {
  const { rows } = await check.query<{ participants: number; sessions: number }>(
    `SELECT "participants", "sessions" FROM "CoverageDay" WHERE "level" = $1 AND "key" = $2 AND "day" = $3::date`,
    [level, rowKey, day],
  );
  return rows[0] ?? null;
}

/** All the day's rows, at every level (the days here are this file's only). */
async function rowsOfDay(day: string) {
  const { rows } = await check.query<{ n: number }>(`SELECT count(*)::int AS "n" FROM "CoverageDay" WHERE "day" = $1`, [
    day,
  ]);
  return rows[0]!.n;
}

async function monthRow(level: 0 | 1 | 2 | 3, rowKey: string, month: string) {
  const { rows } = await check.query<{ participants: number; sessions: number; lastDay: string }>(
    `SELECT "participants", "sessions", "lastDay"::text AS "lastDay"
       FROM "CoverageMonth" WHERE "level" = $1 AND "key" = $2 AND "month" = $3::date`,
    [level, rowKey, month],
  );
  return rows[0] ?? null;
}

async function libraryYear(libraryId: string, year: number) {
  const { rows } = await check.query<{ people: number }>(
    `SELECT "people" FROM "CoverageLibraryYear" WHERE "libraryId" = $1 AND "year" = $2`,
    [libraryId, year],
  );
  return rows[0]?.people ?? 0;
}

async function attendee(userId: string) {
  const { rows } = await check.query<{ libraryId: string; days: string }>(
    // A row per year: the person's days of every year as one multirange.
    `SELECT (array_agg("libraryId"))[1] AS "libraryId", range_agg("days")::text AS "days"
       FROM "CoverageAttendee" WHERE "userId" = $1 HAVING count(*) > 0`,
    [userId],
  );
  return rows[0] ?? null;
}

/** Each rollup table's columns as compared; the multirange as text. */
const TABLES = {
  CoverageDay: `"level", "key", "day", "participants", "sessions"`,
  CoverageMonth: `"level", "key", "month", "participants", "sessions", "lastDay"`,
  CoverageLibraryYear: `"year", "libraryId", "people"`,
  CoverageAttendee: `"year", "userId", "libraryId", "days"::text AS "days"`,
} as const;
type Table = keyof typeof TABLES;

/**
 * The rollups against coverage_rebuild(), in one transaction rolled back: the
 * tables that differ, and a description of each difference.
 */
async function rollupDifferences(): Promise<{ tables: Table[]; details: string[] }> {
  const tables: Table[] = [];
  const details: string[] = [];
  await check.query("BEGIN");
  try {
    for (const table of Object.keys(TABLES)) {
      await check.query(`CREATE TEMP TABLE "kept_${table}" ON COMMIT DROP AS SELECT * FROM "${table}"`);
    }
    await check.query("SELECT coverage_rebuild()");
    for (const [table, columns] of Object.entries(TABLES) as [Table, string][]) {
      const kept = `SELECT ${columns} FROM "kept_${table}"`;
      const rebuilt = `SELECT ${columns} FROM "${table}"`;
      const { rows } = await check.query<{ keptOnly: number; rebuiltOnly: number; examples: string | null }>(
        `SELECT (SELECT count(*) FROM (${kept} EXCEPT ${rebuilt}) x)::int AS "keptOnly",
                (SELECT count(*) FROM (${rebuilt} EXCEPT ${kept}) x)::int AS "rebuiltOnly",
                (SELECT string_agg(e, '; ') FROM (
                   (SELECT 'kept ' || to_jsonb(x)::text AS e FROM (${kept} EXCEPT ${rebuilt}) x LIMIT 3)
                   UNION ALL
                   (SELECT 'rebuilt ' || to_jsonb(x)::text FROM (${rebuilt} EXCEPT ${kept}) x LIMIT 3)) y) AS "examples"`,
      );
      const { keptOnly, rebuiltOnly, examples } = rows[0]!;
      if (keptOnly + rebuiltOnly > 0) {
        tables.push(table);
        details.push(
          `${table}: ${keptOnly} row(s) kept but not rebuilt, ${rebuiltOnly} rebuilt but not kept (${examples})`,
        );
      }
    }
  } finally {
    await check.query("ROLLBACK");
  }
  return { tables, details };
}

async function expectRollupsExact(after: string) {
  const { details } = await rollupDifferences();
  expect(details, `after ${after}: the rollups differ from coverage_rebuild()`).toEqual([]);
}

/**
 * What the backend waits on, as "Lock/advisory" (wait_event_type/wait_event),
 * once it waits on a lock; polled for up to 5 s, after which the answer says
 * that it never did and what it last showed.
 */
async function lockWaitOf(pid: number): Promise<string> {
  let seen = "no backend";
  for (let i = 0; i < 100; i++) {
    const { rows } = await check.query<{ type: string | null; event: string | null; state: string | null }>(
      `SELECT "wait_event_type" AS "type", "wait_event" AS "event", "state" FROM pg_stat_activity WHERE "pid" = $1`,
      [pid],
    );
    const row = rows[0];
    if (row?.type === "Lock") return `Lock/${row.event}`;
    if (row) seen = `${row.type ?? "-"}/${row.event ?? "-"} (${row.state})`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return `never waited on a lock (last seen: ${seen})`;
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  check = await connect();
  bulk = await connect();
  writers = [await connect(), await connect()];
  for (const [letter, where] of Object.entries(LIBRARIES) as [Letter, (typeof LIBRARIES)[Letter]][]) {
    library[letter] = await db.library.create({
      data: {
        slug: `koonti-${letter.toLowerCase()}-${key}`,
        name: `Koontikirjasto ${letter} ${key}`,
        municipality: where.municipality,
        region: where.region,
        consortium: where.region === "PIRKANMAA" ? "PIKI" : "KESKI",
      },
      select: { id: true, slug: true },
    });
  }
  const menu = await db.trainingMenu.create({
    data: {
      slug: `koonti-${key}`,
      title: `Koontitarjotin ${key}`,
      periodStart: new Date("2091-01-01T00:00:00Z"),
      periodEnd: new Date("2092-12-31T00:00:00Z"),
      status: "PUBLISHED",
    },
    select: { id: true },
  });
  menuId = menu.id;
  const offering = await db.offering.create({
    data: { menuId, slug: `koonti-ws-${key}`, kind: "WORKSHOP", title: "Koontityöpaja" },
    select: { id: true },
  });
  offeringId = offering.id;
});

afterAll(async () => {
  // Sessions and enrolments go with the menu; the last test has done this already.
  await db.trainingMenu.deleteMany({ where: { id: menuId } });
  await removeCreated(db);
  await db.library.deleteMany({ where: { id: { in: Object.values(library).map((l) => l.id) } } });
  await Promise.all([check, bulk, ...(writers ?? [])].map((client) => client?.end()));
  await db.$disconnect();
});

describe("coverage rollups against coverage_rebuild()", () => {
  it("are exact for the demo data before this file's changes", async () => {
    await expectRollupsExact("the seed");
  });

  it("follow an enrolment's status changes and its deletion", async () => {
    const day = "2091-03-10";
    const session = await createSession("2091-03-10T10:00:00+02:00");
    const [p1, p2] = [await person("A"), await person("A")];
    const A = library.A.id;
    const yearBefore = await libraryYear(A, 2091);

    const e1 = await enrol(p1, session, "CONFIRMED");
    expect(await dayRow(0, A, day)).toEqual({ participants: 1, sessions: 1 });
    expect(await dayRow(3, "", day)).toEqual({ participants: 1, sessions: 1 });
    expect(await monthRow(0, A, "2091-03-01")).toEqual({ participants: 1, sessions: 1, lastDay: day });
    expect(await attendee(p1.id)).toEqual({ libraryId: A, days: "{[2091-03-10,2091-03-11)}" });
    expect(await libraryYear(A, 2091)).toBe(yearBefore + 1);
    await expectRollupsExact("a CONFIRMED enrolment inserted");

    const e2 = await enrol(p2, session, "WAITLISTED");
    expect(await dayRow(0, A, day)).toEqual({ participants: 1, sessions: 1 });
    expect(await attendee(p2.id)).toBeNull();
    await expectRollupsExact("a WAITLISTED enrolment inserted");

    await setStatus(e2, "CONFIRMED");
    expect(await dayRow(0, A, day)).toEqual({ participants: 2, sessions: 1 });
    expect(await attendee(p2.id)).toEqual({ libraryId: A, days: "{[2091-03-10,2091-03-11)}" });
    expect(await libraryYear(A, 2091)).toBe(yearBefore + 2);
    await expectRollupsExact("WAITLISTED → CONFIRMED");

    await setStatus(e1, "ATTENDED");
    expect(await dayRow(0, A, day)).toEqual({ participants: 2, sessions: 1 });
    await expectRollupsExact("CONFIRMED → ATTENDED");

    await setStatus(e2, "CANCELLED");
    expect(await dayRow(0, A, day)).toEqual({ participants: 1, sessions: 1 });
    expect(await attendee(p2.id)).toBeNull();
    expect(await libraryYear(A, 2091)).toBe(yearBefore + 1);
    await expectRollupsExact("CONFIRMED → CANCELLED");

    await setStatus(e1, "NO_SHOW");
    expect(await rowsOfDay(day)).toBe(0);
    expect(await monthRow(0, A, "2091-03-01")).toBeNull();
    expect(await attendee(p1.id)).toBeNull();
    expect(await libraryYear(A, 2091)).toBe(yearBefore);
    await expectRollupsExact("ATTENDED → NO_SHOW");

    await setStatus(e2, "CONFIRMED");
    expect(await dayRow(0, A, day)).toEqual({ participants: 1, sessions: 1 });
    await expectRollupsExact("CANCELLED → CONFIRMED");

    await db.enrolment.delete({ where: { id: e2 } });
    expect(await rowsOfDay(day)).toBe(0);
    expect(await attendee(p2.id)).toBeNull();
    await expectRollupsExact("a CONFIRMED enrolment deleted");

    await db.enrolment.delete({ where: { id: e1 } });
    await expectRollupsExact("a NO_SHOW enrolment deleted");
  });

  it("follow statements of several enrolments, and an enrolment moved to another session", async () => {
    const [s1, s2, s3] = [
      await createSession("2091-03-11T10:00:00+02:00"),
      await createSession("2091-03-12T10:00:00+02:00"),
      await createSession("2091-04-14T10:00:00+03:00"),
    ];
    const [p1, p2, p3] = [await person("A"), await person("C"), await person("D")];
    await db.enrolment.createMany({
      data: [
        { sessionId: s1, userId: p1.id, status: "CONFIRMED" },
        { sessionId: s1, userId: p2.id, status: "CONFIRMED" },
        { sessionId: s2, userId: p1.id, status: "CONFIRMED" },
        { sessionId: s2, userId: p3.id, status: "CONFIRMED" },
      ],
    });
    expect(await dayRow(3, "", "2091-03-11")).toEqual({ participants: 2, sessions: 1 });
    expect(await attendee(p1.id)).toEqual({ libraryId: library.A.id, days: "{[2091-03-11,2091-03-13)}" });
    await expectRollupsExact("four enrolments inserted in one statement");

    await db.enrolment.updateMany({ where: { sessionId: { in: [s1, s2] } }, data: { status: "ATTENDED" } });
    await expectRollupsExact("four enrolments marked ATTENDED in one statement");

    await db.enrolment.update({
      where: { sessionId_userId: { sessionId: s2, userId: p1.id } },
      data: { sessionId: s3 },
    });
    expect(await dayRow(0, library.A.id, "2091-03-12")).toBeNull();
    expect(await dayRow(0, library.A.id, "2091-04-14")).toEqual({ participants: 1, sessions: 1 });
    expect(await attendee(p1.id)).toEqual({
      libraryId: library.A.id,
      days: "{[2091-03-11,2091-03-12),[2091-04-14,2091-04-15)}",
    });
    await expectRollupsExact("an enrolment moved to another session");

    await db.enrolment.deleteMany({ where: { sessionId: { in: [s1, s2, s3] } } });
    expect(await rowsOfDay("2091-03-11")).toBe(0);
    expect(await rowsOfDay("2091-04-14")).toBe(0);
    await expectRollupsExact("four enrolments deleted in one statement");
  });

  it("count a session once per municipality, region and in all, however many libraries take part", async () => {
    const day = "2091-02-12";
    const morning = await createSession("2091-02-12T09:00:00+02:00");
    const afternoon = await createSession("2091-02-12T13:00:00+02:00");
    const [a, b, c, d] = [await person("A"), await person("B"), await person("C"), await person("D")];
    await enrol(a, morning);
    await enrol(b, morning);
    expect(await dayRow(1, municipalityKey("PIRKANMAA", MUNICIPALITY.M1), day)).toEqual({
      participants: 2,
      sessions: 1,
    });
    expect(await dayRow(0, library.A.id, day)).toEqual({ participants: 1, sessions: 1 });
    expect(await dayRow(0, library.B.id, day)).toEqual({ participants: 1, sessions: 1 });
    await expectRollupsExact("two people of one municipality's two libraries in one session");

    await enrol(c, afternoon);
    await enrol(d, morning);
    expect(await dayRow(1, municipalityKey("PIRKANMAA", MUNICIPALITY.M2), day)).toEqual({
      participants: 1,
      sessions: 1,
    });
    expect(await dayRow(1, municipalityKey("KESKI_SUOMI", MUNICIPALITY.M3), day)).toEqual({
      participants: 1,
      sessions: 1,
    });
    expect(await dayRow(2, "PIRKANMAA", day)).toEqual({ participants: 3, sessions: 2 });
    expect(await dayRow(2, "KESKI_SUOMI", day)).toEqual({ participants: 1, sessions: 1 });
    expect(await dayRow(3, "", day)).toEqual({ participants: 4, sessions: 2 });
    expect(await monthRow(3, "", "2091-02-01")).toEqual({ participants: 4, sessions: 2, lastDay: day });
    await expectRollupsExact("people of another municipality and region on the same day");
  });

  it("follow a session cancelled, restored and moved (same day, same month, another month, next year)", async () => {
    const first = await createSession("2091-12-03T10:00:00+02:00");
    const moving = await createSession("2091-12-10T10:00:00+02:00");
    const [a, c] = [await person("A"), await person("C")];
    const cYear = await libraryYear(library.C.id, 2091);
    await enrol(a, first);
    await enrol(a, moving);
    await enrol(c, moving);
    expect(await dayRow(3, "", "2091-12-10")).toEqual({ participants: 2, sessions: 1 });
    expect(await monthRow(3, "", "2091-12-01")).toEqual({ participants: 3, sessions: 2, lastDay: "2091-12-10" });
    expect(await libraryYear(library.C.id, 2091)).toBe(cYear + 1);
    await expectRollupsExact("the enrolments");

    await db.trainingSession.update({ where: { id: moving }, data: { status: "CANCELLED" } });
    expect(await rowsOfDay("2091-12-10")).toBe(0);
    expect(await monthRow(3, "", "2091-12-01")).toEqual({ participants: 1, sessions: 1, lastDay: "2091-12-03" });
    expect(await attendee(a.id)).toEqual({ libraryId: library.A.id, days: "{[2091-12-03,2091-12-04)}" });
    expect(await attendee(c.id)).toBeNull();
    expect(await libraryYear(library.C.id, 2091)).toBe(cYear);
    await expectRollupsExact("the session cancelled");

    await db.trainingSession.update({ where: { id: moving }, data: { status: "SCHEDULED" } });
    expect(await dayRow(3, "", "2091-12-10")).toEqual({ participants: 2, sessions: 1 });
    expect(await attendee(c.id)).toEqual({ libraryId: library.C.id, days: "{[2091-12-10,2091-12-11)}" });
    await expectRollupsExact("the session restored");

    await moveSession(moving, "2091-12-10T15:00:00+02:00");
    expect(await dayRow(3, "", "2091-12-10")).toEqual({ participants: 2, sessions: 1 });
    await expectRollupsExact("the session moved within its day");

    await moveSession(moving, "2091-12-17T10:00:00+02:00");
    expect(await rowsOfDay("2091-12-10")).toBe(0);
    expect(await dayRow(3, "", "2091-12-17")).toEqual({ participants: 2, sessions: 1 });
    expect(await monthRow(3, "", "2091-12-01")).toEqual({ participants: 3, sessions: 2, lastDay: "2091-12-17" });
    await expectRollupsExact("the session moved to another day of the month");

    await moveSession(moving, "2091-08-20T10:00:00+03:00");
    expect(await rowsOfDay("2091-12-17")).toBe(0);
    expect(await dayRow(3, "", "2091-08-20")).toEqual({ participants: 2, sessions: 1 });
    expect(await monthRow(3, "", "2091-12-01")).toEqual({ participants: 1, sessions: 1, lastDay: "2091-12-03" });
    await expectRollupsExact("the session moved to another month");

    // 31.12.2091 22.30 UTC is 1.1.2092 00.30 in Helsinki: the next year.
    await moveSession(moving, "2092-01-01T00:30:00+02:00");
    expect(await rowsOfDay("2091-08-20")).toBe(0);
    expect(await rowsOfDay("2091-12-31")).toBe(0);
    expect(await dayRow(3, "", "2092-01-01")).toEqual({ participants: 2, sessions: 1 });
    expect(await libraryYear(library.A.id, 2092)).toBe(1);
    expect(await libraryYear(library.C.id, 2092)).toBe(1);
    expect(await libraryYear(library.C.id, 2091)).toBe(cYear);
    expect(await attendee(a.id)).toEqual({
      libraryId: library.A.id,
      days: "{[2091-12-03,2091-12-04),[2092-01-01,2092-01-02)}",
    });
    await expectRollupsExact("the session moved across the year boundary");
  });

  it("follow a person who moves to another library, to none, and back", async () => {
    const june = await createSession("2091-06-02T10:00:00+03:00");
    const january = await createSession("2091-01-15T10:00:00+02:00");
    const [mover, stayer] = [await person("A"), await person("A")];
    await enrol(mover, june);
    await enrol(mover, january);
    await enrol(stayer, june);
    const [A, D] = [library.A.id, library.D.id];
    expect(await dayRow(0, A, "2091-06-02")).toEqual({ participants: 2, sessions: 1 });
    await expectRollupsExact("the enrolments");

    await db.user.update({ where: { id: mover.id }, data: { libraryId: D } });
    expect(await dayRow(0, A, "2091-06-02")).toEqual({ participants: 1, sessions: 1 });
    expect(await dayRow(0, D, "2091-06-02")).toEqual({ participants: 1, sessions: 1 });
    expect(await dayRow(0, A, "2091-01-15")).toBeNull();
    expect(await dayRow(2, "KESKI_SUOMI", "2091-01-15")).toEqual({ participants: 1, sessions: 1 });
    expect(await attendee(mover.id)).toEqual({
      libraryId: D,
      days: "{[2091-01-15,2091-01-16),[2091-06-02,2091-06-03)}",
    });
    await expectRollupsExact("the person moved to another library");

    await db.user.update({ where: { id: mover.id }, data: { libraryId: null } });
    expect(await dayRow(0, D, "2091-06-02")).toBeNull();
    expect(await rowsOfDay("2091-01-15")).toBe(0);
    expect(await dayRow(3, "", "2091-06-02")).toEqual({ participants: 1, sessions: 1 });
    expect(await attendee(mover.id)).toBeNull();
    await expectRollupsExact("the person left without a library");

    await db.user.update({ where: { id: mover.id }, data: { libraryId: A } });
    expect(await dayRow(0, A, "2091-06-02")).toEqual({ participants: 2, sessions: 1 });
    await expectRollupsExact("the person back in their first library");
  });

  it("follow a library that moves to another municipality and region", async () => {
    const day = "2091-07-07";
    const session = await createSession("2091-07-07T10:00:00+03:00");
    await enrol(await person("A"), session);
    await enrol(await person("B"), session);
    await enrol(await person("C"), session);
    const M1 = municipalityKey("PIRKANMAA", MUNICIPALITY.M1);
    const M2 = municipalityKey("PIRKANMAA", MUNICIPALITY.M2);
    expect(await dayRow(1, M1, day)).toEqual({ participants: 2, sessions: 1 });
    await expectRollupsExact("the enrolments");

    await db.library.update({ where: { id: library.B.id }, data: { municipality: MUNICIPALITY.M2 } });
    expect(await dayRow(1, M1, day)).toEqual({ participants: 1, sessions: 1 });
    expect(await dayRow(1, M2, day)).toEqual({ participants: 2, sessions: 1 });
    await expectRollupsExact("the library moved to another municipality");

    await db.library.update({
      where: { id: library.B.id },
      data: { region: "KESKI_SUOMI", municipality: MUNICIPALITY.M3 },
    });
    expect(await dayRow(1, M2, day)).toEqual({ participants: 1, sessions: 1 });
    expect(await dayRow(1, municipalityKey("KESKI_SUOMI", MUNICIPALITY.M3), day)).toEqual({
      participants: 1,
      sessions: 1,
    });
    expect(await dayRow(2, "PIRKANMAA", day)).toEqual({ participants: 2, sessions: 1 });
    expect(await dayRow(2, "KESKI_SUOMI", day)).toEqual({ participants: 1, sessions: 1 });
    await expectRollupsExact("the library moved to another region");

    await db.library.update({ where: { id: library.B.id }, data: { name: `Uusi nimi ${key}` } });
    await expectRollupsExact("the library renamed");
  });

  it("follow a session, a person and a library deleted (enrolments and library links by cascade)", async () => {
    const ninth = await createSession("2091-09-09T10:00:00+03:00");
    const sixteenth = await createSession("2091-09-16T10:00:00+03:00");
    const twentyThird = await createSession("2091-09-23T10:00:00+03:00");
    const [a, c, leaver, e] = [await person("A"), await person("C"), await person("C"), await person("E")];
    await enrol(a, ninth);
    await enrol(c, ninth);
    await enrol(a, sixteenth);
    await enrol(leaver, sixteenth);
    await enrol(leaver, twentyThird);
    await enrol(e, sixteenth);
    expect(await dayRow(3, "", "2091-09-16")).toEqual({ participants: 3, sessions: 1 });
    await expectRollupsExact("the enrolments");

    await db.trainingSession.delete({ where: { id: ninth } });
    expect(await rowsOfDay("2091-09-09")).toBe(0);
    expect(await attendee(a.id)).toEqual({ libraryId: library.A.id, days: "{[2091-09-16,2091-09-17)}" });
    expect(await attendee(c.id)).toBeNull();
    await expectRollupsExact("a session with participants deleted");

    const cYear = await libraryYear(library.C.id, 2091);
    await db.user.delete({ where: { id: leaver.id } });
    expect(await rowsOfDay("2091-09-23")).toBe(0);
    expect(await dayRow(3, "", "2091-09-16")).toEqual({ participants: 2, sessions: 1 });
    expect(await attendee(leaver.id)).toBeNull();
    expect(await libraryYear(library.C.id, 2091)).toBe(cYear - 1);
    await expectRollupsExact("a person with enrolments deleted");

    await db.library.delete({ where: { id: library.E.id } });
    expect(await dayRow(3, "", "2091-09-16")).toEqual({ participants: 1, sessions: 1 });
    expect(await libraryYear(library.E.id, 2091)).toBe(0);
    expect(await attendee(e.id)).toBeNull();
    await expectRollupsExact("a library with participants deleted (its people's library set null)");
  });

  it("are left alone with pike.coverage_rollup off, and exact again after coverage_rebuild()", async () => {
    const day = "2091-10-10";
    const session = await createSession("2091-10-10T10:00:00+03:00");
    const [first, second] = [await person("C"), await person("C")];
    const insert = `INSERT INTO "Enrolment" ("sessionId", "userId", "status") VALUES ($1, $2, 'CONFIRMED')`;
    await bulk.query("BEGIN");
    await bulk.query("SET LOCAL pike.coverage_rollup = 'off'");
    await bulk.query(insert, [session, first.id]);
    await bulk.query("COMMIT");
    expect(await rowsOfDay(day)).toBe(0);
    expect(await attendee(first.id)).toBeNull();
    const { tables } = await rollupDifferences();
    expect(tables, "the tables that a rebuild would change").toEqual([
      "CoverageDay",
      "CoverageMonth",
      "CoverageLibraryYear",
      "CoverageAttendee",
    ]);

    await check.query("SELECT coverage_rebuild()");
    expect(await dayRow(3, "", day)).toEqual({ participants: 1, sessions: 1 });
    expect(await attendee(first.id)).toEqual({ libraryId: library.C.id, days: "{[2091-10-10,2091-10-11)}" });
    await expectRollupsExact("coverage_rebuild()");

    // SET LOCAL ended with the transaction: the same connection counts again.
    await bulk.query(insert, [session, second.id]);
    expect(await dayRow(3, "", day)).toEqual({ participants: 2, sessions: 1 });
    await expectRollupsExact("an insert after the bulk load's transaction");
  });

  describe("two writers at once", () => {
    const INSERT = `INSERT INTO "Enrolment" ("sessionId", "userId", "status") VALUES ($1, $2, 'CONFIRMED')`;

    /**
     * Both transactions insert before either commits. The second one's
     * trigger must wait for the first's advisory lock, and then count the
     * first one's enrolment.
     */
    async function race(first: [Actor, string], second: [Actor, string]) {
      const [w1, w2] = writers;
      const { rows } = await w2.query<{ pid: number }>(`SELECT pg_backend_pid() AS "pid"`);
      await w1.query("BEGIN");
      await w2.query("BEGIN");
      try {
        await w1.query(INSERT, [first[1], first[0].id]);
        const secondInsert = w2.query(INSERT, [second[1], second[0].id]);
        // Awaited below; until then its failure must not go unhandled.
        void secondInsert.catch(() => undefined);
        const waited = await lockWaitOf(rows[0]!.pid);
        await w1.query("COMMIT");
        await secondInsert;
        await w2.query("COMMIT");
        return waited === "Lock/advisory";
      } catch (error) {
        await Promise.allSettled([w1.query("ROLLBACK"), w2.query("ROLLBACK")]);
        throw error;
      }
    }

    it("of the same day both count", async () => {
      const day = "2091-11-20";
      const morning = await createSession("2091-11-20T10:00:00+02:00");
      const afternoon = await createSession("2091-11-20T14:00:00+02:00");
      const [p1, p2] = [await person("A"), await person("A")];
      const yearBefore = await libraryYear(library.A.id, 2091);
      expect(await race([p1, morning], [p2, afternoon]), "the second writer waited on an advisory lock").toBe(true);
      expect(await dayRow(3, "", day)).toEqual({ participants: 2, sessions: 2 });
      expect(await dayRow(0, library.A.id, day)).toEqual({ participants: 2, sessions: 2 });
      expect(await libraryYear(library.A.id, 2091)).toBe(yearBefore + 2);
      expect(await attendee(p1.id)).toEqual({ libraryId: library.A.id, days: "{[2091-11-20,2091-11-21)}" });
      expect(await attendee(p2.id)).toEqual({ libraryId: library.A.id, days: "{[2091-11-20,2091-11-21)}" });
      await expectRollupsExact("two concurrent inserts on one day");
    });

    it("of two days of the same month both count in the month", async () => {
      const s1 = await createSession("2091-11-21T10:00:00+02:00");
      const s2 = await createSession("2091-11-24T10:00:00+02:00");
      const [p1, p2] = [await person("C"), await person("D")];
      expect(await race([p1, s1], [p2, s2]), "the second writer waited on an advisory lock").toBe(true);
      expect(await dayRow(3, "", "2091-11-21")).toEqual({ participants: 1, sessions: 1 });
      expect(await dayRow(3, "", "2091-11-24")).toEqual({ participants: 1, sessions: 1 });
      expect(await monthRow(3, "", "2091-11-01")).toEqual({ participants: 4, sessions: 4, lastDay: "2091-11-24" });
      await expectRollupsExact("two concurrent inserts in one month");
    });
  });

  describe("an enrolment racing a write that moves what it counts", () => {
    type Statement = { sql: string; values: unknown[] };
    const insertEnrolment = (sessionId: string, user: Actor): Statement => ({
      sql: `INSERT INTO "Enrolment" ("sessionId", "userId", "status") VALUES ($1, $2, 'CONFIRMED')`,
      values: [sessionId, user.id],
    });
    const moveSessionTo = (sessionId: string, startsAt: string): Statement => ({
      sql: `UPDATE "TrainingSession" SET "startsAt" = $2::timestamptz, "endsAt" = $2::timestamptz + interval '2 hours'
             WHERE "id" = $1`,
      values: [sessionId, startsAt],
    });

    /**
     * `first` in a transaction left open on one connection; `second` on the
     * other (autocommit), which must then wait for the first's advisory lock
     * (coverage_writers_lock); the first commits and the second finishes. The
     * answer is what the second waited on.
     */
    async function race(first: Statement, second: Statement): Promise<string> {
      const [w1, w2] = writers;
      const { rows } = await w2.query<{ pid: number }>(`SELECT pg_backend_pid() AS "pid"`);
      await w1.query("BEGIN");
      try {
        await w1.query(first.sql, first.values);
        const pending = w2.query(second.sql, second.values);
        // Awaited below; until then its failure must not go unhandled.
        void pending.catch(() => undefined);
        const waited = await lockWaitOf(rows[0]!.pid);
        await w1.query("COMMIT");
        await pending;
        return waited;
      } catch (error) {
        await w1.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    }

    it("a session moved to another month: the enrolment counts on the new day, in either order", async () => {
      const A = library.A.id;
      const early = await createSession("2092-02-05T10:00:00+02:00");
      const p = await person("A");
      const aYear = await libraryYear(A, 2092);
      expect(
        await race(moveSessionTo(early, "2092-05-13T10:00:00+03:00"), insertEnrolment(early, p)),
        "the enrolment waited for the session's move",
      ).toBe("Lock/advisory");
      await expectRollupsExact("an enrolment inserted while its session moved to another month");
      expect(await dayRow(0, A, "2092-05-13")).toEqual({ participants: 1, sessions: 1 });
      expect(await rowsOfDay("2092-02-05")).toBe(0);
      expect(await attendee(p.id)).toEqual({ libraryId: A, days: "{[2092-05-13,2092-05-14)}" });
      expect(await libraryYear(A, 2092)).toBe(aYear + 1);

      const C = library.C.id;
      const late = await createSession("2092-02-06T10:00:00+02:00");
      const q = await person("C");
      expect(
        await race(insertEnrolment(late, q), moveSessionTo(late, "2092-06-10T10:00:00+03:00")),
        "the session's move waited for the enrolment",
      ).toBe("Lock/advisory");
      await expectRollupsExact("a session moved to another month while an enrolment into it was inserted");
      expect(await dayRow(0, C, "2092-06-10")).toEqual({ participants: 1, sessions: 1 });
      expect(await dayRow(1, municipalityKey("PIRKANMAA", MUNICIPALITY.M2), "2092-06-10")).toEqual({
        participants: 1,
        sessions: 1,
      });
      expect(await rowsOfDay("2092-02-06")).toBe(0);
      expect(await monthRow(0, C, "2092-02-01")).toBeNull();
      expect(await attendee(q.id)).toEqual({ libraryId: C, days: "{[2092-06-10,2092-06-11)}" });
    });

    it("a person moved to another library: their enrolment counts in the new one", async () => {
      const day = "2092-03-04";
      const [A, D] = [library.A.id, library.D.id];
      const session = await createSession("2092-03-04T10:00:00+02:00");
      const p = await person("A");
      const [aYear, dYear] = [await libraryYear(A, 2092), await libraryYear(D, 2092)];
      expect(
        await race(insertEnrolment(session, p), {
          sql: `UPDATE "User" SET "libraryId" = $2 WHERE "id" = $1`,
          values: [p.id, D],
        }),
        "the person's move waited for the enrolment",
      ).toBe("Lock/advisory");
      await expectRollupsExact("a person moved to another library while their enrolment was inserted");
      expect(await dayRow(0, D, day)).toEqual({ participants: 1, sessions: 1 });
      expect(await dayRow(0, A, day)).toBeNull();
      expect(await dayRow(2, "KESKI_SUOMI", day)).toEqual({ participants: 1, sessions: 1 });
      expect(await dayRow(2, "PIRKANMAA", day)).toBeNull();
      expect(await libraryYear(D, 2092)).toBe(dYear + 1);
      expect(await libraryYear(A, 2092)).toBe(aYear);
      expect(await attendee(p.id)).toEqual({ libraryId: D, days: "{[2092-03-04,2092-03-05)}" });
    });

    it("a library moved to another municipality: its person's enrolment counts in the new one", async () => {
      const day = "2092-03-05";
      const F = library.F.id;
      const [before, after] = [
        municipalityKey("PIRKANMAA", MUNICIPALITY.M4),
        municipalityKey("PIRKANMAA", MUNICIPALITY.M5),
      ];
      const session = await createSession("2092-03-05T10:00:00+02:00");
      const p = await person("F");
      expect(
        await race(insertEnrolment(session, p), {
          sql: `UPDATE "Library" SET "municipality" = $2 WHERE "id" = $1`,
          values: [F, MUNICIPALITY.M5],
        }),
        "the library's move waited for the enrolment",
      ).toBe("Lock/advisory");
      await expectRollupsExact("a library moved to another municipality while its person's enrolment was inserted");
      expect(await dayRow(1, after, day)).toEqual({ participants: 1, sessions: 1 });
      expect(await dayRow(1, before, day)).toBeNull();
      expect(await monthRow(1, after, "2092-03-01")).toEqual({ participants: 1, sessions: 1, lastDay: day });
      expect(await monthRow(1, before, "2092-03-01")).toBeNull();
      expect(await dayRow(0, F, day)).toEqual({ participants: 1, sessions: 1 });
    });
  });

  it("are exact after this file's rows are deleted (menu, people, libraries)", async () => {
    await db.trainingMenu.delete({ where: { id: menuId } });
    for (const month of ["2091-02-01", "2091-06-01", "2091-11-01", "2091-12-01", "2092-01-01", "2092-03-01"]) {
      expect(await monthRow(3, "", month), month).toBeNull();
    }
    await removeCreated(db);
    await db.library.deleteMany({ where: { id: { in: Object.values(library).map((l) => l.id) } } });
    await expectRollupsExact("the cleanup");
  });
});
