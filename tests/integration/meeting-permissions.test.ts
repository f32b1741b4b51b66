// The permission matrix of steering-group meetings (issue 3): every caller —
// signed out, STAFF, SUPERVISOR, STEERING, the meeting's secretary (a steering
// member), COORDINATOR, ADMIN — against a meeting in every status, over every
// read (data loaders and API route handlers, file downloads, revisions, .ics
// and the personal feed) and every write (server actions). One table says who
// sees a meeting in which status; every expectation is derived from it and the
// issue's rules, so each case's name states what must happen.
//
// There is no proxy/middleware in the app (checked first), and the requests
// here go straight to the actions and route handlers with a real session
// cookie: whatever is refused is refused by the data layer itself. What a
// caller may not see must not exist for them: the same answer as for an id
// that does not exist, and nothing written.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  closeActionItemAction,
  createActionItemAction,
  deleteActionItemAction,
  reviewActionItemAction,
  updateActionItemAction,
} from "@/lib/action-items/actions";
import { createDecisionAction, deleteDecisionAction, updateDecisionAction } from "@/lib/decisions/actions";
import { getDecisionsEditor, listPreviousActionItems } from "@/lib/action-items/data";
import { findCalendarMeeting } from "@/lib/calendar/data";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { MeetingStatus } from "@/lib/db/enums";
import { idleForm, type FormState } from "@/lib/http/form-state";
import { addFileMaterialAction, addLinkMaterialAction, removeMaterialAction } from "@/lib/materials/actions";
import { getMaterialFileForActor, getMaterialForRemoval, getMaterialsForManagement } from "@/lib/materials/data";
import {
  addAgendaItemAction,
  changeMeetingStatusAction,
  deleteMeetingAction,
  moveAgendaItemAction,
  recordAttendanceAction,
  removeAgendaItemAction,
  updateAgendaItemAction,
  updateMeetingAction,
} from "@/lib/meetings/actions";
import { getMeetingForActor, listMeetingsForActor } from "@/lib/meetings/data";
import { getMeetingForEdit } from "@/lib/meetings/admin/data";
import { saveMinutesAction } from "@/lib/minutes/actions";
import { getMinutesEditor, getMinutesHistory } from "@/lib/minutes/data";
import { saveNewsRoundEntryAction } from "@/lib/news-round/actions";
import { getNewsRoundEntry, getNewsRoundOverview, listLibraryNewsRound } from "@/lib/news-round/data";
import {
  addPollOptionAction,
  answerPollAction,
  closePollAction,
  convertPollAction,
  createPollAction,
  removePollOptionAction,
  reopenPollAction,
} from "@/lib/polls/actions";
import { getPollForActor, listPollsForActor } from "@/lib/polls/data";
import { searchMeetings } from "@/lib/search/data";
import { GET as getActionItemsRoute } from "@/app/api/action-items/route";
import { GET as getPersonalFeedRoute } from "@/app/api/calendar/me/[token]/route";
import { GET as getMaterialRoute } from "@/app/api/materials/[id]/route";
import { GET as getMeetingIcsRoute } from "@/app/api/meetings/[id]/event.ics/route";
import { GET as getMeetingRoute } from "@/app/api/meetings/[id]/route";
import { GET as listMeetingsRoute } from "@/app/api/meetings/route";
import { GET as searchRoute } from "@/app/api/search/route";
import { pdfBytes } from "../support/material-files";
import {
  buildWorld,
  DUE_DATE,
  helsinkiInput,
  removeWorld,
  STATUSES,
  WHO,
  writeSnapshot,
  type MatrixMeeting,
  type Who,
  type World,
} from "./meeting-permissions-fixtures";
import { allActionItems } from "./support/action-items";
import { gatekeepers } from "./support/no-gatekeeper";

// The session cookie is resolved as Auth.js's database strategy does it (the
// Session row by token, unexpired, with its user): Auth.js itself cannot load
// outside Next. Server actions and route handlers read the same request headers.
const current = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("@/lib/auth/config", async () => {
  const { findActorBySessionToken } = await import("@/lib/auth/data");
  return {
    auth: async () => {
      const token = /(?:^|;\s*)authjs\.session-token=([^;]+)/.exec(current.headers.get("cookie") ?? "")?.[1];
      const actor = token ? await findActorBySessionToken(token) : null;
      return actor ? { user: actor } : null;
    },
  };
});
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(current.headers) }));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  cacheTag: () => undefined,
  cacheLife: () => undefined,
}));
const Redirect = vi.hoisted(
  () =>
    class Redirect extends Error {
      constructor(readonly url: string) {
        super(`redirect to ${url}`);
      }
    },
);
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));

// ───────────── the table ─────────────

/**
 * Who sees a meeting in each status (DESIGN.md §2, issue 3 item 3): PLANNED
 * coordinators only; the published agenda and the draft minutes also the
 * steering group; approved minutes every signed-in user of a member library.
 * Every expectation below is derived from this table.
 */
const VISIBLE: Record<MeetingStatus, readonly Who[]> = {
  PLANNED: ["COORDINATOR", "ADMIN"],
  AGENDA_PUBLISHED: ["STEERING", "SECRETARY", "COORDINATOR", "ADMIN"],
  MINUTES_DRAFT: ["STEERING", "SECRETARY", "COORDINATOR", "ADMIN"],
  MINUTES_APPROVED: ["STAFF", "SUPERVISOR", "STEERING", "SECRETARY", "COORDINATOR", "ADMIN"],
};

const sees = (who: Who, status: MeetingStatus) => VISIBLE[status].includes(who);
/** meeting.manage: details, agenda, materials, statuses, polls. */
const manages = (who: Who) => who === "COORDINATOR" || who === "ADMIN";
const inSteeringGroup = (who: Who) => who === "STEERING" || who === "SECRETARY";
/** Minutes are part of the meeting's record from MINUTES_DRAFT on (issue 3 item 3–4). */
const minutesShown = (status: MeetingStatus) => status === "MINUTES_DRAFT" || status === "MINUTES_APPROVED";
/** Approved minutes are locked until a coordinator reopens them. */
const locked = (status: MeetingStatus) => status === "MINUTES_APPROVED";
/** Coordinators' forms of a meeting they see, until its minutes are approved. */
const editsMeeting = (who: Who, status: MeetingStatus) => sees(who, status) && manages(who) && !locked(status);
/** Minutes, decisions and action items: coordinators and the secretary, agenda published or minutes in draft. */
const writesMinutes = (who: Who, status: MeetingStatus) =>
  sees(who, status) &&
  (manages(who) || who === "SECRETARY") &&
  (status === "AGENDA_PUBLISHED" || status === "MINUTES_DRAFT");
/** The minutes' writers: coordinators and the secretary, whatever the status (they wrote the drafts). */
const wroteMinutes = (who: Who) => manages(who) || who === "SECRETARY";
/**
 * The revision history (issue 9): every draft for the writers once there are
 * minutes to write; for others who read the minutes only the text as it
 * stands (approved: with who approved it); nothing otherwise.
 */
const historyView = (who: Who, status: MeetingStatus) =>
  !sees(who, status) || status === "PLANNED"
    ? null
    : wroteMinutes(who)
      ? "revisions"
      : minutesShown(status)
        ? "text"
        : null;
/** The news round: the steering group (own library) and coordinators, until the minutes are approved. */
const writesNews = (who: Who, status: MeetingStatus) =>
  sees(who, status) && (manages(who) || inSteeringGroup(who)) && !locked(status);
/** Marking an action item done: coordinators, and a steering member of the owner library (Jyväskylä: STEERING). */
const closesItem = (who: Who, status: MeetingStatus) => sees(who, status) && (manages(who) || who === "STEERING");
/** Polls exist for those who answer them. */
const readsPolls = (who: Who) => manages(who) || inSteeringGroup(who);

// ───────────── the world ─────────────

const ORIGIN = "http://127.0.0.1:3000";
const HOST = "127.0.0.1:3000";

let db: Db;
let world: World;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  world = await buildWorld(db);
});
afterAll(async () => {
  await removeWorld(db, world);
  await db.$disconnect();
});

const actorOf = (who: Who) => world.people[who].actor;
const uniq = () => randomUUID().slice(0, 8);

/** One result per caller, for loaders that list every meeting (asked once, checked per status). */
const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}

/** The request a browser would send: the caller's session cookie, same origin. */
function headersOf(who: Who): Headers {
  const headers = new Headers({ host: HOST, origin: ORIGIN });
  const cookie = world.people[who].cookie;
  if (cookie) headers.set("cookie", cookie);
  current.headers = headers;
  return headers;
}

type Handler<C> = (request: Request, ctx: C) => Promise<Response>;
const params = <T>(value: T) => ({ params: Promise.resolve(value) });

async function get<C>(handler: Handler<C>, url: string, ctx: C, who: Who) {
  const response = await handler(new Request(`${ORIGIN}${url}`, { headers: headersOf(who) }), ctx);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const uniqueIds = (ids: string[]) => [...new Set(ids)];

// ───────────── reads ─────────────

type Surface = {
  name: string;
  /** What the caller must get for a meeting in this status, from the table. */
  expected: (who: Who, status: MeetingStatus) => unknown;
  observe: (who: Who, meeting: MatrixMeeting) => Promise<unknown>;
};

const contains = (json: unknown, text: string) => JSON.stringify(json).includes(text);

const DATA_READS: Surface[] = [
  {
    name: "getMeetingForActor (page, print, API)",
    expected: (w, s) =>
      sees(w, s) ? { minutes: minutesShown(s), draft: false, coordinatorsOnly: manages(w), news: true } : null,
    observe: async (w, m) => {
      const meeting = await getMeetingForActor(actorOf(w), m.id);
      if (!meeting) return null;
      return {
        // Anywhere in the read model: written-ahead minutes must not leak before MINUTES_DRAFT.
        minutes: contains(meeting, m.words.minutes),
        draft: contains(meeting, m.words.draft),
        coordinatorsOnly:
          contains(meeting, m.coordinatorsOnlyId) || contains(meeting, `Luottamuksellinen ${world.key}`),
        news: meeting.newsRound.some((entry) => entry.id === m.newsEntryId),
      };
    },
  },
  {
    name: "listMeetingsForActor lists it",
    expected: (w, s) => sees(w, s),
    observe: async (w, m) => {
      const list = await once(`list:${w}`, () => listMeetingsForActor(actorOf(w)));
      return [...list.upcoming, ...list.past].some((meeting) => meeting.id === m.id);
    },
  },
  {
    name: "getMeetingForEdit (edit page)",
    expected: (w, s) => sees(w, s) && manages(w),
    observe: async (w, m) => (await getMeetingForEdit(actorOf(w), m.id)) !== null,
  },
  {
    name: "getMaterialsForManagement (materials page)",
    expected: (w, s) => sees(w, s) && manages(w),
    observe: async (w, m) => (await getMaterialsForManagement(actorOf(w), m.id)) !== null,
  },
  {
    name: "getMaterialForRemoval (removal page)",
    expected: (w, s) => sees(w, s) && manages(w),
    observe: async (w, m) => (await getMaterialForRemoval(actorOf(w), m.id, m.fileId)) !== null,
  },
  {
    name: "getMaterialFileForActor (download, MEETING file)",
    expected: (w, s) => sees(w, s),
    observe: async (w, m) => (await getMaterialFileForActor(actorOf(w), m.fileId)) !== null,
  },
  {
    name: "getMaterialFileForActor (download, COORDINATORS file)",
    expected: (w, s) => sees(w, s) && manages(w),
    observe: async (w, m) => (await getMaterialFileForActor(actorOf(w), m.coordinatorsOnlyId)) !== null,
  },
  {
    name: "getMinutesEditor (minutes page)",
    expected: (w, s) =>
      sees(w, s)
        ? {
            minutes: writesMinutes(w, s) || minutesShown(s),
            draft: false,
            // Who saved last, and how often: the writers' only.
            revisions: historyView(w, s) === "revisions",
          }
        : null,
    observe: async (w, m) => {
      const editor = await getMinutesEditor(actorOf(w), m.id);
      if (!editor) return null;
      const opening = editor.items.find((item) => item.id === m.itemIds[0]);
      return {
        minutes: contains(editor, m.words.minutes),
        draft: contains(editor, m.words.draft),
        revisions: editor.historyVisible && opening?.revisionCount === 2 && opening.latestRevision !== null,
      };
    },
  },
  {
    name: "getMinutesHistory (revisions page)",
    expected: (w, s) => {
      const view = historyView(w, s);
      // Under the old rule every member read both revisions of approved minutes, the draft included.
      return view ? { view, minutes: true, draft: view === "revisions", approval: s === "MINUTES_APPROVED" } : null;
    },
    observe: async (w, m) => {
      const history = await getMinutesHistory(actorOf(w), m.id, m.itemIds[0]);
      if (!history) return null;
      return {
        view: history.view,
        minutes: contains(history, m.words.minutes),
        draft: contains(history, m.words.draft),
        approval: history.approval !== null,
      };
    },
  },
  {
    name: "getDecisionsEditor (decisions page)",
    expected: (w, s) => (sees(w, s) ? { canWrite: writesMinutes(w, s), decision: true, actionItem: true } : null),
    observe: async (w, m) => {
      const editor = await getDecisionsEditor(actorOf(w), m.id);
      if (!editor) return null;
      return {
        canWrite: editor.canWrite,
        decision: editor.decisions.some((d) => d.id === m.decisionId),
        actionItem: editor.actionItems.some((a) => a.id === m.actionItemId),
      };
    },
  },
  {
    name: "listPreviousActionItems of this meeting (review buttons)",
    expected: (w, s) => (sees(w, s) ? { listed: true, reviewable: writesMinutes(w, s) } : null),
    observe: async (w, m) => {
      const items = await listPreviousActionItems(actorOf(w), m.id);
      if (!items) return null;
      const earlier = items.find((item) => item.id === world.before.actionItemId);
      return { listed: !!earlier, reviewable: !!earlier?.choices };
    },
  },
  {
    name: "listPreviousActionItems of a later meeting shows its action item",
    expected: (w, s) => sees(w, s),
    observe: async (w, m) => {
      const items = await once(`previous:${w}`, () => listPreviousActionItems(actorOf(w), world.after.id));
      return (items ?? []).some((item) => item.id === m.actionItemId);
    },
  },
  {
    name: "listActionItemsPage (action items page) shows its action item",
    expected: (w, s) => sees(w, s),
    observe: async (w, m) => {
      const items = await once(`actionItems:${w}`, () => allActionItems(actorOf(w), { status: "ALL" }));
      return items.some((item) => item.id === m.actionItemId);
    },
  },
  {
    name: "getNewsRoundEntry (own library's form)",
    expected: (w, s) => sees(w, s) && (manages(w) || inSteeringGroup(w)),
    observe: async (w, m) => {
      const actor = actorOf(w);
      return (await getNewsRoundEntry(actor, m.id, actor?.libraryId ?? world.libraries.muurame)) !== null;
    },
  },
  {
    name: "getNewsRoundEntry (another library's entry)",
    expected: (w, s) => sees(w, s) && manages(w),
    observe: async (w, m) => (await getNewsRoundEntry(actorOf(w), m.id, world.libraries.muurame)) !== null,
  },
  {
    name: "getNewsRoundOverview (who has reported)",
    expected: (w, s) => sees(w, s) && manages(w),
    observe: async (w, m) => (await getNewsRoundOverview(actorOf(w), m.id)) !== null,
  },
  {
    name: "listLibraryNewsRound (library page) shows its entry",
    expected: (w, s) => sees(w, s),
    observe: async (w, m) => {
      const entries = await once(`libraryNews:${w}`, () => listLibraryNewsRound(actorOf(w), "muurame"));
      return (entries ?? []).some((entry) => entry.id === m.newsEntryId);
    },
  },
  ...(["agenda", "minutes", "decision", "actionItem", "news"] as const).map((kind): Surface => ({
    name: `searchMeetings finds its ${kind} word`,
    expected: (w, s) => sees(w, s) && (kind !== "minutes" || minutesShown(s)),
    observe: async (w, m) => {
      const hits = await searchMeetings(actorOf(w), m.words[kind]);
      const ids = uniqueIds(hits.map((hit) => hit.meetingId));
      // A unique word: found in this meeting or nowhere.
      expect(ids.filter((id) => id !== m.id)).toEqual([]);
      return ids.includes(m.id);
    },
  })),
  {
    name: "findCalendarMeeting (.ics)",
    expected: (w, s) => sees(w, s),
    observe: async (w, m) => (await findCalendarMeeting(actorOf(w), m.id)) !== null,
  },
  {
    name: "getPollForActor (the poll for and of this meeting)",
    expected: (w, s) => (readsPolls(w) ? { forMeeting: sees(w, s), chosenMeeting: sees(w, s) } : null),
    observe: async (w, m) => {
      const poll = await getPollForActor(actorOf(w), m.pollId);
      if (!poll) return null;
      const leaked = contains(poll, m.title);
      return { forMeeting: !!poll.forMeeting && leaked, chosenMeeting: !!poll.chosenMeeting && leaked };
    },
  },
  {
    name: "listPollsForActor (the meeting a poll became)",
    expected: (w, s) => (readsPolls(w) ? sees(w, s) : null),
    observe: async (w, m) => {
      const polls = await once(`polls:${w}`, () => listPollsForActor(actorOf(w)));
      if (!polls) return null;
      const poll = [...polls.open, ...polls.closed].find((p) => p.id === m.pollId);
      return !!poll?.chosenMeeting;
    },
  },
];

/** An id nobody has: what "does not exist" looks like for this caller. */
async function unknownAnswer<C>(
  name: string,
  handler: Handler<C>,
  url: (id: string) => string,
  who: Who,
  ctx: (id: string) => C,
) {
  return once(`unknown:${name}:${who}`, async () => {
    const id = randomUUID();
    return get(handler, url(id), ctx(id), who);
  });
}

/** 200, or a 404 that says nothing an unknown id would not say. */
async function visibleOr404<C>(
  name: string,
  handler: Handler<C>,
  url: (id: string) => string,
  ctx: (id: string) => C,
  who: Who,
  id: string,
) {
  const response = await get(handler, url(id), ctx(id), who);
  if (response.status === 200) return { response, answer: { status: 200 } as Record<string, unknown> };
  const unknown = await unknownAnswer(name, handler, url, who, ctx);
  return { response, answer: { status: response.status, sameAsUnknownId: response.text === unknown.text } };
}

const NOT_FOUND = { status: 404, sameAsUnknownId: true };

const API_READS: Surface[] = [
  {
    name: "GET /api/meetings lists it",
    expected: (w, s) => (w === "signedOut" ? 401 : sees(w, s)),
    observe: async (w, m) => {
      const response = await once(`api:list:${w}`, () => get(listMeetingsRoute, "/api/meetings", params({}), w));
      if (response.status !== 200) return response.status;
      const body = JSON.parse(response.text) as { meetings: { id: string }[] };
      return body.meetings.some((meeting) => meeting.id === m.id);
    },
  },
  {
    name: "GET /api/meetings/{id}",
    expected: (w, s) =>
      sees(w, s) ? { status: 200, minutes: minutesShown(s), draft: false, coordinatorsOnly: manages(w) } : NOT_FOUND,
    observe: async (w, m) => {
      const { response, answer } = await visibleOr404(
        "meeting",
        getMeetingRoute,
        (id) => `/api/meetings/${id}`,
        (id) => params({ id }),
        w,
        m.id,
      );
      if (response.status !== 200) return answer;
      return {
        status: 200,
        minutes: response.text.includes(m.words.minutes),
        draft: response.text.includes(m.words.draft),
        coordinatorsOnly: response.text.includes(m.coordinatorsOnlyId),
      };
    },
  },
  {
    name: "GET /api/meetings/{id}/event.ics",
    expected: (w, s) => (sees(w, s) ? { status: 200, event: true } : NOT_FOUND),
    observe: async (w, m) => {
      const { response, answer } = await visibleOr404(
        "ics",
        getMeetingIcsRoute,
        (id) => `/api/meetings/${id}/event.ics`,
        (id) => params({ id }),
        w,
        m.id,
      );
      if (response.status !== 200) return answer;
      return { status: 200, event: response.text.includes(`UID:meeting-${m.id}@pike-portaali`) };
    },
  },
  {
    name: "GET /api/materials/{id} (MEETING file)",
    expected: (w, s) => (sees(w, s) ? { status: 200, attachment: true } : NOT_FOUND),
    observe: async (w, m) => {
      const { response, answer } = await visibleOr404(
        "material",
        getMaterialRoute,
        (id) => `/api/materials/${id}`,
        (id) => params({ id }),
        w,
        m.fileId,
      );
      if (response.status !== 200) return answer;
      return { status: 200, attachment: response.headers.get("content-disposition")?.startsWith("attachment") };
    },
  },
  {
    name: "GET /api/materials/{id} (COORDINATORS file)",
    expected: (w, s) => (sees(w, s) && manages(w) ? { status: 200 } : NOT_FOUND),
    observe: async (w, m) =>
      (
        await visibleOr404(
          "material",
          getMaterialRoute,
          (id) => `/api/materials/${id}`,
          (id) => params({ id }),
          w,
          m.coordinatorsOnlyId,
        )
      ).answer,
  },
  {
    name: "GET /api/action-items lists its action item",
    expected: (w, s) => (w === "signedOut" ? 401 : sees(w, s)),
    observe: async (w, m) => {
      const response = await once(`api:actionItems:${w}`, () =>
        get(getActionItemsRoute, "/api/action-items", params({}), w),
      );
      if (response.status !== 200) return response.status;
      return (JSON.parse(response.text) as { items: { id: string }[] }).items.some((i) => i.id === m.actionItemId);
    },
  },
  ...(["agenda", "minutes", "draft"] as const).map((kind): Surface => ({
    name: `GET /api/search?q= finds its ${kind} word`,
    // A superseded draft is no part of the record: search never finds it.
    expected: (w, s) => kind !== "draft" && sees(w, s) && (kind !== "minutes" || minutesShown(s)),
    observe: async (w, m) => {
      const response = await get(searchRoute, `/api/search?q=${m.words[kind]}`, params({}), w);
      expect(response.status).toBe(200);
      const ids = uniqueIds(
        (JSON.parse(response.text) as { hits: { meetingId: string }[] }).hits.map((h) => h.meetingId),
      );
      expect(ids.filter((id) => id !== m.id)).toEqual([]);
      return ids.includes(m.id);
    },
  })),
  {
    name: "GET /api/calendar/me/{token}.ics (personal feed) lists it",
    // Signed out there is no feed: a token nobody has is a 404.
    expected: (w, s) => (w === "signedOut" ? 404 : sees(w, s)),
    observe: async (w, m) => {
      const segment = `${world.people[w].calendarToken ?? "x".repeat(43)}.ics`;
      const response = await once(`api:feed:${w}`, () =>
        get(getPersonalFeedRoute, `/api/calendar/me/${segment}`, params({ token: segment }), w),
      );
      if (response.status !== 200) return response.status;
      return response.text.includes(`UID:meeting-${m.id}@pike-portaali`);
    },
  },
];

const show = (value: unknown) => JSON.stringify(value).replaceAll('"', "");

const readCases = (surfaces: Surface[]) =>
  surfaces.flatMap((surface) =>
    WHO.flatMap((who) =>
      STATUSES.map((status) => {
        const expected = surface.expected(who, status);
        return { label: `${surface.name} · ${who} · ${status} → ${show(expected)}`, surface, who, status, expected };
      }),
    ),
  );

// ───────────── writes ─────────────

type Values = Record<string, string | string[] | File | undefined>;
type Outcome = { state?: FormState; redirect?: string };
type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

function formData(values: Values): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

async function submit(action: Action, who: Who, values: Values): Promise<Outcome> {
  headersOf(who);
  try {
    return { state: await action(idleForm, formData(values)) };
  } catch (error) {
    if (error instanceof Redirect) return { redirect: error.url };
    throw error;
  }
}

const succeeded = (outcome: Outcome) => outcome.redirect !== undefined || outcome.state?.status === "saved";
/** What a refusal says, without the values the form echoes back. */
const refusal = (outcome: Outcome) => ({
  redirect: outcome.redirect,
  status: outcome.state?.status,
  formError: outcome.state?.formError,
  fields: outcome.state?.fields,
});

type Prepared = {
  values: Values;
  /** The same submission about something that does not exist; default: an unknown meetingId. */
  unknown?: Values;
  /** Puts back what a success changed, and removes what prepare created. */
  after?: (outcome: Outcome) => Promise<void>;
};

type WriteCase = {
  name: string;
  action: Action;
  allowed: (who: Who, status: MeetingStatus) => boolean;
  prepare: (meeting: MatrixMeeting) => Prepared | Promise<Prepared>;
};

const steeringId = () => world.people.STEERING.actor!.id;
const secretaryId = () => world.people.SECRETARY.actor!.id;

const NEXT_STATUS: Record<MeetingStatus, MeetingStatus> = {
  PLANNED: "AGENDA_PUBLISHED",
  AGENDA_PUBLISHED: "MINUTES_DRAFT",
  MINUTES_DRAFT: "MINUTES_APPROVED",
  MINUTES_APPROVED: "MINUTES_DRAFT",
};

async function extraAgendaItem(meetingId: string): Promise<string> {
  const last = await db.agendaItem.aggregate({ where: { meetingId }, _max: { position: true } });
  const item = await db.agendaItem.create({
    data: { meetingId, position: (last._max.position ?? 0) + 1, title: `Poistettava ${uniq()}` },
    select: { id: true },
  });
  return item.id;
}

const MEETING_WRITES: WriteCase[] = [
  {
    name: "updateMeetingAction",
    action: updateMeetingAction,
    allowed: editsMeeting,
    prepare: (m) => ({
      values: {
        meetingId: m.id,
        title: m.title,
        startsAt: helsinkiInput(m.startsAt),
        endsAt: helsinkiInput(m.endsAt),
        location: m.location,
        remoteUrl: "",
        chairId: "",
        secretaryId: secretaryId(),
        attendeeIds: [steeringId(), secretaryId()],
      },
    }),
  },
  {
    name: "recordAttendanceAction",
    action: recordAttendanceAction,
    allowed: editsMeeting,
    prepare: async (m) => {
      const where = { meetingId_userId: { meetingId: m.id, userId: steeringId() } };
      await db.meetingAttendance.update({ where, data: { status: "INVITED" } });
      return { values: { meetingId: m.id, [`attendance.${steeringId()}`]: "PRESENT" } };
    },
  },
  {
    name: "changeMeetingStatusAction (the next step; reopening approved minutes)",
    action: changeMeetingStatusAction,
    allowed: (w, s) => sees(w, s) && manages(w),
    prepare: (m) => ({
      values: {
        meetingId: m.id,
        status: NEXT_STATUS[m.status],
        reason: locked(m.status) ? "Korjataan päätöksen sanamuoto." : "",
        confirm: "yes",
      },
      after: async (outcome) => {
        if (!succeeded(outcome)) return;
        await db.meeting.update({
          where: { id: m.id },
          data: { status: m.status, approvedAt: m.status === "MINUTES_APPROVED" ? m.endsAt : null },
        });
      },
    }),
  },
  {
    name: "deleteMeetingAction (a meeting of its own in this status)",
    action: deleteMeetingAction,
    allowed: (w, s) => sees(w, s) && manages(w) && s === "PLANNED",
    prepare: async (m) => {
      const scratch = await db.meeting.create({
        data: {
          title: `Poistettava ${world.key} ${uniq()}`,
          startsAt: m.startsAt,
          endsAt: m.endsAt,
          status: m.status,
          agendaItems: { create: [{ position: 1, kind: "OPENING", title: "Kokouksen avaus" }] },
        },
        select: { id: true },
      });
      world.extraMeetings.push(scratch.id);
      return {
        values: { meetingId: scratch.id, confirm: "yes" },
        after: async () => {
          await db.meeting.deleteMany({ where: { id: scratch.id } });
        },
      };
    },
  },
  {
    name: "addAgendaItemAction",
    action: addAgendaItemAction,
    allowed: editsMeeting,
    prepare: (m) => {
      const title = `Lisätty kohta ${uniq()}`;
      return {
        values: { meetingId: m.id, title, body: "", presenterId: "", presenterName: "" },
        after: async () => {
          await db.agendaItem.deleteMany({ where: { meetingId: m.id, title } });
        },
      };
    },
  },
  {
    name: "updateAgendaItemAction",
    action: updateAgendaItemAction,
    allowed: editsMeeting,
    prepare: (m) => ({
      values: {
        meetingId: m.id,
        itemId: m.itemIds[1],
        title: "Talousarvio",
        body: "Käydään läpi talousarvio.",
        presenterId: "",
        presenterName: "",
      },
    }),
  },
  {
    name: "removeAgendaItemAction",
    action: removeAgendaItemAction,
    allowed: editsMeeting,
    prepare: async (m) => {
      const itemId = await extraAgendaItem(m.id);
      return {
        values: { meetingId: m.id, itemId, confirm: "yes" },
        after: async () => {
          await db.agendaItem.deleteMany({ where: { id: itemId } });
        },
      };
    },
  },
  {
    name: "moveAgendaItemAction",
    action: moveAgendaItemAction,
    allowed: editsMeeting,
    prepare: async (m) => {
      const items = await db.agendaItem.findMany({ where: { meetingId: m.id }, orderBy: { position: "asc" } });
      const last = items.at(-1)?.id === m.itemIds[1];
      return { values: { meetingId: m.id, itemId: m.itemIds[1], direction: last ? "up" : "down" } };
    },
  },
  {
    name: "addFileMaterialAction",
    action: addFileMaterialAction,
    allowed: editsMeeting,
    prepare: (m) => {
      const title = `Liite ${uniq()}`;
      return {
        values: {
          meetingId: m.id,
          agendaItemId: m.itemIds[1],
          visibility: "MEETING",
          title,
          file: new File([pdfBytes()], "liite.pdf", { type: "application/pdf" }),
        },
        after: async () => {
          await db.material.deleteMany({ where: { agendaItemId: m.itemIds[1], title } });
        },
      };
    },
  },
  {
    name: "addLinkMaterialAction",
    action: addLinkMaterialAction,
    allowed: editsMeeting,
    prepare: (m) => {
      const title = `Linkki ${uniq()}`;
      return {
        values: {
          meetingId: m.id,
          agendaItemId: m.itemIds[1],
          visibility: "MEETING",
          url: "https://pike.example.fi/liite",
          title,
        },
        after: async () => {
          await db.material.deleteMany({ where: { agendaItemId: m.itemIds[1], title } });
        },
      };
    },
  },
  {
    name: "removeMaterialAction",
    action: removeMaterialAction,
    allowed: editsMeeting,
    prepare: async (m) => {
      const material = await db.material.create({
        data: {
          agendaItemId: m.itemIds[1],
          kind: "LINK",
          title: "Poistettava linkki",
          url: "https://pike.example.fi/",
        },
        select: { id: true },
      });
      return {
        values: { meetingId: m.id, materialId: material.id, confirm: "yes" },
        after: async () => {
          await db.material.deleteMany({ where: { id: material.id } });
        },
      };
    },
  },
  {
    name: "saveMinutesAction",
    action: saveMinutesAction,
    allowed: writesMinutes,
    prepare: async (m) => {
      const latest = await db.minutesRevision.findFirst({
        where: { agendaItemId: m.itemIds[1] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true },
      });
      return {
        values: {
          meetingId: m.id,
          agendaItemId: m.itemIds[1],
          baseRevisionId: latest?.id ?? "",
          minutes: `Kirjattiin ${uniq()}.`,
        },
      };
    },
  },
  {
    name: "saveNewsRoundEntryAction (own library)",
    action: saveNewsRoundEntryAction,
    allowed: writesNews,
    prepare: (m) => ({ values: { meetingId: m.id, budget: `Budjetti ${uniq()}`, intent: "draft" } }),
  },
  {
    name: "saveNewsRoundEntryAction (another library: Muurame)",
    action: saveNewsRoundEntryAction,
    // Steering members write their own library's entry only; coordinators any (DESIGN §2).
    allowed: (w, s) => writesNews(w, s) && manages(w),
    // Submitted again as it is: a success leaves Muurame's entry (and its search word) as it was.
    prepare: (m) => ({
      values: {
        meetingId: m.id,
        libraryId: world.libraries.muurame,
        body: `Kuulumiset ${m.words.news}`,
        intent: "submit",
      },
    }),
  },
  {
    name: "createDecisionAction",
    action: createDecisionAction,
    allowed: writesMinutes,
    prepare: (m) => {
      const text = `Uusi päätös ${uniq()}`;
      return {
        values: { meetingId: m.id, agendaItemId: m.itemIds[1], text },
        after: async () => {
          await db.decision.deleteMany({ where: { meetingId: m.id, text } });
        },
      };
    },
  },
  {
    name: "updateDecisionAction",
    action: updateDecisionAction,
    allowed: writesMinutes,
    prepare: (m) => ({ values: { meetingId: m.id, decisionId: m.decisionId, text: m.decisionText } }),
  },
  {
    name: "deleteDecisionAction",
    action: deleteDecisionAction,
    allowed: writesMinutes,
    prepare: async (m) => {
      const decision = await db.decision.create({
        data: { meetingId: m.id, agendaItemId: m.itemIds[1], text: "Poistettava päätös" },
        select: { id: true },
      });
      return {
        values: { meetingId: m.id, decisionId: decision.id },
        after: async () => {
          await db.decision.deleteMany({ where: { id: decision.id } });
        },
      };
    },
  },
  {
    name: "createActionItemAction",
    action: createActionItemAction,
    allowed: writesMinutes,
    prepare: (m) => {
      const title = `Uusi toimenpide ${uniq()}`;
      return {
        values: {
          meetingId: m.id,
          agendaItemId: m.itemIds[1],
          title,
          description: "",
          owner: "name",
          ownerName: "Testaaja",
          dueDate: "",
        },
        after: async () => {
          await db.actionItem.deleteMany({ where: { originMeetingId: m.id, title } });
        },
      };
    },
  },
  {
    name: "updateActionItemAction",
    action: updateActionItemAction,
    allowed: writesMinutes,
    prepare: (m) => ({
      values: {
        meetingId: m.id,
        actionItemId: m.actionItemId,
        title: m.actionItemTitle,
        description: "",
        owner: `library:${world.libraries.jyvaskyla}`,
        ownerName: "",
        dueDate: DUE_DATE,
      },
    }),
  },
  {
    name: "deleteActionItemAction",
    action: deleteActionItemAction,
    allowed: writesMinutes,
    prepare: async (m) => {
      const item = await db.actionItem.create({
        data: { originMeetingId: m.id, agendaItemId: m.itemIds[1], title: "Poistettava toimenpide", ownerName: "X" },
        select: { id: true },
      });
      return {
        values: { meetingId: m.id, actionItemId: item.id },
        after: async () => {
          await db.actionItem.deleteMany({ where: { id: item.id } });
        },
      };
    },
  },
  ...(["carryOn", "done"] as const).map((intent): WriteCase => ({
    name: `reviewActionItemAction (${intent}: an earlier meeting's open item)`,
    action: reviewActionItemAction,
    allowed: writesMinutes,
    prepare: (m) => ({
      values: { intent, meetingId: m.id, actionItemId: world.before.actionItemId, newDueDate: "" },
      after: async () => {
        await db.actionItemReview.deleteMany({ where: { actionItemId: world.before.actionItemId } });
        await db.actionItem.update({
          where: { id: world.before.actionItemId },
          data: { status: "OPEN", closedInMeetingId: null, closedAt: null },
        });
      },
    }),
  })),
  {
    name: "reviewActionItemAction (undo: this meeting's review of an earlier item)",
    action: reviewActionItemAction,
    allowed: writesMinutes,
    prepare: async (m) => {
      await db.actionItemReview.create({
        data: { actionItemId: world.before.actionItemId, meetingId: m.id, outcome: "CARRIED_ON" },
      });
      return {
        values: { intent: "undo", meetingId: m.id, actionItemId: world.before.actionItemId },
        after: async () => {
          await db.actionItemReview.deleteMany({ where: { actionItemId: world.before.actionItemId } });
        },
      };
    },
  },
  {
    name: "closeActionItemAction (its action item, owned by Jyväskylä)",
    action: closeActionItemAction,
    allowed: closesItem,
    prepare: (m) => ({
      values: { actionItemId: m.actionItemId, filters: "" },
      unknown: { actionItemId: randomUUID(), filters: "" },
      after: async (outcome) => {
        if (!succeeded(outcome)) return;
        await db.actionItem.update({
          where: { id: m.actionItemId },
          data: { status: "OPEN", closedInMeetingId: null, closedAt: null },
        });
      },
    }),
  },
];

const writeCases = MEETING_WRITES.flatMap((writeCase) =>
  WHO.flatMap((who) =>
    STATUSES.map((status) => {
      const allowed = writeCase.allowed(who, status);
      const label = `${writeCase.name} · ${who} · ${status} → ${allowed ? "succeeds" : "refused, nothing written"}`;
      return { label, writeCase, who, status, allowed };
    }),
  ),
);

// Scheduling polls belong to no meeting status: who may answer them and who runs them.
type PollCase = {
  name: string;
  action: Action;
  allowed: (who: Who) => boolean;
  prepare: () => Prepared | Promise<Prepared>;
};

let optionDay = 0;
const reopen = async () => {
  await db.schedulingPoll.update({ where: { id: world.writePoll.id }, data: { status: "OPEN", closesAt: null } });
};
const idIn = (url: string | undefined) => /\/([0-9a-f-]{36})(?:[/?]|$)/.exec(url ?? "")?.[1];

const POLL_WRITES: PollCase[] = [
  {
    name: "createPollAction",
    action: createPollAction,
    allowed: manages,
    prepare: () => ({
      values: {
        title: `Seuraava kokous ${uniq()}`,
        description: "",
        forMeetingId: "",
        closesAt: "",
        optionDate: ["2032-10-01", "2032-10-02"],
        optionStart: ["10:00", "10:00"],
        optionEnd: ["12:00", "12:00"],
      },
      after: async (outcome) => {
        const id = idIn(outcome.redirect);
        if (id) await db.schedulingPoll.deleteMany({ where: { id } });
      },
    }),
  },
  {
    name: "answerPollAction",
    action: answerPollAction,
    allowed: readsPolls,
    prepare: () => ({
      values: { pollId: world.writePoll.id, [`answers.${world.writePoll.optionIds[0]}`]: "YES" },
    }),
  },
  {
    name: "addPollOptionAction",
    action: addPollOptionAction,
    allowed: manages,
    prepare: () => ({
      values: {
        pollId: world.writePoll.id,
        date: `2032-10-${String(++optionDay).padStart(2, "0")}`,
        start: "10:00",
        end: "11:00",
      },
      after: async () => {
        await db.pollOption.deleteMany({
          where: { pollId: world.writePoll.id, id: { notIn: world.writePoll.optionIds } },
        });
      },
    }),
  },
  {
    name: "removePollOptionAction",
    action: removePollOptionAction,
    allowed: manages,
    prepare: async () => {
      const option = await db.pollOption.create({
        data: {
          pollId: world.writePoll.id,
          startsAt: new Date("2032-09-20T09:00:00Z"),
          endsAt: new Date("2032-09-20T10:00:00Z"),
        },
        select: { id: true },
      });
      return {
        values: { pollId: world.writePoll.id, optionId: option.id, confirm: "yes" },
        after: async () => {
          await db.pollOption.deleteMany({ where: { id: option.id } });
        },
      };
    },
  },
  {
    name: "closePollAction",
    action: closePollAction,
    allowed: manages,
    prepare: () => ({ values: { pollId: world.writePoll.id }, after: reopen }),
  },
  {
    name: "reopenPollAction",
    action: reopenPollAction,
    allowed: manages,
    prepare: async () => {
      await db.schedulingPoll.update({ where: { id: world.writePoll.id }, data: { status: "CLOSED" } });
      return { values: { pollId: world.writePoll.id, closesAt: "" }, after: reopen };
    },
  },
  {
    name: "convertPollAction (the chosen option becomes a meeting)",
    action: convertPollAction,
    allowed: manages,
    prepare: () => ({
      values: {
        pollId: world.writePoll.id,
        optionId: world.writePoll.optionIds[0],
        title: `Kyselystä ${world.key} ${uniq()}`,
        location: "",
      },
      after: async (outcome) => {
        const id = idIn(outcome.redirect);
        if (id) await db.meeting.deleteMany({ where: { id } });
        await db.schedulingPoll.update({ where: { id: world.writePoll.id }, data: { chosenMeetingId: null } });
        await reopen();
      },
    }),
  },
];

const pollCases = POLL_WRITES.flatMap((pollCase) =>
  WHO.map((who) => {
    const allowed = pollCase.allowed(who);
    return {
      label: `${pollCase.name} · ${who} → ${allowed ? "succeeds" : "refused, nothing written"}`,
      pollCase,
      who,
      allowed,
    };
  }),
);

/**
 * The one check of every write: an allowed caller succeeds (and the audit
 * trail grows); anyone else is refused and nothing at all is written. Signed
 * out is always UNAUTHENTICATED; for a meeting the caller may not see, the
 * refusal is word for word the one for a meeting that does not exist.
 */
async function checkWrite(action: Action, who: Who, allowed: boolean, invisible: boolean, prepared: Prepared) {
  let outcome: Outcome = {};
  try {
    if (allowed) {
      const audits = await db.auditEvent.count();
      outcome = await submit(action, who, prepared.values);
      expect({ succeeded: succeeded(outcome), ...refusal(outcome) }, "allowed: a success").toMatchObject({
        succeeded: true,
      });
      expect(await db.auditEvent.count(), "a success is audited").toBeGreaterThan(audits);
      return;
    }
    const before = await writeSnapshot(db, world);
    outcome = await submit(action, who, prepared.values);
    expect(outcome.redirect, "a refusal never redirects as a success does").toBeUndefined();
    expect(outcome.state?.status).toBe("error");
    expect(outcome.state?.formError ?? Object.keys(outcome.state?.fields ?? {}).length).toBeTruthy();
    if (who === "signedOut") expect(outcome.state?.formError).toBe("form.error.UNAUTHENTICATED");
    if (invisible) {
      const unknownValues = prepared.unknown ?? { ...prepared.values, meetingId: randomUUID() };
      const unknown = await submit(action, who, unknownValues);
      expect(refusal(outcome), "the same refusal as for something that does not exist").toEqual(refusal(unknown));
    }
    expect(await writeSnapshot(db, world), "nothing written").toEqual(before);
  } finally {
    await prepared.after?.(outcome);
  }
}

// ───────────── the matrix ─────────────

describe("no proxy or middleware: every check below is the data layer's own", () => {
  it("has nothing in front of the routes that checks permissions (no middleware; the proxy only routes)", () => {
    // No middleware; proxy.ts only rewrites (ADR 23) and answers 404 for its internal pages.
    expect(gatekeepers()).toEqual({ files: ["proxy.ts"], refusals: ["status: 404"] });
  });
});

describe("reads through the data layer", () => {
  it.each(readCases(DATA_READS))("$label", async ({ surface, who, status, expected }) => {
    expect(await surface.observe(who, world.meetings[status])).toEqual(expected);
  });
});

describe("reads through the API route handlers", () => {
  it.each(readCases(API_READS))("$label", async ({ surface, who, status, expected }) => {
    expect(await surface.observe(who, world.meetings[status])).toEqual(expected);
  });
});

describe("writes through the server actions", () => {
  it.each(writeCases)("$label", async ({ writeCase, who, status, allowed }) => {
    const prepared = await writeCase.prepare(world.meetings[status]);
    await checkWrite(writeCase.action, who, allowed, !sees(who, status), prepared);
  });
});

describe("scheduling polls through the server actions", () => {
  it.each(pollCases)("$label", async ({ pollCase, who, allowed }) => {
    await checkWrite(pollCase.action, who, allowed, false, await pollCase.prepare());
  });
});
