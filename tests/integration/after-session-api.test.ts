// After the session, as clients see it: the feedback endpoint and form
// action (once per enrolment, attendees only, bad input refused with nothing
// written), the coordinators' feedback summary, and the participant exports
// (permissions; the CSV parsed; the XLSX opened with exceljs). Route handlers
// are called with real requests and session cookies, no proxy involved.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { idleForm } from "@/lib/http/form-state";
import { peopledSession, type PeopledSession } from "./after-session-fixtures";
import { createUsers, removeCreated } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";
import { form, outcomeOf } from "./support/server-actions";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const { POST: postFeedback } = await import("@/app/api/enrolments/[id]/feedback/route");
const { GET: getCsv } = await import("@/app/api/exports/sessions/[sessionId]/participants.csv/route");
const { GET: getXlsx } = await import("@/app/api/exports/sessions/[sessionId]/participants.xlsx/route");
const { giveFeedbackAction } = await import("@/lib/feedback/actions");
const { getOfferingFeedbackSummary } = await import("@/lib/feedback/data");

let db: Db;
let coordinator: Actor;
let admin: Actor;

async function actorOf(email: string): Promise<Actor> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, roles: true, libraryId: true } });
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  coordinator = await actorOf("juli@tampere.fi");
  admin = await actorOf("admin@tampere.fi");
});
afterAll(async () => {
  await removeCreated(db);
  await db.$disconnect();
});

const signIn = (actor: Actor) => sessionCookie(db, actor.id);

function request(
  method: string,
  path: string,
  options: { cookie?: string; origin?: string | null; body?: string } = {},
) {
  const headers = new Headers({ host: "127.0.0.1:3000" });
  if (options.origin !== null) headers.set("origin", options.origin ?? ORIGIN);
  if (options.cookie) headers.set("cookie", options.cookie);
  if (options.body !== undefined) headers.set("content-type", "application/json");
  current.headers = headers;
  return new Request(`${ORIGIN}${path}`, { method, headers, body: options.body });
}

const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });
type ApiError = { code: string; message: string; fields?: Record<string, string> };

async function feedbackAs(id: string, body: unknown, cookie?: string, origin?: string | null) {
  const raw = typeof body === "string" ? body : JSON.stringify(body);
  const res = await postFeedback(
    request("POST", `/api/enrolments/${id}/feedback`, { cookie, origin, body: raw }),
    params({ id }),
  );
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: ApiError } };
}

const feedbackRows = () => db.feedback.count();

/** A started session whose first seated person is marked ATTENDED, the second NO_SHOW. */
async function attendedSession(): Promise<PeopledSession> {
  const s = await peopledSession(db);
  await db.enrolment.update({ where: { id: s.seated[0]!.enrolmentId }, data: { status: "ATTENDED" } });
  await db.enrolment.update({ where: { id: s.seated[1]!.enrolmentId }, data: { status: "NO_SHOW" } });
  return s;
}

describe("POST /api/enrolments/{id}/feedback", () => {
  it("201 the first time; 409 the second, and the first feedback stands", async () => {
    const s = await attendedSession();
    const attendee = s.seated[0]!;
    const cookie = await signIn(attendee.actor);
    const created = await feedbackAs(attendee.enrolmentId, { rating: 4, comment: "Hyödyllinen päivä." }, cookie);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ rating: 4, comment: "Hyödyllinen päivä." });

    const again = await feedbackAs(attendee.enrolmentId, { rating: 1, comment: "Toinen yritys" }, cookie);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "CONFLICT", fields: { feedbackId: created.body.id } });
    const stored = await db.feedback.findMany({ where: { enrolmentId: attendee.enrolmentId } });
    expect(stored.map((f) => [f.rating, f.comment])).toEqual([[4, "Hyödyllinen päivä."]]);
  });

  it("double submits at once: one 201, one 409, one row", async () => {
    const s = await attendedSession();
    const attendee = s.seated[0]!;
    const cookie = await signIn(attendee.actor);
    const results = await Promise.allSettled([
      feedbackAs(attendee.enrolmentId, { rating: 5 }, cookie),
      feedbackAs(attendee.enrolmentId, { rating: 5 }, cookie),
    ]);
    const statuses = results.map((r) => (r.status === "fulfilled" ? r.value.status : 0)).sort();
    expect(statuses).toEqual([201, 409]);
    expect(await db.feedback.count({ where: { enrolmentId: attendee.enrolmentId } })).toBe(1);
  });

  it("422 for ratings 0, 6, 'x', 3.5 or none, and an overlong comment; nothing is written", async () => {
    const s = await attendedSession();
    const attendee = s.seated[0]!;
    const cookie = await signIn(attendee.actor);
    const before = await feedbackRows();
    for (const body of [{ rating: 0 }, { rating: 6 }, { rating: "x" }, { rating: 3.5 }, {}, { rating: null }]) {
      const res = await feedbackAs(attendee.enrolmentId, body, cookie);
      expect({ body, status: res.status }).toEqual({ body, status: 422 });
      expect(res.body.error).toMatchObject({
        code: "VALIDATION_FAILED",
        fields: { rating: "Choose a rating from 1 to 5." },
      });
    }
    const long = await feedbackAs(attendee.enrolmentId, { rating: 3, comment: "x".repeat(2001) }, cookie);
    expect(long.status).toBe(422);
    expect(long.body.error!.fields).toEqual({ comment: "The text is too long." });
    const wrongType = await feedbackAs(attendee.enrolmentId, { rating: 3, comment: 7 }, cookie);
    expect(wrongType.status).toBe(422);
    expect(await feedbackRows()).toBe(before);
  });

  it("400 for a body that is not a JSON object", async () => {
    const s = await attendedSession();
    const cookie = await signIn(s.seated[0]!.actor);
    expect((await feedbackAs(s.seated[0]!.enrolmentId, "{not json", cookie)).status).toBe(400);
    expect((await feedbackAs(s.seated[0]!.enrolmentId, [4], cookie)).status).toBe(400);
  });

  it("422 for the no-show, the merely confirmed and the waitlisted; nothing is written", async () => {
    const s = await peopledSession(db, { seated: 2, waitlisted: 1, cancelled: 0 });
    await db.enrolment.update({ where: { id: s.seated[1]!.enrolmentId }, data: { status: "NO_SHOW" } });
    const before = await feedbackRows();
    for (const person of [s.seated[0]!, s.seated[1]!, s.waitlisted[0]!]) {
      const res = await feedbackAs(person.enrolmentId, { rating: 5 }, await signIn(person.actor));
      expect(res.status).toBe(422);
      expect(res.body.error!.message).toMatch(/marked as having attended/);
    }
    expect(await feedbackRows()).toBe(before);
  });

  it("401 signed out, 403 cross-site, 404 for someone else's or an unknown enrolment", async () => {
    const s = await attendedSession();
    const attendee = s.seated[0]!;
    const before = await feedbackRows();
    expect((await feedbackAs(attendee.enrolmentId, { rating: 5 })).status).toBe(401);
    const own = await signIn(attendee.actor);
    expect((await feedbackAs(attendee.enrolmentId, { rating: 5 }, own, "https://evil.example")).status).toBe(403);
    const other = await signIn(s.seated[1]!.actor);
    expect((await feedbackAs(attendee.enrolmentId, { rating: 5 }, other)).status).toBe(404);
    expect((await feedbackAs(attendee.enrolmentId, { rating: 5 }, await signIn(coordinator))).status).toBe(404);
    expect((await feedbackAs(randomUUID(), { rating: 5 }, own)).status).toBe(404);
    expect((await feedbackAs("not-an-id", { rating: 5 }, own)).status).toBe(404);
    expect(await feedbackRows()).toBe(before);
  });
});

describe("the feedback form's action", () => {
  async function submit(cookie: string, values: Record<string, string>) {
    request("POST", "/omat-koulutukset", { cookie });
    return outcomeOf(() => giveFeedbackAction(idleForm, form(values)));
  }

  it("goes to the feedback page: thanks the first time, the already-given state the second", async () => {
    const s = await attendedSession();
    const attendee = s.seated[0]!;
    const cookie = await signIn(attendee.actor);
    const id = attendee.enrolmentId;
    expect((await submit(cookie, { enrolmentId: id, rating: "x" })).state).toMatchObject({
      status: "error",
      fields: { rating: "afterSession.feedback.error.rating" },
    });
    expect(await db.feedback.count({ where: { enrolmentId: id } })).toBe(0);
    expect(await submit(cookie, { enrolmentId: id, rating: "5", comment: "Kiitos!" })).toEqual({
      redirect: `/omat-koulutukset/palaute/${id}?kiitos=1`,
    });
    expect(await submit(cookie, { enrolmentId: id, rating: "2" })).toEqual({
      redirect: `/omat-koulutukset/palaute/${id}?jo=1`,
    });
    expect((await db.feedback.findUniqueOrThrow({ where: { enrolmentId: id } })).rating).toBe(5);
  });

  it("tells a no-show why, in the form", async () => {
    const s = await attendedSession();
    const noShow = s.seated[1]!;
    const result = await submit(await signIn(noShow.actor), { enrolmentId: noShow.enrolmentId, rating: "3" });
    expect(result.state).toMatchObject({ status: "error", formError: "afterSession.feedback.refused.NOT_ATTENDED" });
  });
});

describe("the feedback summary per offering", () => {
  it("counts, averages and distributes ratings over the offering's sessions, with comments and no names", async () => {
    const s = await peopledSession(db, { seated: 3, waitlisted: 0, cancelled: 0 });
    const ratings = [5, 4, 4];
    for (const [i, person] of s.seated.entries()) {
      await db.enrolment.update({ where: { id: person.enrolmentId }, data: { status: "ATTENDED" } });
      const res = await feedbackAs(
        person.enrolmentId,
        { rating: ratings[i], comment: i === 0 ? "Paras koulutus" : undefined },
        await signIn(person.actor),
      );
      expect(res.status).toBe(201);
    }
    const summary = await getOfferingFeedbackSummary(coordinator, s.offeringId);
    expect(summary).toMatchObject({
      count: 3,
      sessionsWithFeedback: 1,
      distribution: [
        { rating: 1, count: 0 },
        { rating: 2, count: 0 },
        { rating: 3, count: 0 },
        { rating: 4, count: 2 },
        { rating: 5, count: 1 },
      ],
      comments: [{ rating: 5, text: "Paras koulutus" }],
    });
    expect(summary!.average).toBeCloseTo(13 / 3);
    const json = JSON.stringify(summary);
    for (const person of s.seated) {
      expect(json).not.toContain(person.email);
      expect(json).not.toContain(person.actor.id);
    }
    const [staff] = await createUsers(db, 1);
    expect(await getOfferingFeedbackSummary(staff!, s.offeringId)).toBeNull();
    expect(await getOfferingFeedbackSummary(null, s.offeringId)).toBeNull();
  });
});

/** A minimal RFC 4180 reader (with `;`): enough to check what Excel will read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) throw new Error(`the last row does not end in CRLF: ${JSON.stringify(row)}`);
  return rows;
}

const helsinkiDay = (d: Date) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki", dateStyle: "short" }).format(d);

describe("participant exports", () => {
  let s: PeopledSession;
  beforeAll(async () => {
    s = await peopledSession(db, { seated: 3, waitlisted: 1, cancelled: 1 });
    // Names that test quoting and formula neutralising, in the order the list sorts them.
    const names = ['Aalto; "Aino"', '=HYPERLINK("http://evil")', "Öhman Örjan"];
    for (const [i, person] of s.seated.entries()) {
      await db.user.update({ where: { id: person.actor.id }, data: { name: names[i] } });
    }
    await db.enrolment.update({ where: { id: s.seated[0]!.enrolmentId }, data: { status: "ATTENDED" } });
    await db.enrolment.update({ where: { id: s.seated[2]!.enrolmentId }, data: { status: "NO_SHOW" } });
  });

  const csvAs = async (sessionId: string, cookie?: string) =>
    getCsv(request("GET", `/api/exports/sessions/${sessionId}/participants.csv`, { cookie }), params({ sessionId }));
  const xlsxAs = async (sessionId: string, cookie?: string) =>
    getXlsx(request("GET", `/api/exports/sessions/${sessionId}/participants.xlsx`, { cookie }), params({ sessionId }));

  it("signed out 401, staff and supervisors 403, coordinators and admins 200, unknown sessions 404", async () => {
    const [staff] = await createUsers(db, 1);
    const [supervisor] = await createUsers(db, 1, { roles: ["SUPERVISOR", "STAFF"] });
    const [steering] = await createUsers(db, 1, { roles: ["STEERING"] });
    for (const get of [csvAs, xlsxAs]) {
      const signedOut = await get(s.sessionId);
      expect(signedOut.status).toBe(401);
      expect(((await signedOut.json()) as { error: ApiError }).error.code).toBe("UNAUTHENTICATED");
      for (const actor of [staff!, supervisor!, steering!]) {
        const res = await get(s.sessionId, await signIn(actor));
        expect(res.status).toBe(403);
        expect(await res.text()).not.toContain(s.seated[0]!.email);
      }
      expect((await get(s.sessionId, await signIn(coordinator))).status).toBe(200);
      expect((await get(s.sessionId, await signIn(admin))).status).toBe(200);
      const juli = await signIn(coordinator);
      expect((await get(randomUUID(), juli)).status).toBe(404);
      expect((await get("not-an-id", juli)).status).toBe(404);
    }
  });

  it("CSV: UTF-8 BOM, semicolons, CRLF, Finnish columns, quoting and neutralised formulas, an attachment", async () => {
    const res = await csvAs(s.sessionId, await signIn(coordinator));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="osallistujat-${s.offeringSlug}-${helsinkiDay(s.startsAt)}.csv"`,
    );
    expect(res.headers.get("cache-control")).toContain("no-store");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    expect(text.split("\r\n")[0]).toBe("Nimi;Sähköposti;Kirjasto;Tila;Jonosija;Ilmoittautunut");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);

    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(["Nimi", "Sähköposti", "Kirjasto", "Tila", "Jonosija", "Ilmoittautunut"]);
    // Seated by name (the formula sorts as its text), then the waitlist; the cancelled are left out.
    expect(rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ['\'=HYPERLINK("http://evil")', s.seated[1]!.email, "Vahvistettu", ""],
      ['Aalto; "Aino"', s.seated[0]!.email, "Osallistui", ""],
      ["Öhman Örjan", s.seated[2]!.email, "Ei saapunut", ""],
      ["Testaaja 3", s.waitlisted[0]!.email, "Jonossa", "1"],
    ]);
    expect(text).not.toContain(s.cancelled[0]!.email);
    for (const row of rows) {
      expect(row[2]).toBe("Valkeakosken kaupunginkirjasto");
      expect(row[5]).toMatch(/^\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2}$/);
    }
  });

  it("XLSX: opens with exceljs, a bold header row, the same rows, real dates in Helsinki time, sized columns", async () => {
    const res = await xlsxAs(s.sessionId, await signIn(coordinator));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="osallistujat-${s.offeringSlug}-${helsinkiDay(s.startsAt)}.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet("Osallistujat")!;
    expect(sheet).toBeDefined();
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      "Nimi",
      "Sähköposti",
      "Kirjasto",
      "Tila",
      "Jonosija",
      "Ilmoittautunut",
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(5);
    const cells = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(cells(2).slice(0, 4)).toEqual([
      '=HYPERLINK("http://evil")',
      s.seated[1]!.email,
      "Valkeakosken kaupunginkirjasto",
      "Vahvistettu",
    ]);
    // Text, not a formula: exceljs would read a formula cell as an object.
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(cells(5).slice(3, 5)).toEqual(["Jonossa", 1]);
    const enrolled = await db.enrolment.findUniqueOrThrow({
      where: { id: s.waitlisted[0]!.enrolmentId },
      select: { createdAt: true },
    });
    const cell = sheet.getCell("F5").value as Date;
    expect(cell).toBeInstanceOf(Date);
    const wallClock = new Intl.DateTimeFormat("sv-SE", {
      timeZone: "Europe/Helsinki",
      dateStyle: "short",
      timeStyle: "short",
    }).format(enrolled.createdAt);
    expect(cell.toISOString().slice(0, 16).replace("T", " ")).toBe(wallClock);
    expect(sheet.getColumn(6).numFmt).toBe("d.m.yyyy h:mm");
    for (let c = 1; c <= 6; c++) expect(sheet.getColumn(c).width).toBeGreaterThanOrEqual(8);
    expect(sheet.getColumn(2).width).toBeGreaterThan(s.seated[0]!.email.length);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });
});
