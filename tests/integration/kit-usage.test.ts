// Kit usage (issue 12 item 6, ADR 27) against real PostgreSQL: the feedback
// form after a loan (permission matrix: signed out, STAFF of the reserving
// library and of another, SUPERVISOR, COORDINATOR, ADMIN; refusals write
// nothing), bad input with field messages, the usage figures aggregated in
// SQL and their CSV/XLSX exports, and the library's loans in a personal
// calendar feed.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { KitReservationStatus } from "@/lib/db/enums";
import { addDays, dateOf, today } from "@/lib/dates/days";
import { createUsers, libraryId } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";
import { submit as submitAs } from "./support/server-actions";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { GET: usageCsv } = await import("@/app/api/exports/kits/usage.csv/route");
const { GET: usageXlsx } = await import("@/app/api/exports/kits/usage.xlsx/route");
const { saveLoanFeedbackAction } = await import("@/lib/kits/usage/actions");
const { saveLoanFeedback } = await import("@/lib/kits/usage/mutations");
const { getKitUsage, getFeedbackLoan, listLoansAwaitingFeedback } = await import("@/lib/kits/usage/data");
const { findPersonalFeed } = await import("@/lib/calendar/data");
const { personalCalendar } = await import("@/lib/calendar/feeds");

let db: Db;
let valkeakoski: string;
let muurame: string;
const TODAY = today();

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  valkeakoski = await libraryId(db, "valkeakoski");
  muurame = await libraryId(db, "muurame");
});
afterAll(async () => {
  await db.$disconnect();
});

async function createKit(name?: string) {
  const id = randomUUID().slice(0, 8);
  return db.kit.create({
    data: { slug: `kayttoboksi-${id}`, name: name ?? `Käyttöboksi ${id}`, shippingDays: 0, contents: [] },
    select: { id: true, slug: true, name: true },
  });
}

/** A loan inserted as it would stand after its flow (the constraint still holds: one kit per loan here). */
async function createLoan(options: {
  libraryId: string;
  startDate: string;
  endDate: string;
  status?: KitReservationStatus;
  kitId?: string;
}) {
  const kitId = options.kitId ?? (await createKit()).id;
  return db.kitReservation.create({
    data: {
      kitId,
      libraryId: options.libraryId,
      startDate: dateOf(options.startDate),
      endDate: dateOf(options.endDate),
      status: options.status ?? "RETURNED",
    },
    select: { id: true, kitId: true },
  });
}

const endedLoan = () =>
  createLoan({ libraryId: valkeakoski, startDate: addDays(TODAY, -10), endDate: addDays(TODAY, -3) });

function httpRequest(path: string, cookie?: string) {
  const headers = new Headers({ host: "127.0.0.1:3000", origin: ORIGIN });
  if (cookie) headers.set("cookie", cookie);
  current.headers = headers;
  current.actor = null;
  return new Request(`${ORIGIN}${path}`, { method: "GET", headers });
}

async function writes() {
  const [feedback, audits, rows] = await Promise.all([
    db.kitLoanFeedback.count(),
    db.auditEvent.count({ where: { action: { startsWith: "kitLoanFeedback." } } }),
    db.kitLoanFeedback.findMany({ select: { id: true, peopleReached: true, comment: true }, orderBy: { id: "asc" } }),
  ]);
  return { feedback, audits, rows };
}

/** A form post without the cookies of an earlier HTTP request: the actor is the one given. */
const submit: typeof submitAs = (action, actor, values) => {
  current.headers = new Headers({ host: "127.0.0.1:3000", origin: ORIGIN });
  return submitAs(action, actor, values);
};

const good = (reservationId: string) => ({
  reservationId,
  uses: ["STAFF_TRAINING", "CUSTOMER_EVENT"],
  peopleReached: "42",
  comment: "Hyvä boksi.",
});

describe("permission matrix", () => {
  type Who =
    "signedOut" | "STAFF_SAME" | "STAFF_OTHER" | "SUPERVISOR_SAME" | "SUPERVISOR_OTHER" | "COORDINATOR" | "ADMIN";
  const WHO: Who[] = [
    "signedOut",
    "STAFF_SAME",
    "STAFF_OTHER",
    "SUPERVISOR_SAME",
    "SUPERVISOR_OTHER",
    "COORDINATOR",
    "ADMIN",
  ];
  const actors = new Map<Who, Actor | null>();
  beforeAll(async () => {
    actors.set("signedOut", null);
    actors.set("STAFF_SAME", (await createUsers(db, 1, { librarySlug: "valkeakoski" }))[0]!);
    actors.set("STAFF_OTHER", (await createUsers(db, 1, { librarySlug: "muurame" }))[0]!);
    actors.set(
      "SUPERVISOR_SAME",
      (await createUsers(db, 1, { librarySlug: "valkeakoski", roles: ["SUPERVISOR"] }))[0]!,
    );
    actors.set("SUPERVISOR_OTHER", (await createUsers(db, 1, { librarySlug: "muurame", roles: ["SUPERVISOR"] }))[0]!);
    actors.set("COORDINATOR", (await createUsers(db, 1, { librarySlug: "jyvaskyla", roles: ["COORDINATOR"] }))[0]!);
    actors.set("ADMIN", (await createUsers(db, 1, { librarySlug: "tampere", roles: ["ADMIN"] }))[0]!);
  });
  const cookie = async (who: Who) => {
    const actor = actors.get(who);
    return actor ? sessionCookie(db, actor.id) : undefined;
  };

  // The feedback of Valkeakoski's loan: its own staff and supervisors, coordinators and admins.
  const ANSWER: Record<Who, string> = {
    signedOut: "form.error.UNAUTHENTICATED",
    STAFF_SAME: "saved",
    STAFF_OTHER: "form.error.NOT_FOUND",
    SUPERVISOR_SAME: "saved",
    SUPERVISOR_OTHER: "form.error.NOT_FOUND",
    COORDINATOR: "saved",
    ADMIN: "saved",
  };
  // The exports: coordinators and admins only.
  const EXPORT: Record<Who, number> = {
    signedOut: 401,
    STAFF_SAME: 403,
    STAFF_OTHER: 403,
    SUPERVISOR_SAME: 403,
    SUPERVISOR_OTHER: 403,
    COORDINATOR: 200,
    ADMIN: 200,
  };

  for (const who of WHO) {
    it(`the feedback form of Valkeakoski's ended loan as ${who}: ${ANSWER[who]}`, async () => {
      const loan = await endedLoan();
      const before = await writes();
      const outcome = await submit(saveLoanFeedbackAction, actors.get(who)!, good(loan.id));
      if (ANSWER[who] === "saved") {
        expect(outcome.state).toMatchObject({ status: "saved" });
        const saved = await db.kitLoanFeedback.findUniqueOrThrow({ where: { reservationId: loan.id } });
        expect(saved).toMatchObject({
          uses: ["STAFF_TRAINING", "CUSTOMER_EVENT"],
          peopleReached: 42,
          comment: "Hyvä boksi.",
        });
        // Editable afterwards: the same row, updated, and audited.
        const again = await submit(saveLoanFeedbackAction, actors.get(who)!, { ...good(loan.id), peopleReached: "7" });
        expect(again.state).toMatchObject({ status: "saved" });
        expect(await db.kitLoanFeedback.count({ where: { reservationId: loan.id } })).toBe(1);
        expect((await db.kitLoanFeedback.findUniqueOrThrow({ where: { reservationId: loan.id } })).peopleReached).toBe(
          7,
        );
        expect(
          await db.auditEvent.count({ where: { entityId: loan.id, action: { startsWith: "kitLoanFeedback." } } }),
        ).toBe(2);
      } else {
        expect(outcome.state).toMatchObject({ status: "error", formError: ANSWER[who] });
        expect(await writes()).toEqual(before);
        // The page's loader agrees: not theirs to see.
        expect(await getFeedbackLoan(actors.get(who)!, loan.id)).toBeNull();
      }
    });

    it(`GET /api/exports/kits/usage.{csv,xlsx} as ${who}: ${EXPORT[who]}`, async () => {
      const c = await cookie(who);
      const csv = await usageCsv(httpRequest("/api/exports/kits/usage.csv", c), { params: Promise.resolve({}) });
      const xlsx = await usageXlsx(httpRequest("/api/exports/kits/usage.xlsx", c), { params: Promise.resolve({}) });
      expect(csv.status).toBe(EXPORT[who]);
      expect(xlsx.status).toBe(EXPORT[who]);
      if (EXPORT[who] === 200) {
        expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
        expect(xlsx.headers.get("content-type")).toBe(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        );
      }
    });
  }
});

describe("when feedback may be answered", () => {
  it("not before the loan has ended, nor for a declined or cancelled one (409, nothing written)", async () => {
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const running = await createLoan({
      libraryId: valkeakoski,
      startDate: addDays(TODAY, -2),
      endDate: TODAY,
      status: "RECEIVED",
    });
    const cancelled = await createLoan({
      libraryId: valkeakoski,
      startDate: addDays(TODAY, -9),
      endDate: addDays(TODAY, -5),
      status: "CANCELLED",
    });
    const declined = await createLoan({
      libraryId: valkeakoski,
      startDate: addDays(TODAY, -9),
      endDate: addDays(TODAY, -5),
      status: "DECLINED",
    });
    for (const loan of [running, cancelled, declined]) {
      const before = await writes();
      const outcome = await submit(saveLoanFeedbackAction, staff!, good(loan.id));
      expect(outcome.state).toMatchObject({ status: "error", formError: "kitsUsage.error.notEnded" });
      expect(await writes()).toEqual(before);
    }
  });

  it("lists the library's ended loans without an answer", async () => {
    const [staff] = await createUsers(db, 1, { librarySlug: "muurame" });
    const waiting = await createLoan({
      libraryId: muurame,
      startDate: addDays(TODAY, -20),
      endDate: addDays(TODAY, -15),
    });
    const answered = await createLoan({
      libraryId: muurame,
      startDate: addDays(TODAY, -30),
      endDate: addDays(TODAY, -25),
    });
    await saveLoanFeedback(staff!, { reservationId: answered.id, uses: "OTHER", peopleReached: "0" });
    const ids = (await listLoansAwaitingFeedback(staff!)).map((l) => l.id);
    expect(ids).toContain(waiting.id);
    expect(ids).not.toContain(answered.id);
  });
});

describe("bad input: field messages, nothing written", () => {
  const cases: [string, Record<string, string | string[] | undefined>, Record<string, string>][] = [
    ["no use chosen", { uses: undefined }, { uses: "kitsUsage.validation.useRequired" }],
    ["an unknown use", { uses: ["HACKING"] }, { uses: "kitsUsage.validation.use" }],
    ["negative people", { peopleReached: "-1" }, { peopleReached: "kitsUsage.validation.people" }],
    ["too many people", { peopleReached: "100001" }, { peopleReached: "kitsUsage.validation.people" }],
    ["a fraction", { peopleReached: "2.5" }, { peopleReached: "kitsUsage.validation.people" }],
    ["not a number", { peopleReached: "paljon" }, { peopleReached: "kitsUsage.validation.people" }],
    ["no people", { peopleReached: "" }, { peopleReached: "kitsUsage.validation.people" }],
    ["a comment too long", { comment: "x".repeat(2001) }, { comment: "validation.tooLong" }],
    ["a malformed id", { reservationId: "abc" }, { reservationId: "validation.invalid" }],
  ];
  for (const [name, change, fields] of cases) {
    it(name, async () => {
      const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
      const loan = await endedLoan();
      const before = await writes();
      const outcome = await submit(saveLoanFeedbackAction, staff!, { ...good(loan.id), ...change });
      expect(outcome.state?.status).toBe("error");
      for (const field of Object.keys(fields)) expect(outcome.state?.fields?.[field], field).toBeTruthy();
      if (!("reservationId" in change)) expect(outcome.state?.fields).toMatchObject(fields);
      expect(await writes()).toEqual(before);
    });
  }

  it("an unknown loan is a 404", async () => {
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const outcome = await submit(saveLoanFeedbackAction, staff!, good(randomUUID()));
    expect(outcome.state).toMatchObject({ status: "error", formError: "form.error.NOT_FOUND" });
  });

  it("the exports refuse a bad period with 422 and the field", async () => {
    const [coordinator] = await createUsers(db, 1, { librarySlug: null, roles: ["COORDINATOR"] });
    const c = await sessionCookie(db, coordinator!.id);
    for (const [query, field] of [
      ["from=31.2.2027", "from"],
      ["from=2027-05-01&to=2027-04-01", "to"],
      ["from=2020-01-01&to=2027-12-31", "to"],
      ["to=huomenna", "to"],
    ] as const) {
      const res = await usageCsv(httpRequest(`/api/exports/kits/usage.csv?${query}`, c), {
        params: Promise.resolve({}),
      });
      expect(res.status, query).toBe(422);
      const body = (await res.json()) as { error: { fields: Record<string, string> } };
      expect(Object.keys(body.error.fields), query).toEqual([field]);
    }
  });
});

describe("the usage figures", () => {
  it("counts loans, loan days, people and answers per kit and per library (declined and cancelled left out)", async () => {
    const [coordinator] = await createUsers(db, 1, { librarySlug: null, roles: ["COORDINATOR"] });
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    // A year of their own, so that other tests' loans stay out.
    const kitA = await createKit("Aaa-käyttöboksi 2001");
    const kitB = await createKit("Bbb-käyttöboksi 2001");
    const l1 = await createLoan({
      kitId: kitA.id,
      libraryId: valkeakoski,
      startDate: "2001-03-01",
      endDate: "2001-03-10",
    });
    const l2 = await createLoan({
      kitId: kitA.id,
      libraryId: muurame,
      startDate: "2001-04-01",
      endDate: "2001-04-05",
      status: "PASSED_ON",
    });
    await createLoan({ kitId: kitB.id, libraryId: valkeakoski, startDate: "2001-05-01", endDate: "2001-05-03" });
    await createLoan({
      kitId: kitB.id,
      libraryId: valkeakoski,
      startDate: "2001-06-01",
      endDate: "2001-06-20",
      status: "CANCELLED",
    });
    await createLoan({
      kitId: kitB.id,
      libraryId: muurame,
      startDate: "2001-07-01",
      endDate: "2001-07-20",
      status: "DECLINED",
    });
    // Starts in the year before: outside the period.
    await createLoan({ kitId: kitA.id, libraryId: valkeakoski, startDate: "2000-12-20", endDate: "2001-01-02" });
    await saveLoanFeedback(staff!, {
      reservationId: l1.id,
      uses: ["GROUP_VISIT"],
      peopleReached: "25",
      comment: "Koululaiset innostuivat.",
    });
    await saveLoanFeedback(coordinator!, { reservationId: l2.id, uses: "OTHER", peopleReached: "5" });

    const usage = (await getKitUsage(coordinator!, { startDate: "2001-01-01", endDate: "2001-12-31" }))!;
    expect(usage.byKit).toEqual([
      { id: kitA.id, name: kitA.name, loans: 2, loanDays: 15, peopleReached: 30, answers: 2 },
      { id: kitB.id, name: kitB.name, loans: 1, loanDays: 3, peopleReached: 0, answers: 0 },
    ]);
    expect(usage.byLibrary).toEqual(
      expect.arrayContaining([
        { id: muurame, name: expect.any(String) as string, loans: 1, loanDays: 5, peopleReached: 5, answers: 1 },
        { id: valkeakoski, name: expect.any(String) as string, loans: 2, loanDays: 13, peopleReached: 25, answers: 1 },
      ]),
    );
    expect(usage.byLibrary).toHaveLength(2);
    expect(usage.totals).toEqual({ loans: 3, loanDays: 18, peopleReached: 30, answers: 2 });
    expect(usage.comments).toEqual([
      expect.objectContaining({
        reservationId: l1.id,
        comment: "Koululaiset innostuivat.",
        peopleReached: 25,
        uses: ["GROUP_VISIT"],
      }),
    ]);
    // Staff do not get the figures.
    expect(await getKitUsage(staff!, { startDate: "2001-01-01", endDate: "2001-12-31" })).toBeNull();

    // The CSV says the same.
    const c = await sessionCookie(db, coordinator!.id);
    const res = await usageCsv(httpRequest("/api/exports/kits/usage.csv?from=1.1.2001&to=31.12.2001", c), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="pike-boksien-kaytto-2001-01-01-2001-12-31.csv"',
    );
    const text = await res.text();
    expect(text).toContain(`Boksi;${kitA.name};2;15;30;2`);
    expect(text).toContain("Yhteensä;;3;18;30;2");
  });
});

describe("the personal calendar feed", () => {
  it("lists the library's live kit loans as all-day events", async () => {
    const [staff] = await createUsers(db, 1, { librarySlug: "valkeakoski" });
    const token = randomBytes(24).toString("base64url");
    await db.user.update({ where: { id: staff!.id }, data: { calendarToken: token } });
    const kit = await createKit("Kalenteriboksi");
    const start = addDays(TODAY, 20);
    const loan = await createLoan({
      kitId: kit.id,
      libraryId: valkeakoski,
      startDate: start,
      endDate: addDays(start, 4),
      status: "CONFIRMED",
    });
    const cancelledKit = await createKit("Peruttu kalenteriboksi");
    await createLoan({
      kitId: cancelledKit.id,
      libraryId: valkeakoski,
      startDate: start,
      endDate: addDays(start, 4),
      status: "CANCELLED",
    });
    const feed = (await findPersonalFeed(token, {}, db))!;
    expect(feed.kitLoans.map((l) => l.id)).toContain(loan.id);
    const ics = personalCalendar(feed, { appUrl: "https://pike.example" });
    expect(ics).toContain(`UID:kit-reservation-${loan.id}@pike-portaali`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${start.replaceAll("-", "")}`);
    expect(ics).toContain(`DTEND;VALUE=DATE:${addDays(start, 5).replaceAll("-", "")}`);
    expect(ics).toContain("Kalenteriboksi");
    expect(ics).not.toContain("Peruttu kalenteriboksi");
    // Another library's staff do not get it.
    const [other] = await createUsers(db, 1, { librarySlug: "muurame" });
    const otherToken = randomBytes(24).toString("base64url");
    await db.user.update({ where: { id: other!.id }, data: { calendarToken: otherToken } });
    expect((await findPersonalFeed(otherToken, {}, db))!.kitLoans.map((l) => l.id)).not.toContain(loan.id);
  });
});
