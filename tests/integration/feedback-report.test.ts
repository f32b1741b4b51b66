// Feedback across offerings (issue 16 item 4) against real PostgreSQL: on a
// small fixed dataset made here in 2010–2013 (years no other data uses), the
// figures per offering, per theme (an offering with two themes counted on
// both rows but once in the totals; offerings without a theme on a row of
// their own) and per year against numbers counted by hand; year boundaries in
// Helsinki time; cancelled sessions, and feedback whose attendance was
// corrected afterwards, left out; the comments newest first with the
// session's Helsinki day and nothing that names who gave them; a fixed number
// of statements; who may read it through the route handler (coordinator and
// admin 200; staff, supervisor and steering 403; signed out 401); bad input
// (422 with the field).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import type { EnrolmentStatus, Role } from "@/lib/db/enums";
import { createUsers, removeCreated, uniq } from "./enrolment-fixtures";
import { apiRequest, callJson } from "./support/api";
import { sessionCookie } from "./support/session-cookie";
import { countStatements, installCountingDb } from "./support/statements";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const db = installCountingDb();

const { GET } = await import("@/app/api/reports/feedback/route");
const { getFeedbackReport } = await import("@/lib/feedback/report/data");
type Report = Awaited<ReturnType<typeof getFeedbackReport>>;

const key = uniq();
const people = {} as Record<Role, Actor>;
/** Those who gave (or might have given) feedback: u1…u6. */
let givers: Actor[] = [];
const giverNames: string[] = [];
const giverEmails: string[] = [];
const enrolmentIds: string[] = [];
const created = { menu: "", themes: [] as string[] };
const offering = {} as Record<"A" | "B" | "C", string>;
const theme = {} as Record<"T1" | "T2", string>;

type Seat = [giver: number, status: EnrolmentStatus, feedback?: [rating: number, comment: string | null, at: string]];

async function session(
  offeringId: string,
  startsAt: string,
  seats: Seat[],
  status: "SCHEDULED" | "CANCELLED" = "SCHEDULED",
) {
  const starts = new Date(startsAt);
  const { id } = await db.trainingSession.create({
    data: { offeringId, startsAt: starts, endsAt: new Date(starts.getTime() + 2 * 3600_000), capacity: 20, status },
    select: { id: true },
  });
  for (const [giver, seatStatus, feedback] of seats) {
    const enrolment = await db.enrolment.create({
      data: {
        sessionId: id,
        userId: givers[giver - 1]!.id,
        status: seatStatus,
        cancelledAt: seatStatus === "CANCELLED" ? new Date() : null,
      },
      select: { id: true },
    });
    enrolmentIds.push(enrolment.id);
    if (feedback) {
      const [rating, comment, at] = feedback;
      await db.feedback.create({ data: { enrolmentId: enrolment.id, rating, comment, createdAt: new Date(at) } });
    }
  }
}

const call = async (query: string, actor?: Actor) =>
  callJson<Report & { error?: { code: string; fields?: Record<string, string> } }>(
    GET(
      apiRequest("GET", `/api/reports/feedback${query ? `?${query}` : ""}`, {
        cookie: actor ? await sessionCookie(db, actor.id) : undefined,
      }),
      {},
    ),
  );

beforeAll(async () => {
  for (const role of ["STAFF", "SUPERVISOR", "STEERING", "COORDINATOR", "ADMIN"] as Role[]) {
    people[role] = (
      await createUsers(db, 1, { roles: [role], prefix: `palauteraportti-${role.toLowerCase()}-${key}` })
    )[0]!;
  }
  givers = await createUsers(db, 6, { prefix: `palautteenantaja-${key}` });
  for (const [i, giver] of givers.entries()) {
    const user = await db.user.update({
      where: { id: giver.id },
      data: { name: `Vastaaja${i + 1} Sukunimi${key}` },
      select: { name: true, email: true },
    });
    giverNames.push(user.name!);
    giverEmails.push(user.email);
  }

  const [t1, t2] = await Promise.all(
    ["t1", "t2"].map((t, i) =>
      db.theme.create({
        data: {
          slug: `palauteteema-${t}-${key}`,
          nameFi: `Palauteteema ${t} ${key}`,
          nameEn: `Theme ${t}`,
          sortOrder: 100 + i,
        },
        select: { id: true },
      }),
    ),
  );
  theme.T1 = t1!.id;
  theme.T2 = t2!.id;
  created.themes = [t1!.id, t2!.id];

  const menu = await db.trainingMenu.create({
    data: {
      slug: `palauteraportti-${key}`,
      title: `Palauteraportin tarjotin ${key}`,
      periodStart: new Date("2010-01-01"),
      periodEnd: new Date("2013-12-31"),
      status: "PUBLISHED",
    },
  });
  created.menu = menu.id;
  const make = async (letter: "A" | "B" | "C", themes: string[]) => {
    const row = await db.offering.create({
      data: {
        menuId: menu.id,
        slug: `palaute-${letter.toLowerCase()}-${key}`,
        kind: "WORKSHOP",
        title: `Palautetyöpaja ${letter} ${key}`,
      },
      select: { id: true },
    });
    offering[letter] = row.id;
    if (themes.length)
      await db.offeringTheme.createMany({ data: themes.map((themeId) => ({ offeringId: row.id, themeId })) });
  };
  await make("A", [theme.T1]);
  await make("B", [theme.T1, theme.T2]);
  await make("C", []);

  // Helsinki is UTC+2 in winter, UTC+3 in summer.
  await session(offering.A, "2011-12-31T22:30:00Z", [
    // 1.1.2012 00.30 in Helsinki: 2012
    [1, "ATTENDED", [5, "Erinomainen aamupäivä.", "2012-01-02T10:00:00Z"]],
    [2, "ATTENDED", [4, null, "2012-01-02T11:00:00Z"]],
    [3, "ATTENDED"],
    [4, "NO_SHOW", [1, "Merkitty myöhemmin poissaolevaksi.", "2012-01-03T10:00:00Z"]], // corrected afterwards
    [5, "CANCELLED"],
    [6, "CONFIRMED"],
  ]);
  await session(offering.A, "2012-06-10T07:00:00Z", [
    [1, "ATTENDED", [3, "Kohtalainen.", "2012-06-11T10:00:00Z"]],
    [2, "ATTENDED"],
  ]);
  await session(offering.A, "2012-10-10T07:00:00Z", []); // held, nobody marked as attended
  await session(offering.A, "2012-12-31T22:10:00Z", [
    [3, "ATTENDED", [2, "Jo seuraavaa vuotta.", "2013-01-01T10:00:00Z"]],
  ]); // 1.1.2013 00.10
  await session(
    offering.A,
    "2012-03-01T08:00:00Z",
    [[5, "ATTENDED", [1, "Peruttu tilaisuus.", "2012-03-02T10:00:00Z"]]],
    "CANCELLED",
  );
  await session(offering.A, "2010-05-05T07:00:00Z", [[2, "ATTENDED", [3, null, "2010-05-06T10:00:00Z"]]]);
  await session(offering.B, "2012-12-31T21:30:00Z", [
    // 31.12.2012 23.30 in Helsinki: 2012
    [3, "ATTENDED", [4, "Hyvä B.", "2013-01-02T10:00:00Z"]],
    [4, "ATTENDED", [5, "  \n ", "2013-01-02T12:00:00Z"]], // blank: a response, not a comment
    [5, "ATTENDED", [2, "Heikko B.", "2013-01-03T10:00:00Z"]],
  ]);
  await session(offering.B, "2011-12-31T21:50:00Z", [
    [1, "ATTENDED", [4, "Vuoden 2011 palaute.", "2012-01-01T08:00:00Z"]],
  ]); // 31.12.2011 23.50
  await session(offering.C, "2012-09-05T07:00:00Z", [
    [6, "ATTENDED", [1, "Huono C.", "2012-09-06T10:00:00Z"]],
    [2, "ATTENDED"],
  ]);
});

afterAll(async () => {
  await db.trainingMenu.deleteMany({ where: { id: created.menu } });
  await db.theme.deleteMany({ where: { id: { in: created.themes } } });
  await removeCreated(db);
});

const dist = (...counts: number[]) => counts.map((count, i) => ({ rating: i + 1, count }));

// Counted by hand from the rows above.
const OFFERING_A = {
  sessionsHeld: 3, // 1.1., 10.6. and 10.10.2012 (not 1.1.2013, not the cancelled one)
  attended: 5, // u1, u2, u3 and u1, u2 (no-show, cancelled and confirmed are not)
  responses: 3,
  responseShare: 0.6,
  average: 4, // (5 + 4 + 3) / 3
  distribution: dist(0, 0, 1, 1, 1),
  comments: 2,
};
const OFFERING_B = {
  sessionsHeld: 1, // 31.12.2012 23.30 (31.12.2011 23.50 is 2011)
  attended: 3,
  responses: 3,
  responseShare: 1,
  average: 3.7, // (4 + 5 + 2) / 3 = 3.67
  distribution: dist(0, 1, 0, 1, 1),
  comments: 2, // the blank one is not a comment
};
const OFFERING_C = {
  sessionsHeld: 1,
  attended: 2,
  responses: 1,
  responseShare: 0.5,
  average: 1,
  distribution: dist(1, 0, 0, 0, 0),
  comments: 1,
};
const TOTALS_2012 = {
  sessionsHeld: 5,
  attended: 10, // B's three once, though B has two themes
  responses: 7,
  responseShare: 0.7,
  average: 3.4, // 24 / 7 = 3.43
  distribution: dist(1, 1, 1, 2, 2),
  comments: 5,
};
const THEME_1 = {
  sessionsHeld: 4, // A's three, B's one
  attended: 8,
  responses: 6,
  responseShare: 0.75,
  average: 3.8, // 23 / 6 = 3.83
  distribution: dist(0, 1, 1, 2, 2),
  comments: 4,
};
const ZERO = {
  sessionsHeld: 0,
  attended: 0,
  responses: 0,
  responseShare: null,
  average: null,
  distribution: dist(0, 0, 0, 0, 0),
  comments: 0,
};

describe("the figures", () => {
  it("per offering and in total, with Helsinki year boundaries, statuses and cancelled sessions", async () => {
    const report = await getFeedbackReport(people.COORDINATOR, { year: 2012 });
    expect(report.year).toBe(2012);
    expect(report.theme).toBeNull();
    expect(report.offerings.map((o) => o.offeringId)).toEqual([offering.A, offering.B, offering.C]);
    const [a, b, c] = report.offerings;
    expect(a).toEqual({
      offeringId: offering.A,
      slug: `palaute-a-${key}`,
      title: `Palautetyöpaja A ${key}`,
      themes: [expect.objectContaining({ id: theme.T1, nameFi: `Palauteteema t1 ${key}` })],
      ...OFFERING_A,
    });
    expect(b).toMatchObject({ ...OFFERING_B, themes: [{ id: theme.T1 }, { id: theme.T2 }] });
    expect(c).toMatchObject({ ...OFFERING_C, themes: [] });
    expect(report.totals).toEqual(TOTALS_2012);
  });

  it("per theme: an offering with two themes on both rows, offerings without a theme on their own row", async () => {
    const report = await getFeedbackReport(people.COORDINATOR, { year: 2012 });
    expect(report.themes.map((row) => row.theme?.id ?? null)).toEqual([theme.T1, theme.T2, null]);
    expect(report.themes[0]).toMatchObject(THEME_1);
    expect(report.themes[1]).toMatchObject(OFFERING_B);
    expect(report.themes[2]).toMatchObject(OFFERING_C);
    expect(report.themes[0]!.theme).toEqual({
      id: theme.T1,
      slug: `palauteteema-t1-${key}`,
      nameFi: `Palauteteema t1 ${key}`,
      nameEn: "Theme t1",
    });
  });

  it("with a theme filter: only its offerings, its row and its comments", async () => {
    const second = await getFeedbackReport(people.COORDINATOR, { year: 2012, theme: theme.T2 });
    expect(second.theme).toMatchObject({ id: theme.T2 });
    expect(second.offerings.map((o) => o.offeringId)).toEqual([offering.B]);
    expect(second.themes.map((row) => row.theme?.id)).toEqual([theme.T2]);
    expect(second.totals).toEqual(OFFERING_B);
    expect(second.comments.items.map((c) => c.text)).toEqual(["Heikko B.", "Hyvä B."]);

    const first = await getFeedbackReport(people.COORDINATOR, { year: 2012, theme: theme.T1 });
    expect(first.offerings.map((o) => o.offeringId)).toEqual([offering.A, offering.B]);
    expect(first.themes.map((row) => row.theme?.id)).toEqual([theme.T1]); // not T2, though B has it
    expect(first.totals).toEqual(THEME_1);
    expect(first.years.map((y) => [y.year, y.responses])).toEqual([
      [2008, 0],
      [2009, 0],
      [2010, 1],
      [2011, 1],
      [2012, 6],
    ]);
  });

  it("per year: five Helsinki years up to the chosen one, the chosen one as the totals count it", async () => {
    const report = await getFeedbackReport(people.COORDINATOR, { year: 2012 });
    expect(report.years.map((y) => y.year)).toEqual([2008, 2009, 2010, 2011, 2012]);
    expect(report.years[0]).toEqual({ year: 2008, ...ZERO });
    expect(report.years[1]).toEqual({ year: 2009, ...ZERO });
    expect(report.years[2]).toEqual({
      year: 2010,
      sessionsHeld: 1,
      attended: 1,
      responses: 1,
      responseShare: 1,
      average: 3,
      distribution: dist(0, 0, 1, 0, 0),
      comments: 0,
    });
    // 31.12.2011 23.50 in Helsinki.
    expect(report.years[3]).toEqual({
      year: 2011,
      sessionsHeld: 1,
      attended: 1,
      responses: 1,
      responseShare: 1,
      average: 4,
      distribution: dist(0, 0, 0, 1, 0),
      comments: 1,
    });
    expect(report.years[4]).toEqual({ year: 2012, ...TOTALS_2012 });

    // 1.1.2013 00.10 in Helsinki belongs to 2013.
    const next = await getFeedbackReport(people.ADMIN, { year: 2013 });
    expect(next.totals).toMatchObject({ sessionsHeld: 1, attended: 1, responses: 1, average: 2, comments: 1 });
    expect(next.comments.items).toEqual([
      { text: "Jo seuraavaa vuotta.", rating: 2, offeringTitle: `Palautetyöpaja A ${key}`, sessionDate: "2013-01-01" },
    ]);
    expect(next.years.map((y) => y.year)).toEqual([2009, 2010, 2011, 2012, 2013]);
    expect(next.years[3]).toEqual({ year: 2012, ...TOTALS_2012 });
  });

  it("the comments: newest first, with the offering and the session's Helsinki day, a page at a time", async () => {
    const report = await getFeedbackReport(people.COORDINATOR, { year: 2012 });
    const A = `Palautetyöpaja A ${key}`;
    const B = `Palautetyöpaja B ${key}`;
    expect(report.comments).toEqual({
      page: 1,
      pageSize: 20,
      total: 5,
      items: [
        { text: "Heikko B.", rating: 2, offeringTitle: B, sessionDate: "2012-12-31" },
        { text: "Hyvä B.", rating: 4, offeringTitle: B, sessionDate: "2012-12-31" },
        { text: "Huono C.", rating: 1, offeringTitle: `Palautetyöpaja C ${key}`, sessionDate: "2012-09-05" },
        { text: "Kohtalainen.", rating: 3, offeringTitle: A, sessionDate: "2012-06-10" },
        { text: "Erinomainen aamupäivä.", rating: 5, offeringTitle: A, sessionDate: "2012-01-01" }, // 22.30 UTC the day before
      ],
    });
    const second = await getFeedbackReport(people.COORDINATOR, { year: 2012, comments: 2 });
    expect(second.comments).toMatchObject({ page: 2, total: 5, items: [] });
    expect(second.totals).toEqual(TOTALS_2012);
  });

  it("a year without feedback: zeros, no rows, no comments", async () => {
    const report = await getFeedbackReport(people.COORDINATOR, { year: 2009 });
    expect(report.totals).toEqual(ZERO);
    expect(report.offerings).toEqual([]);
    expect(report.themes).toEqual([]);
    expect(report.comments).toMatchObject({ total: 0, items: [] });
  });

  it("the same five statements whatever the rows", async () => {
    const few = await countStatements(() => getFeedbackReport(people.COORDINATOR, { year: 2009 }));
    const more = await countStatements(() => getFeedbackReport(people.COORDINATOR, { year: 2012 }));
    expect(few.statements).toHaveLength(5);
    expect(more.statements).toHaveLength(5);
  });
});

describe("the API", () => {
  it("coordinators and admins: the report, no caching, and nothing that names who gave feedback", async () => {
    for (const role of ["COORDINATOR", "ADMIN"] as Role[]) {
      const res = await GET(
        apiRequest("GET", "/api/reports/feedback?year=2012", { cookie: await sessionCookie(db, people[role].id) }),
        {},
      );
      expect(res.status, role).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      const text = await res.text();
      const body = JSON.parse(text) as Report;
      expect(body.totals).toEqual(TOTALS_2012);
      expect(body.offerings.find((o) => o.offeringId === offering.A)).toMatchObject(OFFERING_A);
      expect(body.comments.items).toHaveLength(5);
      for (const secret of [...giverNames, ...giverEmails, ...givers.map((g) => g.id), ...enrolmentIds]) {
        expect(text, secret).not.toContain(secret);
      }
      expect(text).not.toContain(`Sukunimi${key}`);
      expect(text).not.toContain("@test.invalid");
    }
  });

  it("the theme and the comments' page from the query", async () => {
    const { status, body } = await call(`year=2012&theme=${theme.T2}&comments=1`, people.COORDINATOR);
    expect(status).toBe(200);
    expect(body.theme?.id).toBe(theme.T2);
    expect(body.totals).toEqual(OFFERING_B);
  });

  it("default year: the current one in Helsinki", async () => {
    const { status, body } = await call("", people.COORDINATOR);
    expect(status).toBe(200);
    const helsinkiYear = Number(
      new Intl.DateTimeFormat("en", { timeZone: "Europe/Helsinki", year: "numeric" }).format(new Date()),
    );
    expect(body.year).toBe(helsinkiYear);
    expect(body.years.at(-1)!.year).toBe(helsinkiYear);
  });

  it("staff, supervisors and the steering group 403; signed out 401, bad query or not", async () => {
    for (const role of ["STAFF", "SUPERVISOR", "STEERING"] as Role[]) {
      const { status, body } = await call("year=2012", people[role]);
      expect(status, role).toBe(403);
      expect(body.error!.code).toBe("FORBIDDEN");
    }
    expect((await call("year=2012", givers[0])).status).toBe(403);
    expect((await call("year=2012")).status).toBe(401);
    expect((await call("year=abc")).status).toBe(401);
    await expect(getFeedbackReport(people.STEERING, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getFeedbackReport(null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("bad input: 422 with the field", async () => {
    const cases: [string, string][] = [
      ["year=abc", "year"],
      ["year=2012.5", "year"],
      ["year=1999", "year"],
      ["year=2101", "year"],
      ["year=2012&year=2013", "year"],
      ["theme=teema", "theme"],
      [`theme=${crypto.randomUUID()}`, "theme"], // no such theme
      [`theme=${theme.T1}&theme=${theme.T2}`, "theme"],
      ["comments=0", "comments"],
      ["comments=seuraava", "comments"],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await call(query, people.COORDINATOR);
      expect(status, query).toBe(422);
      expect(Object.keys(body.error!.fields!), query).toEqual([field]);
    }
  });
});
