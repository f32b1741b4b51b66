// Decisions and action items through their server actions against a real
// database: carry-over from meeting to meeting (done / carried on / undo),
// the action items page's filters, owners marking their own done, visibility
// by meeting status, bad input answered with field messages while nothing is
// written, and the permission matrix of every mutation. Only the request's
// plumbing is stood in for: headers, cache and redirect, and Auth.js's
// auth(), which reads a real Session row (support/stub-auth-config.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  closeActionItemAction,
  createActionItemAction,
  deleteActionItemAction,
  reviewActionItemAction,
  updateActionItemAction,
} from "@/lib/action-items/actions";
import { createDecisionAction, deleteDecisionAction, updateDecisionAction } from "@/lib/decisions/actions";
import { getDecisionsEditor, listPreviousActionItems } from "@/lib/action-items/data";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { MeetingStatus, Role } from "@/lib/db/enums";
import type { FormState } from "@/lib/http/form-state";
import { crossOrigin, request, sameOrigin, sameOriginWithCookie } from "./support/request";
import { submit, type Action, type Outcome } from "./support/server-actions";
import { sessionCookie } from "./support/session-cookie";
import { allActionItems } from "./support/action-items";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

/** This file's forms have no repeated fields. */
type Values = Record<string, string | undefined>;

const uniq = () => randomUUID().slice(0, 8);
const DAY = 24 * 3600 * 1000;
/** yyyy-mm-dd, `days` from today in Helsinki. */
const helsinkiDay = (days: number) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki", dateStyle: "short" }).format(
    new Date(Date.now() + days * DAY),
  );

let db: Db;
const createdMeetings: string[] = [];
const createdUsers: string[] = [];
let libs: Record<"jyvaskyla" | "muurame" | "valkeakoski", string>;

type Cast = {
  coordinator: Actor;
  admin: Actor;
  /** hanna@jkl.fi, STEERING of Jyväskylä */
  steering: Actor;
  /** A steering member who is the secretary of the meetings made here. */
  secretary: Actor;
  supervisor: Actor;
  staff: Actor;
  /** Staff of Jyväskylä, for "my library's". */
  jklStaff: Actor;
};
let cast: Cast;

async function actorOf(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, roles: true, libraryId: true },
  });
  return { id: user.id, roles: user.roles, libraryId: user.libraryId };
}

async function newUser(library: keyof typeof libs, roles: Role[], prefix: string): Promise<Actor> {
  const user = await db.user.create({
    data: { email: `${prefix}-${uniq()}@example.fi`, name: `${prefix} ${uniq()}`, roles, libraryId: libs[library] },
    select: { id: true, roles: true, libraryId: true },
  });
  createdUsers.push(user.id);
  return { id: user.id, roles: user.roles, libraryId: user.libraryId };
}

// Meetings of this file live in 2041, one week apart in the order made, so the
// order of meetings (which carry-over follows) is the order of the test.
let weeks = 0;
type TestMeeting = { id: string; opening: string; previous: string; topic: string };

async function meeting(status: MeetingStatus = "AGENDA_PUBLISHED"): Promise<TestMeeting> {
  const startsAt = new Date(Date.UTC(2041, 0, 8, 10) + weeks++ * 7 * DAY);
  const created = await db.meeting.create({
    data: {
      title: `Toimenpidetesti ${uniq()}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000),
      status,
      secretaryId: cast.secretary.id,
      agendaItems: {
        create: [
          { position: 1, kind: "OPENING", title: "Kokouksen avaus" },
          { position: 2, kind: "PREVIOUS_ACTIONS", title: "Edellisen kokouksen toimenpiteet" },
          { position: 3, title: "Toimintasuunnitelma" },
        ],
      },
    },
    select: { id: true, agendaItems: { select: { id: true, position: true }, orderBy: { position: "asc" } } },
  });
  createdMeetings.push(created.id);
  const [opening, previous, topic] = created.agendaItems.map((i) => i.id) as [string, string, string];
  return { id: created.id, opening, previous, topic };
}

const setStatus = (m: TestMeeting, status: MeetingStatus) =>
  db.meeting.update({ where: { id: m.id }, data: { status } });

/** An action item made through the form as the coordinator; returns its id. */
async function addItem(m: TestMeeting, values: Values = {}): Promise<string> {
  const title = values.title ?? `Toimenpide ${uniq()}`;
  const outcome = await submit(createActionItemAction, cast.coordinator, {
    meetingId: m.id,
    agendaItemId: m.topic,
    owner: `user:${cast.steering.id}`,
    dueDate: helsinkiDay(30),
    ...values,
    title,
  });
  expect(outcome.state?.status, JSON.stringify(outcome.state)).toBe("saved");
  return (await db.actionItem.findFirstOrThrow({ where: { originMeetingId: m.id, title }, select: { id: true } })).id;
}

async function addDecision(m: TestMeeting, text = `Päätös ${uniq()}`): Promise<string> {
  const outcome = await submit(createDecisionAction, cast.coordinator, {
    meetingId: m.id,
    agendaItemId: m.topic,
    text,
  });
  expect(outcome.state?.status, JSON.stringify(outcome.state)).toBe("saved");
  return (await db.decision.findFirstOrThrow({ where: { meetingId: m.id, text }, select: { id: true } })).id;
}

const review = (actor: Actor | null, m: TestMeeting, actionItemId: string, intent: string, newDueDate?: string) =>
  submit(reviewActionItemAction, actor, { meetingId: m.id, actionItemId, intent, newDueDate });

/** Every row a refused form must leave as it was. */
async function writes() {
  const [decisions, actionItems, reviews, audits, jobs] = await Promise.all([
    db.decision.findMany({ select: { id: true, text: true, agendaItemId: true }, orderBy: { id: "asc" } }),
    db.actionItem.findMany({
      select: {
        id: true,
        title: true,
        description: true,
        ownerUserId: true,
        ownerLibraryId: true,
        ownerName: true,
        dueDate: true,
        status: true,
        closedInMeetingId: true,
        closedAt: true,
      },
      orderBy: { id: "asc" },
    }),
    db.actionItemReview.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
    db.job.count(),
  ]);
  return { decisions, actionItems, reviews, audits, jobs };
}

async function expectNothingWritten(work: () => Promise<Outcome>): Promise<FormState> {
  const before = await writes();
  const outcome = await work();
  expect(outcome.redirect).toBeUndefined();
  expect(outcome.state?.status).toBe("error");
  expect(await writes()).toEqual(before);
  return outcome.state!;
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  const bySlug = async (slug: string) => (await db.library.findUniqueOrThrow({ where: { slug } })).id;
  libs = {
    jyvaskyla: await bySlug("jyvaskyla"),
    muurame: await bySlug("muurame"),
    valkeakoski: await bySlug("valkeakoski"),
  };
  cast = {
    coordinator: await actorOf("juli@tampere.fi"),
    admin: await actorOf("admin@tampere.fi"),
    steering: await actorOf("hanna@jkl.fi"),
    supervisor: await actorOf("esihenkilo@muurame.fi"),
    staff: await actorOf("marju@valkeakoski.fi"),
    secretary: { id: "", roles: [], libraryId: null },
    jklStaff: { id: "", roles: [], libraryId: null },
  };
  cast.secretary = await newUser("valkeakoski", ["STEERING"], "sihteeri");
  cast.jklStaff = await newUser("jyvaskyla", ["STAFF"], "jkl-tyontekija");
});
afterAll(async () => {
  await db.meeting.deleteMany({ where: { id: { in: createdMeetings } } });
  await db.user.deleteMany({ where: { id: { in: createdUsers } } });
  await db.$disconnect();
});
beforeEach(() => {
  request.headers = sameOrigin();
});

describe("carry-over from meeting to meeting", () => {
  it("shows an open item in the next meeting, carried on in the one after, and done no more after it", async () => {
    const a = await meeting();
    const b = await meeting();
    const c = await meeting();
    const d = await meeting();
    const x = await addItem(a, { title: `Jatkuva ${uniq()}` });
    const y = await addItem(a, { title: `Tehtävä ${uniq()}` });

    // Not in its own meeting; in the next one, not yet reviewed, with the buttons.
    expect((await listPreviousActionItems(cast.coordinator, a.id))!.map((i) => i.id)).not.toContain(x);
    const inB = (await listPreviousActionItems(cast.coordinator, b.id))!;
    expect(inB.find((i) => i.id === x)).toMatchObject({
      status: "OPEN",
      reviewHere: null,
      choices: { done: true, carryOn: true, undo: false },
      originMeeting: { id: a.id },
    });

    // In B: X carries on with a new due date, Y is done.
    const newDue = helsinkiDay(60);
    expect((await review(cast.secretary, b, x, "carryOn", newDue)).state).toMatchObject({
      status: "saved",
      notice: { key: "actionItems.notice.carriedOn" },
    });
    expect((await review(cast.coordinator, b, y, "done")).state?.status).toBe("saved");

    const xRow = await db.actionItem.findUniqueOrThrow({ where: { id: x }, include: { reviews: true } });
    expect(xRow).toMatchObject({ status: "OPEN", closedInMeetingId: null });
    expect(xRow.dueDate?.toISOString().slice(0, 10)).toBe(newDue);
    expect(xRow.reviews.map((r) => [r.meetingId, r.outcome, r.newDueDate?.toISOString().slice(0, 10)])).toEqual([
      [b.id, "CARRIED_ON", newDue],
    ]);
    expect(xRow.reviews[0]!.reviewedById).toBe(cast.secretary.id);
    const yRow = await db.actionItem.findUniqueOrThrow({ where: { id: y } });
    expect(yRow).toMatchObject({ status: "DONE", closedInMeetingId: b.id });
    expect(yRow.closedAt).toBeInstanceOf(Date);

    // B keeps its record of both.
    const reviewedB = (await listPreviousActionItems(cast.coordinator, b.id))!;
    expect(reviewedB.find((i) => i.id === x)?.reviewHere).toMatchObject({ outcome: "CARRIED_ON" });
    expect(reviewedB.find((i) => i.id === y)).toMatchObject({
      status: "DONE",
      closedInMeeting: { id: b.id },
      choices: { done: false, carryOn: false, undo: true },
    });

    // C: X again (with its history), Y no more.
    const inC = (await listPreviousActionItems(cast.coordinator, c.id))!;
    expect(inC.map((i) => i.id)).toContain(x);
    expect(inC.map((i) => i.id)).not.toContain(y);
    expect(inC.find((i) => i.id === x)!.carriedOnIn.map((m) => m.id)).toEqual([b.id]);

    // Done in C: recorded there; D no longer shows it, C and B still do (history).
    expect((await review(cast.coordinator, c, x, "done")).state?.status).toBe("saved");
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: x } })).toMatchObject({
      status: "DONE",
      closedInMeetingId: c.id,
    });
    expect((await listPreviousActionItems(cast.coordinator, d.id))!.map((i) => i.id)).not.toContain(x);
    expect((await listPreviousActionItems(cast.coordinator, c.id))!.find((i) => i.id === x)?.closedInMeeting?.id).toBe(
      c.id,
    );
    expect((await listPreviousActionItems(cast.coordinator, b.id))!.map((i) => i.id)).toContain(x);

    // B's carry-on can no longer be changed: C has built on it.
    const refused = await expectNothingWritten(() => review(cast.coordinator, b, x, "undo"));
    expect(refused.formError).toBe("actionItems.error.reviewedLater");

    // Undo of the done in C, while C is still editable: open again, back in D.
    expect((await review(cast.coordinator, c, x, "undo")).state?.notice?.key).toBe("actionItems.notice.undone");
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: x } })).toMatchObject({
      status: "OPEN",
      closedInMeetingId: null,
      closedAt: null,
    });
    expect(await db.actionItemReview.count({ where: { actionItemId: x, meetingId: c.id } })).toBe(0);
    expect((await listPreviousActionItems(cast.coordinator, d.id))!.map((i) => i.id)).toContain(x);

    // Every step is audited.
    const actions = await db.auditEvent.findMany({
      where: { entityId: x },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "actionItem.create",
      "actionItem.review.carryOn",
      "actionItem.review.done",
      "actionItem.review.undo",
    ]);
  });

  it("undoes a carry-on to the due date before the meeting, and replaces it by done", async () => {
    const a = await meeting();
    const b = await meeting();
    const originalDue = helsinkiDay(20);
    const x = await addItem(a, { dueDate: originalDue });
    await review(cast.coordinator, b, x, "carryOn", helsinkiDay(40));
    // Carried on twice in the same meeting: still one record, the original due date kept for undo.
    await review(cast.coordinator, b, x, "carryOn", helsinkiDay(50));
    expect(await db.actionItemReview.findMany({ where: { actionItemId: x } })).toHaveLength(1);
    expect((await review(cast.coordinator, b, x, "undo")).state?.status).toBe("saved");
    const undone = await db.actionItem.findUniqueOrThrow({ where: { id: x } });
    expect(undone.dueDate?.toISOString().slice(0, 10)).toBe(originalDue);
    expect(await db.actionItemReview.count({ where: { actionItemId: x } })).toBe(0);

    // Carry on without a date keeps the due date; done afterwards replaces the carry-on.
    await review(cast.coordinator, b, x, "carryOn", helsinkiDay(70));
    await review(cast.coordinator, b, x, "done");
    const done = await db.actionItem.findUniqueOrThrow({ where: { id: x }, include: { reviews: true } });
    expect(done.dueDate?.toISOString().slice(0, 10)).toBe(originalDue);
    expect(done.reviews.map((r) => r.outcome)).toEqual(["DONE"]);
  });

  it("locks the review once the meeting's minutes are approved", async () => {
    const a = await meeting();
    const b = await meeting();
    const x = await addItem(a);
    await review(cast.coordinator, b, x, "done");
    await setStatus(b, "MINUTES_APPROVED");
    for (const intent of ["undo", "done", "carryOn"]) {
      const state = await expectNothingWritten(() => review(cast.coordinator, b, x, intent));
      expect(state.formError).toBe("actionItems.error.locked");
    }
    expect((await listPreviousActionItems(cast.coordinator, b.id))!.find((i) => i.id === x)?.choices).toBeNull();
  });

  it("carries the seeded spring item over: closed in 3/2023, or carried on there and shown on 4/2023", async () => {
    const byTitle = (title: string) => db.meeting.findFirstOrThrow({ where: { title }, select: { id: true } });
    const spring = await byTitle("Ohjausryhmän kokous 2/2023");
    const autumn = await byTitle("Ohjausryhmän kokous 3/2023");
    const next = await byTitle("Ohjausryhmän kokous 4/2023");
    const inAutumn = (await listPreviousActionItems(cast.steering, autumn.id))!;
    const fromSpring = inAutumn.filter((i) => i.originMeeting.id === spring.id);
    expect(fromSpring.length).toBeGreaterThanOrEqual(2);
    expect(fromSpring.some((i) => i.status === "DONE" && i.closedInMeeting?.id === autumn.id)).toBe(true);
    const carried = fromSpring.find((i) => i.reviewHere?.outcome === "CARRIED_ON");
    expect(carried?.owner).toMatchObject({ type: "LIBRARY", id: libs.jyvaskyla });

    const inNext = (await listPreviousActionItems(cast.steering, next.id))!;
    const again = inNext.find((i) => i.id === carried!.id);
    expect(again?.carriedOnIn.map((m) => m.id)).toEqual([autumn.id]);
    // What was done in 3/2023 does not come up again; 3/2023's own open items do.
    expect(inNext.some((i) => i.originMeeting.id === spring.id && i.status === "DONE")).toBe(false);
    expect(inNext.some((i) => i.originMeeting.id === autumn.id && /doodle|kalenteri/i.test(i.title))).toBe(true);
  });
});

describe("the action items page", () => {
  it("filters mine, my library's, open and overdue", async () => {
    const m = await meeting();
    const tag = uniq();
    const hannas = await addItem(m, { title: `Hannan ${tag}` });
    const library = await addItem(m, { title: `Jyväskylän ${tag}`, owner: `library:${libs.jyvaskyla}` });
    const colleague = await addItem(m, { title: `Kollegan ${tag}`, owner: `user:${cast.jklStaff.id}` });
    const muurame = await addItem(m, { title: `Muuramen ${tag}`, owner: `library:${libs.muurame}` });
    const lateOwn = await addItem(m, { title: `Myöhässä ${tag}` });
    const doneOwn = await addItem(m, { title: `Tehty ${tag}` });
    // Due dates in the past cannot be set through the form: time has passed since.
    await db.actionItem.update({ where: { id: lateOwn }, data: { dueDate: new Date(`${helsinkiDay(-1)}T00:00:00Z`) } });
    await db.actionItem.update({ where: { id: doneOwn }, data: { status: "DONE", closedAt: new Date() } });
    const mine = [hannas, lateOwn, doneOwn];
    const ours = (rows: { id: string }[]) =>
      rows.map((r) => r.id).filter((id) => [...mine, library, colleague, muurame].includes(id));
    const hanna = cast.steering;

    expect(ours(await allActionItems(hanna, { status: "OPEN", ownerUserId: hanna.id })).sort()).toEqual(
      [hannas, lateOwn].sort(),
    );
    expect(ours(await allActionItems(hanna, { status: "ALL", ownerUserId: hanna.id })).sort()).toEqual(
      [...mine].sort(),
    );
    expect(ours(await allActionItems(hanna, { status: "DONE", ownerUserId: hanna.id }))).toEqual([doneOwn]);
    expect(ours(await allActionItems(hanna, { status: "OPEN", ownerLibraryId: libs.jyvaskyla })).sort()).toEqual(
      [hannas, lateOwn, library, colleague].sort(),
    );
    expect(ours(await allActionItems(hanna, { status: "OPEN", overdue: true }))).toEqual([lateOwn]);
    const late = (await allActionItems(hanna, { status: "OPEN", ownerUserId: hanna.id })).find((r) => r.id === lateOwn);
    expect(late).toMatchObject({ overdue: true, canClose: true, owner: { type: "USER", id: hanna.id } });
    const other = (await allActionItems(hanna, { status: "OPEN" })).find((r) => r.id === muurame);
    expect(other).toMatchObject({ canClose: false, owner: { type: "LIBRARY", id: libs.muurame } });
    expect(other?.owner?.type === "LIBRARY" && other.owner.name).toMatch(/Muurame/);
  });

  it("lets owners mark their own done, their library's for steering, not others'; coordinators any", async () => {
    const m = await meeting();
    const own = await addItem(m);
    const library = await addItem(m, { owner: `library:${libs.jyvaskyla}` });
    const muurame = await addItem(m, { owner: `library:${libs.muurame}` });
    const someoneElses = await addItem(m, { owner: `user:${cast.secretary.id}` });
    const staffs = await addItem(m, { owner: `user:${cast.jklStaff.id}` });
    const close = (actor: Actor | null, actionItemId: string) =>
      submit(closeActionItemAction, actor, { actionItemId, filters: "omat=1&tila=kaikki&evil=https://x" });

    const ok = await close(cast.steering, own);
    expect(ok.redirect).toBe("/toimenpiteet?omat=1&tila=kaikki&tehty=1");
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: own } })).toMatchObject({
      status: "DONE",
      closedInMeetingId: null,
    });
    expect((await close(cast.steering, library)).redirect).toMatch(/tehty=1/);

    for (const id of [muurame, someoneElses]) {
      const state = await expectNothingWritten(() => close(cast.steering, id));
      expect(state.formError).toBe("form.error.FORBIDDEN");
    }
    // Staff own theirs but may not mark them done (steering-group members and coordinators do).
    expect((await expectNothingWritten(() => close(cast.jklStaff, staffs))).formError).toBe("form.error.FORBIDDEN");
    expect((await expectNothingWritten(() => close(null, staffs))).formError).toBe("form.error.UNAUTHENTICATED");
    // Already done.
    expect((await expectNothingWritten(() => close(cast.steering, own))).formError).toBe("actionItems.error.notOpen");

    expect((await close(cast.coordinator, muurame)).redirect).toBe("/toimenpiteet?omat=1&tila=kaikki&tehty=1");
    expect((await close(cast.admin, someoneElses)).redirect).toBe("/toimenpiteet?omat=1&tila=kaikki&tehty=1");
    const closed = await db.actionItem.findMany({ where: { id: { in: [library, muurame, someoneElses] } } });
    expect(closed.map((row) => row.status)).toEqual(["DONE", "DONE", "DONE"]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: muurame, action: "actionItem.close" } });
    expect(audit.actorId).toBe(cast.coordinator.id);
  });
});

describe("visibility", () => {
  it("hides items of planned meetings from the steering group and of drafts from staff", async () => {
    const planned = await meeting();
    const draft = await meeting();
    const approved = await meeting();
    const p = await addItem(planned);
    const d = await addItem(draft);
    const a = await addItem(approved);
    await setStatus(planned, "PLANNED");
    await setStatus(draft, "MINUTES_DRAFT");
    await setStatus(approved, "MINUTES_APPROVED");
    const ids = async (actor: Actor | null) =>
      (await allActionItems(actor, { status: "ALL" })).map((r) => r.id).filter((id) => [p, d, a].includes(id));

    expect((await ids(cast.coordinator)).sort()).toEqual([p, d, a].sort());
    expect((await ids(cast.admin)).sort()).toEqual([p, d, a].sort());
    expect((await ids(cast.steering)).sort()).toEqual([d, a].sort());
    expect(await ids(cast.supervisor)).toEqual([a]);
    expect(await ids(cast.staff)).toEqual([a]);
    expect(await ids(null)).toEqual([]);

    // A later meeting's "previous action items" follow the same rule; invisible meetings do not exist.
    const later = await meeting();
    const prev = async (actor: Actor) =>
      (await listPreviousActionItems(actor, later.id))!.map((r) => r.id).filter((id) => [p, d, a].includes(id));
    expect((await prev(cast.coordinator)).sort()).toEqual([p, d, a].sort());
    expect((await prev(cast.steering)).sort()).toEqual([d, a].sort());
    expect(await listPreviousActionItems(cast.steering, planned.id)).toBeNull();
    expect(await listPreviousActionItems(cast.staff, later.id)).toBeNull();
    expect(await getDecisionsEditor(cast.staff, draft.id)).toBeNull();

    // An item of a meeting the actor may not see cannot be marked done either: it does not exist.
    const state = await expectNothingWritten(() =>
      submit(closeActionItemAction, cast.steering, { actionItemId: p, filters: "" }),
    );
    expect(state.fields).toEqual({ actionItemId: "actionItems.error.unknownActionItem" });
    // Nor reviewed by the secretary of a later meeting, who may write there but not see the planned one.
    const reviewInvisible = await expectNothingWritten(() => review(cast.secretary, later, p, "done"));
    expect(reviewInvisible.fields).toEqual({ actionItemId: "actionItems.error.unknownActionItem" });
  });

  it("names the meeting an item was closed in only to those who may see that meeting", async () => {
    const origin = await meeting();
    const closing = await meeting();
    const x = await addItem(origin);
    await review(cast.coordinator, closing, x, "done");
    await setStatus(origin, "MINUTES_APPROVED");
    const forStaff = (await allActionItems(cast.staff, { status: "DONE" })).find((r) => r.id === x);
    expect(forStaff).toMatchObject({ status: "DONE", closedInMeeting: null });
    const forSteering = (await allActionItems(cast.steering, { status: "DONE" })).find((r) => r.id === x);
    expect(forSteering?.closedInMeeting?.id).toBe(closing.id);
  });
});

describe("decisions and action items of a meeting", () => {
  it("adds, edits and removes a decision and an action item, audited", async () => {
    const m = await meeting();
    const decision = await addDecision(m, "Toimintasuunnitelma hyväksyttiin.");
    expect(
      (await submit(updateDecisionAction, cast.secretary, { meetingId: m.id, decisionId: decision, text: "Muutettu." }))
        .state?.notice?.key,
    ).toBe("actionItems.notice.saved");
    expect((await db.decision.findUniqueOrThrow({ where: { id: decision } })).text).toBe("Muutettu.");
    expect(
      (await submit(deleteDecisionAction, cast.coordinator, { meetingId: m.id, decisionId: decision })).redirect,
    ).toBe(`/kokoukset/${m.id}/paatokset?poistettu=paatos`);
    expect(await db.decision.count({ where: { id: decision } })).toBe(0);

    const item = await addItem(m, { owner: "name", ownerName: "Kirjastoauto Martin tiimi", description: "Tarkennus" });
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: item } })).toMatchObject({
      ownerName: "Kirjastoauto Martin tiimi",
      ownerUserId: null,
      ownerLibraryId: null,
      description: "Tarkennus",
      agendaItemId: m.topic,
    });
    const updated = await submit(updateActionItemAction, cast.coordinator, {
      meetingId: m.id,
      actionItemId: item,
      title: "Uusi otsikko",
      description: "",
      owner: `library:${libs.muurame}`,
      ownerName: "jää huomiotta",
      dueDate: "",
    });
    expect(updated.state?.status).toBe("saved");
    expect(await db.actionItem.findUniqueOrThrow({ where: { id: item } })).toMatchObject({
      title: "Uusi otsikko",
      description: null,
      ownerLibraryId: libs.muurame,
      ownerName: null,
      ownerUserId: null,
      dueDate: null,
    });
    expect(
      (await submit(deleteActionItemAction, cast.coordinator, { meetingId: m.id, actionItemId: item })).redirect,
    ).toBe(`/kokoukset/${m.id}/paatokset?poistettu=toimenpide`);
    const audits = await db.auditEvent.findMany({
      where: { entityId: { in: [decision, item] } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(audits).toEqual([
      { action: "decision.create", actorId: cast.coordinator.id },
      { action: "decision.update", actorId: cast.secretary.id },
      { action: "decision.delete", actorId: cast.coordinator.id },
      { action: "actionItem.create", actorId: cast.coordinator.id },
      { action: "actionItem.update", actorId: cast.coordinator.id },
      { action: "actionItem.delete", actorId: cast.coordinator.id },
    ]);
  });

  it("keeps a due date that has since passed when other fields are edited", async () => {
    const m = await meeting();
    const item = await addItem(m);
    const past = helsinkiDay(-3);
    await db.actionItem.update({ where: { id: item }, data: { dueDate: new Date(`${past}T00:00:00Z`) } });
    const outcome = await submit(updateActionItemAction, cast.coordinator, {
      meetingId: m.id,
      actionItemId: item,
      title: "Otsikko muuttuu",
      owner: `user:${cast.steering.id}`,
      dueDate: past,
    });
    expect(outcome.state?.status).toBe("saved");
  });
});

describe("bad input changes nothing and says what is wrong", () => {
  let m: TestMeeting;
  let other: TestMeeting;
  let decision: string;
  let otherDecision: string;
  let item: string;
  let otherItem: string;
  beforeAll(async () => {
    m = await meeting();
    other = await meeting();
    decision = await addDecision(m);
    otherDecision = await addDecision(other);
    item = await addItem(m);
    otherItem = await addItem(other);
  });
  const unknown = "00000000-0000-4000-8000-000000000000";

  it("refuses bad decisions", async () => {
    const create = (values: Values) =>
      expectNothingWritten(() =>
        submit(createDecisionAction, cast.coordinator, {
          meetingId: m.id,
          agendaItemId: m.topic,
          text: "Ok",
          ...values,
        }),
      );
    expect((await create({ text: "" })).fields).toEqual({ text: "validation.required" });
    expect((await create({ text: "   " })).fields).toEqual({ text: "validation.required" });
    expect((await create({ text: "x".repeat(5001) })).fields).toEqual({ text: "validation.tooLong" });
    expect((await create({ agendaItemId: unknown })).fields).toEqual({
      agendaItemId: "actionItems.error.unknownAgendaItem",
    });
    expect((await create({ agendaItemId: other.topic })).fields).toEqual({
      agendaItemId: "actionItems.error.unknownAgendaItem",
    });
    expect((await create({ agendaItemId: "kohta-3" })).fields).toEqual({ agendaItemId: "validation.invalid" });
    expect((await create({ meetingId: unknown })).formError).toBe("form.error.NOT_FOUND");
    expect((await create({ meetingId: "" })).fields).toEqual({ meetingId: "validation.required" });

    const update = (values: Values) =>
      expectNothingWritten(() =>
        submit(updateDecisionAction, cast.coordinator, {
          meetingId: m.id,
          decisionId: decision,
          text: "Ok",
          ...values,
        }),
      );
    expect((await update({ text: "" })).fields).toEqual({ text: "validation.required" });
    expect((await update({ text: "x".repeat(5001) })).fields).toEqual({ text: "validation.tooLong" });
    expect((await update({ decisionId: unknown })).fields).toEqual({ decisionId: "actionItems.error.unknownDecision" });
    expect((await update({ decisionId: otherDecision })).fields).toEqual({
      decisionId: "actionItems.error.unknownDecision",
    });

    const remove = (values: Values) =>
      expectNothingWritten(() => submit(deleteDecisionAction, cast.coordinator, { meetingId: m.id, ...values }));
    expect((await remove({ decisionId: unknown })).fields).toEqual({ decisionId: "actionItems.error.unknownDecision" });
    expect((await remove({ decisionId: otherDecision })).fields).toEqual({
      decisionId: "actionItems.error.unknownDecision",
    });
    expect((await remove({ decisionId: "" })).fields).toEqual({ decisionId: "validation.required" });
  });

  it("refuses bad action items", async () => {
    const valid = {
      meetingId: m.id,
      agendaItemId: m.topic,
      title: "Ok",
      owner: `user:${cast.steering.id}`,
      dueDate: helsinkiDay(10),
    };
    const create = (values: Values) =>
      expectNothingWritten(() => submit(createActionItemAction, cast.coordinator, { ...valid, ...values }));
    expect((await create({ title: "" })).fields).toEqual({ title: "validation.required" });
    expect((await create({ title: "x".repeat(301) })).fields).toEqual({ title: "validation.tooLong" });
    expect((await create({ description: "x".repeat(5001) })).fields).toEqual({ description: "validation.tooLong" });
    expect((await create({ dueDate: "31.12.2041" })).fields).toEqual({ dueDate: "actionItems.error.dueDate" });
    expect((await create({ dueDate: "2041-02-29" })).fields).toEqual({ dueDate: "actionItems.error.dueDate" });
    expect((await create({ dueDate: helsinkiDay(-1) })).fields).toEqual({ dueDate: "actionItems.error.dueDatePast" });
    expect((await create({ owner: "" })).fields).toEqual({ owner: "actionItems.error.ownerRequired" });
    expect((await create({ owner: `user:${unknown}` })).fields).toEqual({ owner: "actionItems.error.unknownOwner" });
    expect((await create({ owner: `library:${unknown}` })).fields).toEqual({ owner: "actionItems.error.unknownOwner" });
    expect((await create({ owner: "name", ownerName: "" })).fields).toEqual({
      ownerName: "actionItems.error.ownerNameRequired",
    });
    expect((await create({ owner: "name", ownerName: "x".repeat(201) })).fields).toEqual({
      ownerName: "validation.tooLong",
    });
    expect((await create({ agendaItemId: other.topic })).fields).toEqual({
      agendaItemId: "actionItems.error.unknownAgendaItem",
    });
    // Several field errors at once.
    expect(
      (await create({ agendaItemId: unknown, owner: `library:${unknown}`, dueDate: helsinkiDay(-2) })).fields,
    ).toEqual({
      agendaItemId: "actionItems.error.unknownAgendaItem",
      owner: "actionItems.error.unknownOwner",
      dueDate: "actionItems.error.dueDatePast",
    });
    expect((await create({ meetingId: unknown })).formError).toBe("form.error.NOT_FOUND");

    const update = (values: Values) =>
      expectNothingWritten(() =>
        submit(updateActionItemAction, cast.coordinator, { ...valid, actionItemId: item, ...values }),
      );
    expect((await update({ title: " " })).fields).toEqual({ title: "validation.required" });
    expect((await update({ actionItemId: unknown })).fields).toEqual({
      actionItemId: "actionItems.error.unknownActionItem",
    });
    expect((await update({ actionItemId: otherItem })).fields).toEqual({
      actionItemId: "actionItems.error.unknownActionItem",
    });
    expect((await update({ dueDate: helsinkiDay(-1) })).fields).toEqual({ dueDate: "actionItems.error.dueDatePast" });
    expect((await update({ owner: `user:${unknown}` })).fields).toEqual({ owner: "actionItems.error.unknownOwner" });

    const remove = (values: Values) =>
      expectNothingWritten(() => submit(deleteActionItemAction, cast.coordinator, { meetingId: m.id, ...values }));
    expect((await remove({ actionItemId: unknown })).fields).toEqual({
      actionItemId: "actionItems.error.unknownActionItem",
    });
    expect((await remove({ actionItemId: otherItem })).fields).toEqual({
      actionItemId: "actionItems.error.unknownActionItem",
    });
  });

  it("refuses removing an item a later meeting has reviewed", async () => {
    const later = await meeting();
    const reviewed = await addItem(m);
    await review(cast.coordinator, later, reviewed, "carryOn");
    const state = await expectNothingWritten(() =>
      submit(deleteActionItemAction, cast.coordinator, { meetingId: m.id, actionItemId: reviewed }),
    );
    expect(state.formError).toBe("actionItems.error.hasHistory");
  });

  it("refuses bad reviews", async () => {
    const later = await meeting();
    const fresh = await addItem(m);
    // Only items of earlier meetings are reviewed: not the meeting's own, nor a later one's.
    const ownItem = await addItem(later);
    expect((await expectNothingWritten(() => review(cast.coordinator, later, ownItem, "done"))).fields).toEqual({
      actionItemId: "actionItems.error.unknownActionItem",
    });
    expect((await expectNothingWritten(() => review(cast.coordinator, m, ownItem, "done"))).fields).toEqual({
      actionItemId: "actionItems.error.unknownActionItem",
    });
    expect((await expectNothingWritten(() => review(cast.coordinator, later, unknown, "carryOn"))).fields).toEqual({
      actionItemId: "actionItems.error.unknownActionItem",
    });
    expect(
      (await expectNothingWritten(() => review(cast.coordinator, later, fresh, "carryOn", helsinkiDay(-1)))).fields,
    ).toEqual({ newDueDate: "actionItems.error.dueDatePast" });
    expect(
      (await expectNothingWritten(() => review(cast.coordinator, later, fresh, "carryOn", "ensi viikolla"))).fields,
    ).toEqual({ newDueDate: "actionItems.error.dueDate" });
    expect((await expectNothingWritten(() => review(cast.coordinator, later, fresh, "delete"))).fields).toEqual({
      intent: "validation.invalid",
    });
    expect((await expectNothingWritten(() => review(cast.coordinator, later, fresh, "undo"))).fields).toEqual({
      actionItemId: "actionItems.error.notReviewed",
    });
    expect((await expectNothingWritten(() => review(cast.coordinator, later, "", "done"))).fields).toEqual({
      actionItemId: "validation.required",
    });
    // Done twice.
    await review(cast.coordinator, later, fresh, "done");
    expect((await expectNothingWritten(() => review(cast.coordinator, later, fresh, "done"))).formError).toBe(
      "actionItems.error.notOpen",
    );
    expect((await expectNothingWritten(() => review(cast.coordinator, later, fresh, "carryOn"))).formError).toBe(
      "actionItems.error.notOpen",
    );
  });

  it("refuses marking done an unknown or malformed id", async () => {
    for (const actionItemId of [unknown, "x", ""]) {
      const state = await expectNothingWritten(() =>
        submit(closeActionItemAction, cast.coordinator, { actionItemId, filters: "" }),
      );
      expect(Object.keys(state.fields ?? {})).toEqual(["actionItemId"]);
    }
  });

  it("locks an approved meeting and refuses a meeting still being planned", async () => {
    const approved = await meeting();
    const approvedDecision = await addDecision(approved);
    const approvedItem = await addItem(approved);
    await setStatus(approved, "MINUTES_APPROVED");
    const planned = await meeting("PLANNED");
    const cases: [Action, Values][] = [
      [createDecisionAction, { agendaItemId: approved.topic, text: "Myöhässä" }],
      [updateDecisionAction, { decisionId: approvedDecision, text: "Muutos" }],
      [deleteDecisionAction, { decisionId: approvedDecision }],
      [
        createActionItemAction,
        { agendaItemId: approved.topic, title: "Myöhässä", owner: `user:${cast.steering.id}`, dueDate: "" },
      ],
      [updateActionItemAction, { actionItemId: approvedItem, title: "Muutos", owner: `user:${cast.steering.id}` }],
      [deleteActionItemAction, { actionItemId: approvedItem }],
    ];
    for (const [action, values] of cases) {
      for (const actor of [cast.coordinator, cast.secretary]) {
        const state = await expectNothingWritten(() => submit(action, actor, { meetingId: approved.id, ...values }));
        expect(state.formError).toBe("actionItems.error.locked");
      }
    }
    const plannedState = await expectNothingWritten(() =>
      submit(createDecisionAction, cast.coordinator, { meetingId: planned.id, agendaItemId: planned.topic, text: "x" }),
    );
    expect(plannedState.formError).toBe("actionItems.error.notPublished");
  });

  it("refuses a cross-site form post", async () => {
    request.headers = crossOrigin();
    const before = await writes();
    await expect(
      submit(createDecisionAction, cast.coordinator, { meetingId: m.id, agendaItemId: m.topic, text: "Ok" }),
    ).rejects.toThrow();
    expect(await writes()).toEqual(before);
  });
});

describe("who may use each form", () => {
  type Who = "signedOut" | "staff" | "supervisor" | "steering" | "secretary" | "coordinator" | "admin";
  const who = (w: Who): Actor | null => (w === "signedOut" ? null : cast[w]);
  const WRITERS: Who[] = ["secretary", "coordinator", "admin"];
  // Staff and supervisors may not see a published agenda: for them the meeting does not exist.
  // hanna@jkl.fi (steering) may see it but is not its secretary.
  const REFUSED: [Who, string][] = [
    ["signedOut", "form.error.UNAUTHENTICATED"],
    ["staff", "form.error.NOT_FOUND"],
    ["supervisor", "form.error.NOT_FOUND"],
    ["steering", "form.error.FORBIDDEN"],
  ];
  type Submit = (actor: Actor | null) => Promise<Outcome>;

  /** Each case makes what it needs (as the coordinator), then hands back the submission to try. */
  const cases: Record<string, () => Promise<Submit>> = {
    createDecision: async () => {
      const m = await meeting();
      return (actor) => submit(createDecisionAction, actor, { meetingId: m.id, agendaItemId: m.topic, text: "Päätös" });
    },
    updateDecision: async () => {
      const m = await meeting();
      const decisionId = await addDecision(m);
      return (actor) => submit(updateDecisionAction, actor, { meetingId: m.id, decisionId, text: "Muutettu" });
    },
    deleteDecision: async () => {
      const m = await meeting();
      const decisionId = await addDecision(m);
      return (actor) => submit(deleteDecisionAction, actor, { meetingId: m.id, decisionId });
    },
    createActionItem: async () => {
      const m = await meeting();
      return (actor) =>
        submit(createActionItemAction, actor, {
          meetingId: m.id,
          agendaItemId: m.topic,
          title: "Tehtävä",
          owner: `library:${libs.jyvaskyla}`,
        });
    },
    updateActionItem: async () => {
      const m = await meeting();
      const actionItemId = await addItem(m);
      return (actor) =>
        submit(updateActionItemAction, actor, {
          meetingId: m.id,
          actionItemId,
          title: "Muutettu",
          owner: `library:${libs.jyvaskyla}`,
        });
    },
    deleteActionItem: async () => {
      const m = await meeting();
      const actionItemId = await addItem(m);
      return (actor) => submit(deleteActionItemAction, actor, { meetingId: m.id, actionItemId });
    },
    reviewDone: async () => {
      const a = await meeting();
      const b = await meeting();
      const x = await addItem(a);
      return (actor) => review(actor, b, x, "done");
    },
    reviewCarryOn: async () => {
      const a = await meeting();
      const b = await meeting();
      const x = await addItem(a);
      return (actor) => review(actor, b, x, "carryOn", helsinkiDay(90));
    },
    reviewUndo: async () => {
      const a = await meeting();
      const b = await meeting();
      const x = await addItem(a);
      await review(cast.coordinator, b, x, "done");
      return (actor) => review(actor, b, x, "undo");
    },
  };

  for (const [name, setUp] of Object.entries(cases)) {
    it(`${name}: the secretary, coordinators and admins; nobody else, and the refused write nothing`, async () => {
      for (const w of WRITERS) {
        const go = await setUp();
        const before = await writes();
        const outcome = await go(who(w));
        expect(outcome.state?.status === "saved" || outcome.redirect !== undefined, `${name} as ${w}`).toBe(true);
        // Accepted means written: a decision, an action item or a review changed, and the audit trail grew.
        const after = await writes();
        const { audits, jobs: _jobs, ...rows } = after;
        const { audits: auditsBefore, jobs: _jobsBefore, ...rowsBefore } = before;
        expect(rows, `${name} as ${w}`).not.toEqual(rowsBefore);
        expect(audits, `${name} as ${w}`).toBeGreaterThan(auditsBefore);
      }
      for (const [w, formError] of REFUSED) {
        const go = await setUp();
        const state = await expectNothingWritten(() => go(who(w)));
        expect(state.formError, `${name} as ${w}`).toBe(formError);
      }
    });
  }

  it("refuses staff on an approved meeting they may read", async () => {
    const approved = await meeting();
    await setStatus(approved, "MINUTES_APPROVED");
    const state = await expectNothingWritten(() =>
      submit(createDecisionAction, cast.staff, { meetingId: approved.id, agendaItemId: approved.topic, text: "x" }),
    );
    expect(state.formError).toBe("form.error.FORBIDDEN");
  });

  it("keeps meetings still being planned from the steering group, the secretary too: they do not exist", async () => {
    const planned = await meeting("PLANNED");
    const state = await expectNothingWritten(() =>
      submit(createDecisionAction, cast.secretary, { meetingId: planned.id, agendaItemId: planned.topic, text: "x" }),
    );
    expect(state.formError).toBe("form.error.NOT_FOUND");
  });

  it("closeActionItem: steering (own), coordinators and admins; not staff, supervisors or signed out", async () => {
    const m = await meeting();
    for (const [w, expected] of [
      ["signedOut", "form.error.UNAUTHENTICATED"],
      ["staff", "form.error.FORBIDDEN"],
      ["supervisor", "form.error.FORBIDDEN"],
    ] as [Who, string][]) {
      const actor = who(w);
      // Even an item they own themselves.
      const x = await addItem(m, { owner: actor ? `user:${actor.id}` : `library:${libs.muurame}` });
      const state = await expectNothingWritten(() =>
        submit(closeActionItemAction, actor, { actionItemId: x, filters: "" }),
      );
      expect(state.formError, w).toBe(expected);
    }
    for (const w of ["steering", "coordinator", "admin"] as Who[]) {
      const x = await addItem(m, { owner: `user:${who(w)!.id}` });
      const outcome = await submit(closeActionItemAction, who(w), { actionItemId: x, filters: "" });
      expect(outcome.redirect, w).toBe("/toimenpiteet?tehty=1");
    }
  });
});

// Every test above signs in through a real Session row (request.actor); these
// use the browser's cookie itself, for what only the session row can say.
describe("signed in with a session cookie", () => {
  const closeWith = async (cookie: string, actionItemId: string) => {
    request.headers = sameOriginWithCookie(cookie);
    return submit(closeActionItemAction, null, { actionItemId, filters: "" });
  };

  it("a coordinator's cookie closes anyone's item", async () => {
    const m = await meeting();
    const x = await addItem(m, { owner: `library:${libs.muurame}` });
    const outcome = await closeWith(await sessionCookie(db, cast.coordinator.id), x);
    expect(outcome.redirect).toBe("/toimenpiteet?tehty=1");
    expect((await db.actionItem.findUniqueOrThrow({ where: { id: x } })).status).toBe("DONE");
  });

  it("an expired session is signed out, and a removed one (signed out elsewhere) too", async () => {
    const m = await meeting();
    const x = await addItem(m, { owner: `library:${libs.muurame}` });
    const expired = await sessionCookie(db, cast.coordinator.id);
    await db.session.update({
      where: { sessionToken: expired.split("=")[1]! },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect((await expectNothingWritten(() => closeWith(expired, x))).formError).toBe("form.error.UNAUTHENTICATED");

    const removed = await sessionCookie(db, cast.coordinator.id);
    await db.session.delete({ where: { sessionToken: removed.split("=")[1]! } });
    expect((await expectNothingWritten(() => closeWith(removed, x))).formError).toBe("form.error.UNAUTHENTICATED");
  });

  it("roles are read from the user's row at each request: a coordinator demoted after signing in is refused", async () => {
    const m = await meeting();
    const x = await addItem(m, { owner: `library:${libs.muurame}` });
    const demoted = await newUser("jyvaskyla", ["COORDINATOR"], "alennettu");
    const cookie = await sessionCookie(db, demoted.id);
    await db.user.update({ where: { id: demoted.id }, data: { roles: ["STAFF"] } });
    expect((await expectNothingWritten(() => closeWith(cookie, x))).formError).toBe("form.error.FORBIDDEN");
    // Promoted back, the same cookie works again.
    await db.user.update({ where: { id: demoted.id }, data: { roles: ["COORDINATOR"] } });
    expect((await closeWith(cookie, x)).redirect).toBe("/toimenpiteet?tehty=1");
  });
});
