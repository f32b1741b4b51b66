// The calendar feeds through their route handlers, on real PostgreSQL, read
// back with ical.js: the public menu feed (with the theme filter) and the
// personal feed behind its revocable token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as personalFeed } from "@/app/api/calendar/me/[token]/route";
import { GET as menuFeed } from "@/app/api/calendar/trainings.ics/route";
import { ensureCalendarToken, regenerateCalendarToken } from "@/lib/calendar/mutations";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { createPeople, createTrainingFixture, enrol } from "../factories/mail-fixtures";
import { framingProblems, parseCalendar } from "../support/ical";

const ORIGIN = "http://127.0.0.1:3000";
let db: Db;

beforeAll(() => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
});
afterAll(async () => {
  await db.$disconnect();
});

const getMenu = (query = "") =>
  menuFeed(new Request(`${ORIGIN}/api/calendar/trainings.ics${query}`), { params: Promise.resolve({}) });

const getPersonal = (segment: string) =>
  personalFeed(new Request(`${ORIGIN}/api/calendar/me/${segment}`), { params: Promise.resolve({ token: segment }) });

const actorOf = (user: { id: string }) => ({ id: user.id, roles: ["STAFF" as const], libraryId: null });

async function calendarOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  expect(framingProblems(text)).toEqual([]);
  return parseCalendar(text);
}

describe("the training menu feed", () => {
  it("lists the published menu's sessions, cancelled ones marked, without remote links", async () => {
    const published = await createTrainingFixture(db, { sessions: 2 });
    const draft = await createTrainingFixture(db, { menuStatus: "DRAFT" });
    await db.trainingSession.update({ where: { id: published.sessions[1]!.id }, data: { status: "CANCELLED" } });

    const calendar = await calendarOf(await getMenu());
    expect(calendar.name).toBe("PiKe-koulutukset");
    expect(calendar.timezone).toBe("Europe/Helsinki");
    const byUid = new Map(calendar.events.map((e) => [e.uid, e]));
    const [first, second] = published.sessions;
    expect(byUid.get(`session-${first!.id}@pike-portaali`)).toMatchObject({
      summary: published.offering.title,
      status: "CONFIRMED",
      location: "Testikirjasto, Kokoustila Aalto",
      url: `${ORIGIN}/koulutukset/${published.offering.slug}`,
    });
    expect(byUid.get(`session-${first!.id}@pike-portaali`)!.start.toISOString()).toBe(first!.startsAt.toISOString());
    expect(byUid.get(`session-${first!.id}@pike-portaali`)!.end.toISOString()).toBe(first!.endsAt.toISOString());
    expect(byUid.get(`session-${second!.id}@pike-portaali`)?.status).toBe("CANCELLED");
    expect(byUid.has(`session-${draft.session.id}@pike-portaali`)).toBe(false);
    for (const event of calendar.events) expect(event.description ?? "").not.toContain("teams.example");
    // The seeded published menus are there too, and every event parses with a UID and a time.
    for (const event of calendar.events) {
      expect(event.uid).toMatch(/^session-[0-9a-f-]{36}@pike-portaali$/);
      expect(event.end.getTime()).toBeGreaterThan(event.start.getTime());
    }
  });

  it("narrows to one theme", async () => {
    const themed = await createTrainingFixture(db);
    const other = await createTrainingFixture(db);
    const calendar = await calendarOf(await getMenu(`?theme=${themed.theme.slug}`));
    expect(calendar.name).toBe(`PiKe-koulutukset: ${themed.theme.nameFi}`);
    expect(calendar.events.map((e) => e.uid)).toEqual([`session-${themed.session.id}@pike-portaali`]);
    expect(calendar.events.map((e) => e.uid)).not.toContain(`session-${other.session.id}@pike-portaali`);
  });

  it("answers 422 for an unknown or malformed theme", async () => {
    for (const query of ["?theme=ei-ole-olemassa", "?theme=%3Cscript%3E", `?theme=${"a".repeat(101)}`]) {
      const response = await getMenu(query);
      expect(response.status, query).toBe(422);
      const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
      expect(body.error.code).toBe("VALIDATION_FAILED");
      expect(body.error.fields.theme).toBeTruthy();
    }
    // An empty parameter is no filter.
    expect((await getMenu("?theme=")).status).toBe(200);
  });
});

describe("the personal feed", () => {
  it("has the person's confirmed and waitlisted trainings, and nobody else's", async () => {
    const { sessions } = await createTrainingFixture(db, { sessions: 3 });
    const [me, someoneElse] = await createPeople(db, 2, "feed");
    await enrol(db, sessions[0]!.id, me!.id, "CONFIRMED");
    await enrol(db, sessions[1]!.id, me!.id, "WAITLISTED", 2);
    await enrol(db, sessions[2]!.id, me!.id, "CANCELLED");
    await enrol(db, sessions[2]!.id, someoneElse!.id, "CONFIRMED");

    const token = await ensureCalendarToken(actorOf(me!));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const response = await getPersonal(`${token}.ics`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const calendar = await calendarOf(response);
    expect(calendar.name).toBe("Oma PiKe-kalenteri");
    expect(calendar.events.map((e) => [e.uid, e.status, e.summary.endsWith("(jonossa)")])).toEqual([
      [`session-${sessions[0]!.id}@pike-portaali`, "CONFIRMED", false],
      [`session-${sessions[1]!.id}@pike-portaali`, "TENTATIVE", true],
    ]);
    // Participants get the remote link; the waitlisted do not yet.
    expect(calendar.events[0]!.description).toContain(`Etäyhteys: ${sessions[0]!.remoteUrl}`);
    expect(calendar.events[1]!.description).not.toContain("teams.example");
  });

  it("is created once, and a new address revokes the old one", async () => {
    const [person] = await createPeople(db, 1, "revoke");
    const actor = actorOf(person!);
    const concurrent = await Promise.allSettled(Array.from({ length: 5 }, () => ensureCalendarToken(actor)));
    const tokens = concurrent.map((r) => (r.status === "fulfilled" ? r.value : null));
    expect(new Set(tokens).size).toBe(1);
    const first = tokens[0]!;
    expect(await ensureCalendarToken(actor)).toBe(first);
    expect((await getPersonal(`${first}.ics`)).status).toBe(200);

    const second = await regenerateCalendarToken(actor);
    expect(second).not.toBe(first);
    expect((await getPersonal(`${first}.ics`)).status).toBe(404);
    expect((await getPersonal(`${second}.ics`)).status).toBe(200);
  });

  it("is a 404 for unknown, malformed or suffix-less tokens", async () => {
    const [person] = await createPeople(db, 1, "notfound");
    const token = await ensureCalendarToken(actorOf(person!));
    for (const segment of [`${"A".repeat(43)}.ics`, "abc.ics", token, `${token}.ical`, ".ics"]) {
      const response = await getPersonal(segment);
      expect(response.status, segment).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
  });
});
