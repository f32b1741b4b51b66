// GET /api/action-items as a client sees it: the route handler called with
// real requests and session cookies (no proxy/middleware involved): the shape,
// the status and owner filters, 401 signed out, 422 for bad query values, and
// only items of meetings the caller may see, per role.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { MeetingStatus } from "@/lib/db/enums";
import { ORIGIN, request as current } from "./support/request";
import { sessionCookie } from "./support/session-cookie";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));

const { GET } = await import("@/app/api/action-items/route");

const DAY = 24 * 3600 * 1000;
const uniq = () => randomUUID().slice(0, 8);

let db: Db;
const createdMeetings: string[] = [];
const cookies: Record<string, string> = {};
const actors: Record<string, Actor> = {};
let jyvaskyla: string;
let muurame: string;

type ApiItem = {
  id: string;
  title: string;
  description: string | null;
  owner: { type: string; id: string | null; name: string } | null;
  dueDate: string | null;
  status: string;
  overdue: boolean;
  originMeeting: { id: string; title: string; startsAt: string };
  closedInMeeting: { id: string; title: string; startsAt: string } | null;
  closedAt: string | null;
  carriedOnIn: { id: string; title: string; startsAt: string }[];
};
type ApiError = { code: string; message: string; fields?: Record<string, string> };

async function get(query: string, who?: string) {
  const headers = new Headers({ host: "127.0.0.1:3000" });
  if (who) headers.set("cookie", cookies[who]!);
  current.headers = headers;
  const res = await GET(new Request(`${ORIGIN}/api/action-items${query}`, { headers }), {});
  return {
    status: res.status,
    body: (await res.json()) as { items?: ApiItem[]; nextCursor?: string | null; error?: ApiError },
  };
}

async function signIn(name: string, email: string) {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, roles: true, libraryId: true },
  });
  actors[name] = user;
  cookies[name] = await sessionCookie(db, user.id);
}

let weeks = 0;
async function meeting(status: MeetingStatus) {
  const startsAt = new Date(Date.UTC(2042, 0, 8, 10) + weeks++ * 7 * DAY);
  const created = await db.meeting.create({
    data: {
      title: `API-testi ${status} ${uniq()}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000),
      status,
      agendaItems: { create: [{ position: 1, title: "Asia" }] },
    },
    select: { id: true, title: true, startsAt: true, agendaItems: { select: { id: true } } },
  });
  createdMeetings.push(created.id);
  return { id: created.id, title: created.title, startsAt: created.startsAt, itemId: created.agendaItems[0]!.id };
}

type Meeting = Awaited<ReturnType<typeof meeting>>;
async function item(
  m: Meeting,
  data: {
    ownerUserId?: string;
    ownerLibraryId?: string;
    dueDate?: string;
    status?: "OPEN" | "DONE";
    closedIn?: string;
  },
) {
  return db.actionItem.create({
    data: {
      originMeetingId: m.id,
      agendaItemId: m.itemId,
      title: `API-toimenpide ${uniq()}`,
      ownerUserId: data.ownerUserId ?? null,
      ownerLibraryId: data.ownerLibraryId ?? null,
      ownerName: data.ownerUserId || data.ownerLibraryId ? null : "Joku",
      dueDate: data.dueDate ? new Date(`${data.dueDate}T00:00:00Z`) : null,
      status: data.status ?? "OPEN",
      closedAt: data.status === "DONE" ? new Date() : null,
      closedInMeetingId: data.closedIn ?? null,
    },
    select: { id: true, title: true },
  });
}

let planned: Meeting;
let draft: Meeting;
let approved: Meeting;
let later: Meeting;
const ids = {} as Record<"hannaOverdue" | "library" | "muurame" | "doneInLater" | "draft" | "planned", string>;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  await signIn("coordinator", "juli@tampere.fi");
  await signIn("admin", "admin@tampere.fi");
  await signIn("steering", "hanna@jkl.fi");
  await signIn("supervisor", "esihenkilo@muurame.fi");
  await signIn("staff", "marju@valkeakoski.fi");
  jyvaskyla = (await db.library.findUniqueOrThrow({ where: { slug: "jyvaskyla" } })).id;
  muurame = (await db.library.findUniqueOrThrow({ where: { slug: "muurame" } })).id;

  approved = await meeting("MINUTES_APPROVED");
  draft = await meeting("MINUTES_DRAFT");
  planned = await meeting("PLANNED");
  later = await meeting("AGENDA_PUBLISHED");
  ids.hannaOverdue = (await item(approved, { ownerUserId: actors.steering!.id, dueDate: "2020-01-31" })).id;
  ids.library = (await item(approved, { ownerLibraryId: jyvaskyla, dueDate: "2099-12-31" })).id;
  ids.muurame = (await item(approved, { ownerLibraryId: muurame })).id;
  ids.doneInLater = (await item(approved, { ownerUserId: actors.steering!.id, status: "DONE", closedIn: later.id })).id;
  ids.draft = (await item(draft, { ownerUserId: actors.steering!.id })).id;
  ids.planned = (await item(planned, { ownerUserId: actors.steering!.id })).id;
  await db.actionItemReview.create({
    data: { actionItemId: ids.library, meetingId: later.id, outcome: "CARRIED_ON", newDueDate: new Date("2099-12-31") },
  });
});
afterAll(async () => {
  await db.meeting.deleteMany({ where: { id: { in: createdMeetings } } });
  await db.session.deleteMany({ where: { sessionToken: { in: Object.values(cookies).map((c) => c.split("=")[1]!) } } });
  await db.$disconnect();
});

const ours = (items: ApiItem[] | undefined) =>
  (items ?? []).map((i) => i.id).filter((id) => Object.values(ids).includes(id));

describe("GET /api/action-items", () => {
  it("answers 401 in the common error format when signed out", async () => {
    const res = await get("?status=OPEN");
    expect(res.status).toBe(401);
    expect(res.body.error?.code).toBe("UNAUTHENTICATED");
  });

  it("answers 422 with field messages for bad query values", async () => {
    for (const [query, field] of [
      ["?status=open", "status"],
      ["?status=OPEN&status=DONE", "status"],
      ["?owner=someone", "owner"],
      ["?owner=library:muurame", "owner"],
      ["?owner=me&overdue=yes", "overdue"],
      ["?limit=0", "limit"],
      ["?limit=501", "limit"],
      ["?limit=2.5", "limit"],
      ["?cursor=-1", "cursor"],
      ["?cursor=abc", "cursor"],
    ] as const) {
      const res = await get(query, "steering");
      expect(res.status, query).toBe(422);
      expect(res.body.error?.code).toBe("VALIDATION_FAILED");
      expect(Object.keys(res.body.error?.fields ?? {})).toEqual([field]);
      // Field messages are English sentences, not catalogue keys.
      expect(res.body.error?.fields?.[field]).not.toMatch(/^actionItems\./);
    }
  });

  it("pages: following nextCursor gives every item once, in the order of the whole list", async () => {
    const all = await get("?limit=500", "coordinator");
    expect(all.status).toBe(200);
    expect(all.body.nextCursor).toBeNull();
    const whole = all.body.items!.map((i) => i.id);
    expect(whole.length).toBeGreaterThan(5);
    const paged: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`?limit=2${cursor === null ? "" : `&cursor=${cursor}`}`, "coordinator");
      expect(res.status).toBe(200);
      expect(res.body.items!.length).toBeLessThanOrEqual(2);
      paged.push(...res.body.items!.map((i) => i.id));
      cursor = res.body.nextCursor ?? null;
      pages += 1;
    } while (cursor !== null && pages < 1000);
    expect(paged).toEqual(whole);
    expect(pages).toBe(Math.ceil(whole.length / 2));
  });

  it("describes each item: owner, yyyy-mm-dd due date, overdue, origin and closing meeting", async () => {
    const res = await get("?status=OPEN", "steering");
    expect(res.status).toBe(200);
    const overdue = res.body.items!.find((i) => i.id === ids.hannaOverdue)!;
    expect(Object.keys(overdue).sort()).toEqual(
      [
        "carriedOnIn",
        "closedAt",
        "closedInMeeting",
        "description",
        "dueDate",
        "id",
        "originMeeting",
        "overdue",
        "owner",
        "status",
        "title",
      ].sort(),
    );
    expect(overdue).toMatchObject({
      owner: { type: "USER", id: actors.steering!.id, name: "Hanna" },
      dueDate: "2020-01-31",
      status: "OPEN",
      overdue: true,
      originMeeting: { id: approved.id, title: approved.title, startsAt: approved.startsAt.toISOString() },
      closedInMeeting: null,
      closedAt: null,
      carriedOnIn: [],
    });
    const library = res.body.items!.find((i) => i.id === ids.library)!;
    expect(library).toMatchObject({
      owner: { type: "LIBRARY", id: jyvaskyla },
      overdue: false,
      carriedOnIn: [{ id: later.id, title: later.title, startsAt: later.startsAt.toISOString() }],
    });
    const done = (await get("?status=DONE", "steering")).body.items!.find((i) => i.id === ids.doneInLater)!;
    expect(done).toMatchObject({ status: "DONE", overdue: false, closedInMeeting: { id: later.id } });
    expect(done.closedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("filters by status and owner (me, a user, a library with its people)", async () => {
    const hanna = actors.steering!.id;
    expect(ours((await get("?status=OPEN&owner=me", "steering")).body.items).sort()).toEqual(
      [ids.hannaOverdue, ids.draft].sort(),
    );
    expect(ours((await get("?status=DONE&owner=me", "steering")).body.items)).toEqual([ids.doneInLater]);
    expect(ours((await get(`?owner=${hanna}`, "coordinator")).body.items).sort()).toEqual(
      [ids.hannaOverdue, ids.doneInLater, ids.draft, ids.planned].sort(),
    );
    expect(ours((await get(`?status=OPEN&owner=library:${jyvaskyla}`, "steering")).body.items).sort()).toEqual(
      [ids.hannaOverdue, ids.library, ids.draft].sort(),
    );
    expect(ours((await get(`?owner=library:${muurame}`, "staff")).body.items)).toEqual([ids.muurame]);
    expect(ours((await get("?status=OPEN&overdue=true", "steering")).body.items)).toEqual([ids.hannaOverdue]);
    expect(ours((await get("?status=CANCELLED", "coordinator")).body.items)).toEqual([]);
    // An unknown (well-formed) owner owns nothing.
    expect((await get(`?owner=${randomUUID()}`, "coordinator")).body.items).toEqual([]);
  });

  it("lists only items of meetings the caller may see, per role", async () => {
    const all = [ids.hannaOverdue, ids.library, ids.muurame, ids.doneInLater];
    const expected: Record<string, string[]> = {
      coordinator: [...all, ids.draft, ids.planned],
      admin: [...all, ids.draft, ids.planned],
      steering: [...all, ids.draft],
      supervisor: all,
      staff: all,
    };
    for (const [who, want] of Object.entries(expected)) {
      const res = await get("", who);
      expect(res.status, who).toBe(200);
      expect(ours(res.body.items).sort(), who).toEqual([...want].sort());
    }
    // Staff may see the item, not the published agenda it was closed in.
    const forStaff = (await get("?status=DONE", "staff")).body.items!.find((i) => i.id === ids.doneInLater)!;
    expect(forStaff.closedInMeeting).toBeNull();
    const library = (await get("", "staff")).body.items!.find((i) => i.id === ids.library)!;
    expect(library.carriedOnIn).toEqual([]);
  });

  it("includes the seeded carry-over: Jyväskylä's item from 2/2023, carried on in 3/2023", async () => {
    const res = await get(`?status=OPEN&owner=library:${jyvaskyla}`, "steering");
    const spring = res.body.items!.find((i) => i.originMeeting.title === "Ohjausryhmän kokous 2/2023");
    expect(spring).toMatchObject({ owner: { type: "LIBRARY", id: jyvaskyla }, dueDate: "2023-10-31", overdue: true });
    expect(spring!.carriedOnIn.map((m) => m.title)).toEqual(["Ohjausryhmän kokous 3/2023"]);
  });
});
