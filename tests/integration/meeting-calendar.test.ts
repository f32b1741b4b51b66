// Meetings in calendars, on real PostgreSQL, read back with ical.js: one
// meeting's .ics through its route, and the personal feed behind its secret,
// revocable token, which lists the meetings its owner may see by their roles
// as they are now, beside their trainings.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { ensureCalendarToken, regenerateCalendarToken } from "@/lib/calendar/mutations";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { MeetingStatus, Role } from "@/lib/db/enums";
import { createTrainingFixture, enrol } from "../factories/mail-fixtures";
import { framingProblems, parseCalendar } from "../support/ical";
import { ORIGIN, request as current } from "./support/request";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));

const { GET: personalFeed } = await import("@/app/api/calendar/me/[token]/route");
const { GET: meetingIcs } = await import("@/app/api/meetings/[id]/event.ics/route");

const DAY = 86_400_000;
const KEY = randomUUID().slice(0, 8);
const STATUSES: MeetingStatus[] = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];

let db: Db;
const createdUsers: string[] = [];
const createdMeetings: string[] = [];
const createdTrainings: { menuId: string; themeId: string }[] = [];
let libraryId: string;

/** Upcoming meetings, one per status, on the hour (iCalendar has no milliseconds). */
const upcoming = new Map<MeetingStatus, { id: string; title: string; startsAt: Date; endsAt: Date }>();
let recentApproved: string;
let oldApproved: string;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  libraryId = (await db.library.findUniqueOrThrow({ where: { slug: "jyvaskyla" }, select: { id: true } })).id;
  const hour = Math.ceil(Date.now() / 3600_000) * 3600_000;
  for (const [i, status] of STATUSES.entries()) {
    const startsAt = new Date(hour + (10 + i) * DAY);
    upcoming.set(status, { ...(await createMeeting(status, startsAt)), startsAt, endsAt: endOf(startsAt) });
  }
  // Ended 100 days ago: within the feed's year of history. Ended 400 days ago: not.
  recentApproved = (await createMeeting("MINUTES_APPROVED", new Date(hour - 100 * DAY))).id;
  oldApproved = (await createMeeting("MINUTES_APPROVED", new Date(hour - 400 * DAY))).id;
});

afterAll(async () => {
  await db.meeting.deleteMany({ where: { id: { in: createdMeetings } } });
  await db.trainingMenu.deleteMany({ where: { id: { in: createdTrainings.map((t) => t.menuId) } } });
  await db.theme.deleteMany({ where: { id: { in: createdTrainings.map((t) => t.themeId) } } });
  await db.user.deleteMany({ where: { id: { in: createdUsers } } });
  await db.$disconnect();
});

const endOf = (startsAt: Date) => new Date(startsAt.getTime() + 2 * 3600_000);

async function createMeeting(status: MeetingStatus, startsAt: Date) {
  const title = `Kalenteritesti ${KEY} ${status}, osa; 1`;
  const meeting = await db.meeting.create({
    data: {
      title,
      startsAt,
      endsAt: endOf(startsAt),
      location: "Pääkirjasto, Kokoushuone Sointu",
      remoteUrl: "https://teams.example/join/kalenteri",
      status,
      agendaItems: {
        create: [
          { position: 1, kind: "OPENING", title: "Kokouksen avaus" },
          { position: 2, title: "Talous, henkilöstö; tilat" },
        ],
      },
    },
    select: { id: true, title: true },
  });
  createdMeetings.push(meeting.id);
  return meeting;
}

async function createUser(roles: Role[], library: string | null = libraryId): Promise<Actor> {
  const user = await db.user.create({
    data: {
      email: `kalenteri-${KEY}-${randomUUID().slice(0, 6)}@test.invalid`,
      name: "Kalenterin tilaaja",
      roles,
      libraryId: library,
    },
    select: { id: true, roles: true, libraryId: true },
  });
  createdUsers.push(user.id);
  return user;
}

const signIn = (actor: Actor) => sessionCookie(db, actor.id);

function request(path: string, cookie?: string) {
  const headers = new Headers({ host: "127.0.0.1:3000" });
  if (cookie) headers.set("cookie", cookie);
  current.headers = headers;
  return new Request(`${ORIGIN}${path}`, { headers });
}

const getFeed = (segment: string) =>
  personalFeed(request(`/api/calendar/me/${segment}`), { params: Promise.resolve({ token: segment }) });
const getIcs = (id: string, cookie?: string) =>
  meetingIcs(request(`/api/meetings/${id}/event.ics`, cookie), { params: Promise.resolve({ id }) });

async function calendarOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  const text = await response.text();
  expect(framingProblems(text)).toEqual([]);
  return parseCalendar(text);
}

const uidOf = (id: string) => `meeting-${id}@pike-portaali`;
const meetingIdOf = (uid: string) => /^meeting-([0-9a-f-]{36})@pike-portaali$/.exec(uid)?.[1] ?? null;

/** The feed's meetings, each checked to have a status the owner may see. */
async function feedMeetings(token: string, visible: MeetingStatus[]) {
  const calendar = await calendarOf(await getFeed(`${token}.ics`));
  const ids = calendar.events.map((e) => meetingIdOf(e.uid)).filter((id): id is string => id !== null);
  const rows = await db.meeting.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
  expect(rows).toHaveLength(ids.length);
  for (const row of rows) expect(visible).toContain(row.status);
  return { calendar, ids: new Set(ids) };
}

describe("the personal feed lists the meetings its owner may see", () => {
  it("steering: published agendas and minutes, not PLANNED; a year of history; trainings kept", async () => {
    const member = await createUser(["STEERING"]);
    const training = await createTrainingFixture(db);
    createdTrainings.push({ menuId: training.menu.id, themeId: training.theme.id });
    await enrol(db, training.session.id, member.id, "CONFIRMED");
    const token = await ensureCalendarToken(member);

    const { calendar, ids } = await feedMeetings(token, ["AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"]);
    expect(calendar.name).toBe("Oma PiKe-kalenteri");
    expect(ids.has(upcoming.get("AGENDA_PUBLISHED")!.id)).toBe(true);
    expect(ids.has(upcoming.get("MINUTES_DRAFT")!.id)).toBe(true);
    expect(ids.has(upcoming.get("MINUTES_APPROVED")!.id)).toBe(true);
    expect(ids.has(recentApproved)).toBe(true);
    expect(ids.has(upcoming.get("PLANNED")!.id)).toBe(false);
    expect(ids.has(oldApproved)).toBe(false);
    // The training stays in the same calendar.
    expect(calendar.events.map((e) => e.uid)).toContain(`session-${training.session.id}@pike-portaali`);

    const published = upcoming.get("AGENDA_PUBLISHED")!;
    const event = calendar.events.find((e) => e.uid === uidOf(published.id))!;
    expect(event).toMatchObject({
      summary: published.title,
      location: "Pääkirjasto, Kokoushuone Sointu",
      status: "CONFIRMED",
      url: `${ORIGIN}/kokoukset/${published.id}`,
    });
    expect(event.start.toISOString()).toBe(published.startsAt.toISOString());
    expect(event.end.toISOString()).toBe(published.endsAt.toISOString());
    expect(event.description).toContain("1. Kokouksen avaus\n2. Talous, henkilöstö; tilat");
    expect(event.description).toContain(`Lisätiedot: ${ORIGIN}/kokoukset/${published.id}`);
  });

  it("staff and supervisors: approved minutes only", async () => {
    for (const roles of [["STAFF"], ["SUPERVISOR"]] as Role[][]) {
      const person = await createUser(roles);
      const { ids } = await feedMeetings(await ensureCalendarToken(person), ["MINUTES_APPROVED"]);
      expect(ids.has(upcoming.get("MINUTES_APPROVED")!.id), roles[0]).toBe(true);
      expect(ids.has(recentApproved), roles[0]).toBe(true);
      for (const status of ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT"] as const) {
        expect(ids.has(upcoming.get(status)!.id), `${roles[0]} ${status}`).toBe(false);
      }
    }
  });

  it("coordinators and admins: PLANNED ones too, marked tentative", async () => {
    for (const roles of [["COORDINATOR"], ["ADMIN"]] as Role[][]) {
      const person = await createUser(roles);
      const { calendar, ids } = await feedMeetings(await ensureCalendarToken(person), STATUSES);
      for (const status of STATUSES) expect(ids.has(upcoming.get(status)!.id), `${roles[0]} ${status}`).toBe(true);
      const planned = calendar.events.find((e) => e.uid === uidOf(upcoming.get("PLANNED")!.id))!;
      expect(planned.status).toBe("TENTATIVE");
      expect(planned.description).toContain("vasta suunnitteilla");
    }
  });

  it("users of no member library see no meetings in it", async () => {
    const outsider = await createUser(["STAFF"], null);
    const { ids } = await feedMeetings(await ensureCalendarToken(outsider), []);
    expect(ids.size).toBe(0);
  });

  it("follows the owner's current roles, and a revoked token is a 404", async () => {
    const member = await createUser(["STEERING"]);
    const first = await ensureCalendarToken(member);
    expect((await feedMeetings(first, STATUSES)).ids.has(upcoming.get("MINUTES_DRAFT")!.id)).toBe(true);

    // Leaving the steering group takes the drafts out of the calendar at once.
    await db.user.update({ where: { id: member.id }, data: { roles: ["STAFF"] } });
    const after = await feedMeetings(first, ["MINUTES_APPROVED"]);
    expect(after.ids.has(upcoming.get("MINUTES_DRAFT")!.id)).toBe(false);
    expect(after.ids.has(upcoming.get("MINUTES_APPROVED")!.id)).toBe(true);

    const second = await regenerateCalendarToken(member);
    const revoked = await getFeed(`${first}.ics`);
    expect(revoked.status).toBe(404);
    expect(((await revoked.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    expect((await getFeed(`${second}.ics`)).status).toBe(200);
  });
});

describe("one meeting's .ics through its route", () => {
  it("is one VEVENT with a stable UID, DTSTAMP, UTC times, SUMMARY, LOCATION and the link", async () => {
    const coordinator = await createUser(["COORDINATOR"]);
    const cookie = await signIn(coordinator);
    const published = upcoming.get("AGENDA_PUBLISHED")!;
    const response = await getIcs(published.id, cookie);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="pike-kokous-${new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(published.startsAt)}.ics"`,
    );
    const text = await response.clone().text();
    expect(text).toMatch(/\r\nDTSTAMP:\d{8}T\d{6}Z\r\n/);
    expect(text).toMatch(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
    expect(text).toMatch(/\r\nDTEND:\d{8}T\d{6}Z\r\n/);
    const calendar = await calendarOf(response);
    // A download is a snapshot: no METHOD, as its Content-Type names none (RFC 5545 3.7.2).
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(calendar.method).toBeNull();
    expect(calendar.events).toHaveLength(1);
    const [event] = calendar.events;
    expect(event).toMatchObject({
      uid: uidOf(published.id),
      summary: published.title,
      location: "Pääkirjasto, Kokoushuone Sointu",
      status: "CONFIRMED",
      url: `${ORIGIN}/kokoukset/${published.id}`,
    });
    expect(event!.start.toISOString()).toBe(published.startsAt.toISOString());
    expect(event!.end.toISOString()).toBe(published.endsAt.toISOString());
    expect(event!.description).toContain("Etäyhteys: https://teams.example/join/kalenteri");
    expect(event!.description).toContain(`Lisätiedot: ${ORIGIN}/kokoukset/${published.id}`);

    // The same UID as in the personal feed, so the two never make duplicates.
    const { calendar: feed } = await feedMeetings(await ensureCalendarToken(coordinator), STATUSES);
    expect(feed.events.filter((e) => e.uid === event!.uid)).toHaveLength(1);

    // In English for those who chose English.
    const english = await calendarOf(await getIcs(published.id, `${cookie}; pike-locale=en`));
    expect(english.events[0]!.description).toContain(`More information: ${ORIGIN}/kokoukset/${published.id}`);
  });

  it("is a 404 signed out and for a meeting the caller may not see", async () => {
    const staff = await createUser(["STAFF"]);
    const cookie = await signIn(staff);
    expect((await getIcs(upcoming.get("MINUTES_APPROVED")!.id)).status).toBe(404);
    for (const status of ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT"] as const) {
      expect((await getIcs(upcoming.get(status)!.id, cookie)).status, status).toBe(404);
    }
    await calendarOf(await getIcs(upcoming.get("MINUTES_APPROVED")!.id, cookie));
  });
});
