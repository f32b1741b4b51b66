// The meetings API as a client sees it: the route handlers called with real
// requests and session cookies on real PostgreSQL (no proxy/middleware
// involved), so every check below is the data layer's own. The permission
// matrix runs every role over a meeting in every status; what a caller may
// not see is a 404 indistinguishable from an unknown id.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { MeetingStatus, Role } from "@/lib/db/enums";
import { framingProblems, parseCalendar } from "../support/ical";
import { ORIGIN, request as current } from "./support/request";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));

const { GET: listMeetings } = await import("@/app/api/meetings/route");
const { GET: getMeeting } = await import("@/app/api/meetings/[id]/route");
const { GET: getMeetingIcs } = await import("@/app/api/meetings/[id]/event.ics/route");

const STATUSES: MeetingStatus[] = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];
/** A year no seed meeting or other test file uses, so ?year= lists this file's meetings alone. */
// A year no other test or the seed uses: the list filters by it.
const YEAR = 2043;
const KEY = randomUUID().slice(0, 8);

let db: Db;
const createdUsers: string[] = [];
const createdMeetings: string[] = [];

type Caller = { label: string; cookie?: string; visible: MeetingStatus[] };
const callers: Caller[] = [];
let coordinatorCookie: string;
let steeringCookie: string;
let noLibraryCookie: string;
let steering: Actor;
let coordinator: Actor;
let jyvaskyla: { id: string; name: string };
let muurame: { id: string; name: string };

type Fixture = {
  id: string;
  status: MeetingStatus;
  title: string;
  minutesSecret: string;
  fileBytesMarker: string;
  materials: { file: string; coordinatorsOnly: string; link: string; badLink: string };
  itemIds: string[];
};
const meetings = new Map<MeetingStatus, Fixture>();

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  const library = async (slug: string) =>
    db.library.findUniqueOrThrow({ where: { slug }, select: { id: true, name: true } });
  const valkeakoski = await library("valkeakoski");
  jyvaskyla = await library("jyvaskyla");
  muurame = await library("muurame");

  const user = async (roles: Role[], libraryId: string | null): Promise<Actor> => {
    const created = await db.user.create({
      data: {
        email: `api-${KEY}-${randomUUID().slice(0, 6)}@test.invalid`,
        name: `Testaaja ${roles[0]}`,
        roles,
        libraryId,
      },
      select: { id: true, roles: true, libraryId: true },
    });
    createdUsers.push(created.id);
    return created;
  };
  const staff = await user(["STAFF"], valkeakoski.id);
  const supervisor = await user(["SUPERVISOR"], valkeakoski.id);
  steering = await user(["STEERING"], jyvaskyla.id);
  coordinator = await user(["COORDINATOR"], valkeakoski.id);
  const admin = await user(["ADMIN"], valkeakoski.id);
  const noLibrary = await user(["STAFF"], null);

  const everyone: MeetingStatus[] = [...STATUSES];
  const drafts: MeetingStatus[] = ["AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];
  callers.push(
    { label: "signed out", visible: [] },
    { label: "STAFF", cookie: await signIn(staff), visible: ["MINUTES_APPROVED"] },
    { label: "SUPERVISOR", cookie: await signIn(supervisor), visible: ["MINUTES_APPROVED"] },
    { label: "STEERING", cookie: await signIn(steering), visible: drafts },
    { label: "COORDINATOR", cookie: await signIn(coordinator), visible: everyone },
    { label: "ADMIN", cookie: await signIn(admin), visible: everyone },
  );
  coordinatorCookie = callers.find((c) => c.label === "COORDINATOR")!.cookie!;
  steeringCookie = callers.find((c) => c.label === "STEERING")!.cookie!;
  noLibraryCookie = await signIn(noLibrary);

  for (const [i, status] of STATUSES.entries()) {
    meetings.set(status, await createMeeting(status, i));
  }
});

afterAll(async () => {
  await db.meeting.deleteMany({ where: { id: { in: createdMeetings } } });
  await db.user.deleteMany({ where: { id: { in: createdUsers } } });
  await db.$disconnect();
});

const signIn = (actor: Actor) => sessionCookie(db, actor.id);

/** A meeting with everything the API lists: minutes written ahead, both kinds of materials, news, decisions. */
async function createMeeting(status: MeetingStatus, index: number): Promise<Fixture> {
  const title = `API-testikokous ${KEY} ${status}`;
  const minutesSecret = `muistiosalaisuus${KEY}${index}`;
  const fileBytesMarker = `TIEDOSTON-SISALTO-${KEY}-${index}`;
  const startsAt = new Date(Date.UTC(YEAR, 2 + index * 2, 10, 10, 0));
  const meeting = await db.meeting.create({
    data: {
      title,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      location: "Kokoushuone Sointu, Jyväskylä",
      remoteUrl: "https://teams.example/join/ohry",
      status,
      chairId: coordinator.id,
      secretaryId: steering.id,
      approvedAt: status === "MINUTES_APPROVED" ? new Date(startsAt.getTime() + 7 * 86_400_000) : null,
      attendances: { create: [{ userId: steering.id, status: "PRESENT" }] },
      agendaItems: {
        create: [
          { position: 1, kind: "OPENING", title: "Kokouksen avaus", minutes: `Avattiin. ${minutesSecret}` },
          { position: 2, title: "Talousarvio", body: "Käydään läpi talousarvio.", presenterName: "Juli" },
        ],
      },
      libraryUpdates: {
        create: [
          { libraryId: jyvaskyla.id, budget: "Budjetti ennallaan.", events: "Kirjastopäivät.", submittedAt: startsAt },
          // Not submitted: still the library's own draft.
          { libraryId: muurame.id, body: `Keskeneräinen ${KEY}` },
        ],
      },
    },
    select: { id: true, agendaItems: { select: { id: true, position: true }, orderBy: { position: "asc" } } },
  });
  createdMeetings.push(meeting.id);
  const budgetItem = meeting.agendaItems[1]!.id;
  const material = (data: {
    kind: "FILE" | "LINK";
    title: string;
    visibility?: "MEETING" | "COORDINATORS";
    url?: string;
  }) =>
    db.material.create({
      data: {
        agendaItemId: budgetItem,
        ...data,
        ...(data.kind === "FILE"
          ? {
              fileName: "talousarvio.pdf",
              mimeType: "application/pdf",
              content: Buffer.from(`%PDF-1.4 ${fileBytesMarker}`),
              sizeBytes: 40,
            }
          : {}),
      },
      select: { id: true },
    });
  const file = await material({ kind: "FILE", title: "Talousarvio 2032" });
  const coordinatorsOnly = await material({
    kind: "FILE",
    title: `Luottamuksellinen luonnos ${KEY}`,
    visibility: "COORDINATORS",
  });
  const link = await material({ kind: "LINK", title: "Strategia", url: "https://pike.example.fi/strategia" });
  const badLink = await material({ kind: "LINK", title: "Huono linkki", url: "javascript:alert(1)" });
  await db.decision.create({
    data: { meetingId: meeting.id, agendaItemId: budgetItem, text: "Talousarvio hyväksyttiin." },
  });
  await db.actionItem.create({
    data: {
      originMeetingId: meeting.id,
      agendaItemId: budgetItem,
      title: "Päivitä talousarvio",
      ownerLibraryId: jyvaskyla.id,
      dueDate: new Date(`${YEAR + 1}-01-31`),
    },
  });
  return {
    id: meeting.id,
    status,
    title,
    minutesSecret,
    fileBytesMarker,
    materials: { file: file.id, coordinatorsOnly: coordinatorsOnly.id, link: link.id, badLink: badLink.id },
    itemIds: meeting.agendaItems.map((item) => item.id),
  };
}

function request(path: string, cookie?: string) {
  const headers = new Headers({ host: "127.0.0.1:3000" });
  if (cookie) headers.set("cookie", cookie);
  current.headers = headers;
  return new Request(`${ORIGIN}${path}`, { headers });
}
const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

type ApiError = { code: string; message: string; fields?: Record<string, string> };
type Body = Record<string, unknown> & { error?: ApiError };

async function list(query: string, cookie?: string) {
  const res = await listMeetings(request(`/api/meetings${query}`, cookie), params({}));
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Body & { meetings: { id: string; status: string }[] } };
}

async function detail(id: string, cookie?: string) {
  const res = await getMeeting(request(`/api/meetings/${encodeURIComponent(id)}`, cookie), params({ id }));
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text) as Body, headers: res.headers };
}

async function ics(id: string, cookie?: string) {
  return getMeetingIcs(request(`/api/meetings/${encodeURIComponent(id)}/event.ics`, cookie), params({ id }));
}

type AgendaJson = { id: string; minutes?: string | null; materials: Record<string, unknown>[] };

describe("GET /api/meetings", () => {
  it("is 401 signed out, in the common error format", async () => {
    const res = await list(`?year=${YEAR}`);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("lists exactly the meetings each role may see, oldest first", async () => {
    for (const caller of callers.filter((c) => c.cookie)) {
      const res = await list(`?year=${YEAR}`, caller.cookie);
      expect(res.status, caller.label).toBe(200);
      const expected = STATUSES.filter((s) => caller.visible.includes(s)).map((s) => meetings.get(s)!.id);
      expect(
        res.body.meetings.map((m) => m.id),
        caller.label,
      ).toEqual(expected);
    }
    // Without the year filter too: every listed meeting (the seed's included) has a visible status.
    for (const caller of callers.filter((c) => c.cookie)) {
      const res = await list("", caller.cookie);
      expect(res.status).toBe(200);
      for (const m of res.body.meetings) expect(caller.visible, caller.label).toContain(m.status);
      const ours = res.body.meetings.filter((m) => createdMeetings.includes(m.id)).map((m) => m.status);
      expect(ours.sort(), caller.label).toEqual([...caller.visible].sort());
    }
  });

  it("filters by the year in Helsinki, in the query: a meeting just after midnight on New Year's Day is the new year's", async () => {
    // 2045-12-31 23:30 and 2046-01-01 00:30 in Helsinki (UTC+2): both are 2045 in UTC.
    const ids: string[] = [];
    for (const startsAt of [new Date("2045-12-31T21:30:00Z"), new Date("2045-12-31T22:30:00Z")]) {
      const m = await db.meeting.create({
        data: {
          title: `Vuodenvaihde ${KEY}`,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3600_000),
          status: "AGENDA_PUBLISHED",
        },
        select: { id: true },
      });
      ids.push(m.id);
      createdMeetings.push(m.id);
    }
    const ofYear = async (year: number) =>
      (await list(`?year=${year}&status=AGENDA_PUBLISHED`, steeringCookie)).body.meetings.map((m) => m.id);
    expect(await ofYear(2045)).toEqual([ids[0]]);
    expect(await ofYear(2046)).toEqual([ids[1]]);
  });

  it("gives each meeting's facts and addresses, not its content", async () => {
    const res = await list(`?year=${YEAR}&status=MINUTES_APPROVED`, steeringCookie);
    const approved = meetings.get("MINUTES_APPROVED")!;
    expect(res.body.meetings).toEqual([
      {
        id: approved.id,
        title: approved.title,
        startsAt: new Date(Date.UTC(YEAR, 8, 10, 10, 0)).toISOString(),
        endsAt: new Date(Date.UTC(YEAR, 8, 10, 12, 0)).toISOString(),
        location: "Kokoushuone Sointu, Jyväskylä",
        hasRemote: true,
        status: "MINUTES_APPROVED",
        url: `/kokoukset/${approved.id}`,
        icsUrl: `/api/meetings/${approved.id}/event.ics`,
      },
    ]);
  });

  it("is an empty list for a signed-in user who may see no meetings", async () => {
    expect(await list("", noLibraryCookie)).toEqual({ status: 200, body: { meetings: [] } });
  });

  it("filters by status; a status the caller may not see matches nothing", async () => {
    const planned = await list(`?year=${YEAR}&status=PLANNED`, coordinatorCookie);
    expect(planned.body.meetings.map((m) => m.id)).toEqual([meetings.get("PLANNED")!.id]);
    expect((await list(`?status=PLANNED`, steeringCookie)).body).toEqual({ meetings: [] });
    const draft = await list(`?status=MINUTES_DRAFT`, steeringCookie);
    expect(draft.body.meetings.length).toBeGreaterThan(0);
    expect(draft.body.meetings.every((m) => m.status === "MINUTES_DRAFT")).toBe(true);
    // Empty parameters are no filter.
    expect((await list(`?year=&status=`, steeringCookie)).status).toBe(200);
  });

  it("answers 422 with field messages for a bad year or status", async () => {
    for (const [query, field] of [
      ["?year=abc", "year"],
      ["?year=1999", "year"],
      ["?year=2043.5", "year"],
      ["?status=DELETED", "status"],
      ["?status=planned", "status"],
    ] as const) {
      const res = await list(query, coordinatorCookie);
      expect(res.status, query).toBe(422);
      expect(res.body.error?.code, query).toBe("VALIDATION_FAILED");
      expect(res.body.error?.fields?.[field], query).toBeTruthy();
    }
  });
});

describe("GET /api/meetings/{id}", () => {
  it("permission matrix: 200 when the role may see the status, else the same 404 as an unknown id", async () => {
    const unknown = await detail(randomUUID(), coordinatorCookie);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.code).toBe("NOT_FOUND");
    for (const malformed of ["abc", "1", `${randomUUID()}x`, "' OR 1=1 --"]) {
      const res = await detail(malformed, coordinatorCookie);
      expect({ malformed, status: res.status, text: res.text }).toEqual({
        malformed,
        status: 404,
        text: unknown.text,
      });
    }
    for (const caller of callers) {
      for (const status of STATUSES) {
        const fixture = meetings.get(status)!;
        const res = await detail(fixture.id, caller.cookie);
        const case_ = `${caller.label} × ${status}`;
        if (caller.visible.includes(status)) {
          expect(res.status, case_).toBe(200);
          expect(res.body, case_).toMatchObject({ id: fixture.id, status, title: fixture.title });
          expect(res.headers.get("cache-control"), case_).toContain("no-store");
        } else {
          expect(res.status, case_).toBe(404);
          // Nothing tells an invisible meeting from one that does not exist.
          expect(res.text, case_).toBe(unknown.text);
        }
      }
    }
  });

  it("has no minutes before MINUTES_DRAFT, even when some were written ahead", async () => {
    for (const status of STATUSES) {
      const fixture = meetings.get(status)!;
      const res = await detail(fixture.id, coordinatorCookie);
      const agenda = res.body.agenda as AgendaJson[];
      const shown = status === "MINUTES_DRAFT" || status === "MINUTES_APPROVED";
      expect(res.body.minutesVisible, status).toBe(shown);
      expect(res.text.includes(fixture.minutesSecret), status).toBe(shown);
      for (const item of agenda) expect("minutes" in item, status).toBe(shown);
      if (shown) expect(agenda[0]!.minutes).toBe(`Avattiin. ${fixture.minutesSecret}`);
    }
    const staffDraft = await detail(meetings.get("MINUTES_DRAFT")!.id, callers[1]!.cookie);
    expect(staffDraft.status).toBe(404);
  });

  it("lists materials without their bytes; coordinator-only ones only to coordinators", async () => {
    const fixture = meetings.get("AGENDA_PUBLISHED")!;
    const materialsOf = (body: Body) => (body.agenda as AgendaJson[]).flatMap((item) => item.materials);

    const forSteering = await detail(fixture.id, steeringCookie);
    expect(forSteering.status).toBe(200);
    expect(forSteering.text).not.toContain(fixture.materials.coordinatorsOnly);
    expect(forSteering.text).not.toContain(`Luottamuksellinen luonnos ${KEY}`);
    expect(materialsOf(forSteering.body)).toEqual([
      {
        id: fixture.materials.file,
        kind: "FILE",
        title: "Talousarvio 2032",
        fileName: "talousarvio.pdf",
        sizeBytes: 40,
        mimeType: "application/pdf",
        downloadUrl: `/api/materials/${fixture.materials.file}`,
      },
      { id: fixture.materials.link, kind: "LINK", title: "Strategia", url: "https://pike.example.fi/strategia" },
      // A stored javascript: link is never handed out as a URL.
      { id: fixture.materials.badLink, kind: "LINK", title: "Huono linkki", url: null },
    ]);

    const forCoordinator = await detail(fixture.id, coordinatorCookie);
    expect(materialsOf(forCoordinator.body).map((m) => m.id)).toContain(fixture.materials.coordinatorsOnly);
    for (const res of [forSteering, forCoordinator]) {
      expect(res.text).not.toContain(fixture.fileBytesMarker);
      expect(res.text).not.toContain("javascript:");
      expect(res.text).not.toMatch(/"content"|sha256/);
    }
  });

  it("carries the meeting's facts, people, news round, decisions and action items", async () => {
    const fixture = meetings.get("MINUTES_APPROVED")!;
    const res = await detail(fixture.id, callers[1]!.cookie);
    expect(res.status).toBe(200);
    const [opening, budget] = fixture.itemIds;
    expect(res.body).toMatchObject({
      location: "Kokoushuone Sointu, Jyväskylä",
      remoteUrl: "https://teams.example/join/ohry",
      url: `/kokoukset/${fixture.id}`,
      icsUrl: `/api/meetings/${fixture.id}/event.ics`,
      chair: { id: coordinator.id, name: "Testaaja COORDINATOR" },
      secretary: { id: steering.id, name: "Testaaja STEERING" },
      attendees: [{ id: steering.id, name: "Testaaja STEERING", libraryName: jyvaskyla.name, status: "PRESENT" }],
      agenda: [
        { id: opening, position: 1, kind: "OPENING", title: "Kokouksen avaus", description: null, presenter: null },
        {
          id: budget,
          position: 2,
          kind: "STANDARD",
          title: "Talousarvio",
          description: "Käydään läpi talousarvio.",
          presenter: "Juli",
          minutes: null,
        },
      ],
      newsRound: [
        {
          libraryName: jyvaskyla.name,
          budget: "Budjetti ennallaan.",
          staffing: null,
          projects: null,
          events: "Kirjastopäivät.",
          body: null,
        },
      ],
      decisions: [{ text: "Talousarvio hyväksyttiin.", agendaItemId: budget }],
      actionItems: [
        {
          title: "Päivitä talousarvio",
          description: null,
          agendaItemId: budget,
          ownerName: jyvaskyla.name,
          dueDate: `${YEAR + 1}-01-31`,
          status: "OPEN",
          overdue: false,
        },
      ],
    });
    // A news entry not yet submitted is not part of the meeting.
    expect(res.text).not.toContain(`Keskeneräinen ${KEY}`);
    expect(res.body.approvedAt).toBe(new Date(Date.UTC(YEAR, 8, 17, 10, 0)).toISOString());
  });
});

describe("GET /api/meetings/{id}/event.ics", () => {
  it("permission matrix: a valid calendar when the role may see the meeting, else 404", async () => {
    for (const caller of callers) {
      for (const status of STATUSES) {
        const fixture = meetings.get(status)!;
        const res = await ics(fixture.id, caller.cookie);
        const case_ = `${caller.label} × ${status}`;
        if (!caller.visible.includes(status)) {
          expect(res.status, case_).toBe(404);
          expect(((await res.json()) as Body).error?.code, case_).toBe("NOT_FOUND");
          continue;
        }
        expect(res.status, case_).toBe(200);
        expect(res.headers.get("content-type"), case_).toBe("text/calendar; charset=utf-8");
        expect(res.headers.get("content-disposition"), case_).toMatch(
          /^attachment; filename="pike-kokous-\d{4}-\d{2}-\d{2}\.ics"$/,
        );
        expect(res.headers.get("cache-control"), case_).toBe("private, no-store");
        const text = await res.text();
        expect(framingProblems(text), case_).toEqual([]);
        const calendar = parseCalendar(text);
        expect(calendar.events, case_).toHaveLength(1);
        expect(calendar.events[0], case_).toMatchObject({
          uid: `meeting-${fixture.id}@pike-portaali`,
          summary: fixture.title,
          status: status === "PLANNED" ? "TENTATIVE" : "CONFIRMED",
        });
      }
    }
  });

  it("is a 404 for unknown and malformed ids", async () => {
    for (const id of [randomUUID(), "abc", "../../etc/passwd"]) {
      const res = await ics(id, coordinatorCookie);
      expect(res.status, id).toBe(404);
    }
  });
});
