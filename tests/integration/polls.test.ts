// Scheduling polls through their server actions against a real database:
// creating a poll, answering and changing answers, counting from the stored
// rows, closing, turning the chosen option into a meeting (once), bad input
// answered with field messages while nothing is written, and who may do what.
// Only the request's plumbing is stood in for: the request headers, Next's
// cache and redirect, and Auth.js's auth(), which reads the actor's real
// Session row (support/stub-auth-config.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { idleForm } from "@/lib/http/form-state";
import { STANDARD_AGENDA } from "@/lib/meetings/agenda-template";
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
import { answerPoll, closePoll, convertPollToMeeting, createPoll } from "@/lib/polls/mutations";
import { crossOrigin, request, sameOrigin } from "./support/request";
import { form, idFrom, submit, type Action, type Values } from "./support/server-actions";
import { uniq } from "./trainings-admin-fixtures";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

type People = {
  coordinator: Actor;
  admin: Actor;
  supervisor: Actor;
  staff: Actor;
  hanna: Actor;
  johanna: Actor;
  laila: Actor;
};
let db: Db;
let people: People;
let seededMeetingId: string;

async function actorOf(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, roles: true, libraryId: true },
  });
  return { id: user.id, roles: user.roles, libraryId: user.libraryId };
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 6 });
  people = {
    coordinator: await actorOf("juli@tampere.fi"),
    admin: await actorOf("admin@tampere.fi"),
    supervisor: await actorOf("esihenkilo@muurame.fi"),
    staff: await actorOf("marju@valkeakoski.fi"),
    hanna: await actorOf("hanna@jkl.fi"),
    johanna: await actorOf("johanna@tampere.fi"),
    laila: await actorOf("laila@valkeakoski.fi"),
  };
  seededMeetingId = (await db.meeting.findFirstOrThrow({ where: { title: "Ohjausryhmän kokous 3/2023" } })).id;
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(() => {
  request.headers = sameOrigin();
});

/** Every row a refused form must leave as it was. */
async function writes() {
  const [polls, options, votes, meetings, agendaItems, attendances, audits, jobs, pollState, voteState] =
    await Promise.all([
      db.schedulingPoll.count(),
      db.pollOption.count(),
      db.pollVote.count(),
      db.meeting.count(),
      db.agendaItem.count(),
      db.meetingAttendance.count(),
      db.auditEvent.count(),
      db.job.count(),
      db.schedulingPoll.findMany({
        select: { id: true, title: true, status: true, closesAt: true, chosenMeetingId: true },
        orderBy: { id: "asc" },
      }),
      db.pollVote.findMany({
        select: { optionId: true, userId: true, answer: true, updatedAt: true },
        orderBy: [{ optionId: "asc" }, { userId: "asc" }],
      }),
    ]);
  return { polls, options, votes, meetings, agendaItems, attendances, audits, jobs, pollState, voteState };
}

/** Three options on Wednesdays in November 2031, 12–14 Helsinki time (UTC+2). */
const DAYS = ["2031-11-12", "2031-11-19", "2031-11-26"];
const utc = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);

const pollValues = (overrides: Values = {}): Values => ({
  title: `Ohjausryhmän kokous 4/2031 – ajankohtakysely ${uniq()}`,
  description: "Kokous pidetään Tampereella.",
  forMeetingId: seededMeetingId,
  closesAt: "2031-10-31T16:00",
  optionDate: DAYS,
  optionStart: ["12:00", "12:00", "12:00"],
  optionEnd: ["14:00", "14:00", "14:00"],
  ...overrides,
});

/** A poll made through the form; its options by start time. */
async function newPoll(overrides: Values = {}) {
  const outcome = await submit(createPollAction, people.coordinator, pollValues(overrides));
  const pollId = idFrom(outcome);
  expect(pollId, JSON.stringify(outcome.state)).not.toBe("");
  const options = await db.pollOption.findMany({ where: { pollId }, orderBy: { startsAt: "asc" } });
  return { pollId, optionIds: options.map((o) => o.id), redirect: outcome.redirect };
}

/** A poll written straight to the database, for the permission matrix. */
async function quickPoll(options = 3, data: { status?: "OPEN" | "CLOSED"; closesAt?: Date | null } = {}) {
  const hour = Math.floor(Math.random() * 8) + 8;
  const poll = await db.schedulingPoll.create({
    data: {
      title: `Pikakysely ${uniq()}`,
      createdById: people.coordinator.id,
      ...data,
      options: {
        create: Array.from({ length: options }, (_, i) => ({
          startsAt: utc(`2032-0${i + 1}-1${hour % 10}`, hour),
          endsAt: utc(`2032-0${i + 1}-1${hour % 10}`, hour + 2),
        })),
      },
    },
    select: { id: true, options: { select: { id: true }, orderBy: { startsAt: "asc" } } },
  });
  return { pollId: poll.id, optionIds: poll.options.map((o) => o.id) };
}

/** The answer form's fields; values outside PollAnswer too, as a forged request may send them. */
const answers = (pollId: string, byOption: Record<string, string>): Values => ({
  pollId,
  ...Object.fromEntries(Object.entries(byOption).map(([optionId, answer]) => [`answers.${optionId}`, answer])),
});

describe("a coordinator creates a poll", () => {
  it("with its options in Helsinki time, pointing at the meeting it serves, audited", async () => {
    const title = `Kevään kysely ${uniq()}`;
    const { pollId, redirect } = await newPoll({ title });
    expect(redirect).toBe(`/kokoukset/kyselyt/${pollId}?uusi=1`);
    const poll = await db.schedulingPoll.findUniqueOrThrow({
      where: { id: pollId },
      include: { options: { orderBy: { startsAt: "asc" } } },
    });
    expect(poll).toMatchObject({
      title,
      description: "Kokous pidetään Tampereella.",
      forMeetingId: seededMeetingId,
      chosenMeetingId: null,
      status: "OPEN",
      closesAt: new Date("2031-10-31T14:00:00Z"),
      createdById: people.coordinator.id,
    });
    expect(poll.options.map((o) => [o.startsAt, o.endsAt])).toEqual(DAYS.map((day) => [utc(day, 10), utc(day, 12)]));
    const audits = await db.auditEvent.findMany({ where: { entityId: pollId } });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([["poll.create", people.coordinator.id]]);
  });

  it("skips blank rows a form without script leaves, and needs no meeting or closing time", async () => {
    const { pollId } = await newPoll({
      forMeetingId: "",
      closesAt: "",
      optionDate: ["2031-12-01", "", "2031-12-02"],
      optionStart: ["9.00", "", "09:30"],
      optionEnd: ["11.00", "", "11:30"],
    });
    const poll = await db.schedulingPoll.findUniqueOrThrow({ where: { id: pollId }, include: { options: true } });
    expect(poll).toMatchObject({ forMeetingId: null, closesAt: null });
    expect(poll.options).toHaveLength(2);
  });
});

describe("the steering group answers and the poll counts", () => {
  it("saves several members' answers, lets one change hers, and counts from the stored rows", async () => {
    const { pollId, optionIds } = await newPoll();
    const [a, b, c] = optionIds as [string, string, string];

    // Nobody has answered: no best option.
    const fresh = await getPollForActor(people.hanna, pollId);
    expect(fresh?.bestOptionId).toBeNull();

    for (const [who, byOption] of [
      [people.hanna, { [a]: "YES", [b]: "IF_NEED_BE", [c]: "NO" }],
      [people.johanna, { [a]: "NO", [b]: "YES", [c]: "YES" }],
      [people.laila, { [b]: "YES" }],
    ] as const) {
      const { state } = await submit(answerPollAction, who, answers(pollId, byOption));
      expect(state).toMatchObject({ status: "saved", notice: { key: "polls.notice.answersSaved" } });
    }
    expect(await db.pollVote.count({ where: { option: { pollId } } })).toBe(7);

    // Hanna changes her answer to A from yes to no.
    const hannaA = await db.pollVote.findUniqueOrThrow({
      where: { optionId_userId: { optionId: a, userId: people.hanna.id } },
    });
    const changed = await submit(answerPollAction, people.hanna, answers(pollId, { [a]: "NO" }));
    expect(changed.state?.status).toBe("saved");
    const after = await db.pollVote.findUniqueOrThrow({
      where: { optionId_userId: { optionId: a, userId: people.hanna.id } },
    });
    expect(after.answer).toBe("NO");
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(hannaA.updatedAt.getTime());
    // Changing one answer leaves the others and adds no rows.
    expect(await db.pollVote.count({ where: { option: { pollId } } })).toBe(7);
    expect(
      await db.pollVote.findUniqueOrThrow({ where: { optionId_userId: { optionId: b, userId: people.hanna.id } } }),
    ).toMatchObject({ answer: "IF_NEED_BE" });

    const steering = await db.user.count({ where: { roles: { has: "STEERING" } } });
    const poll = await getPollForActor(people.laila, pollId);
    expect(poll?.tallies).toEqual([
      { optionId: a, yes: 0, ifNeedBe: 0, no: 2, notAnswered: steering - 2, available: 0 },
      { optionId: b, yes: 2, ifNeedBe: 1, no: 0, notAnswered: steering - 3, available: 3 },
      { optionId: c, yes: 1, ifNeedBe: 0, no: 1, notAnswered: steering - 2, available: 1 },
    ]);
    expect(poll?.bestOptionId).toBe(b);
    expect(poll?.myAnswers).toEqual({ [b]: "YES" });
    expect(poll?.answers[a]).toEqual({ [people.hanna.id]: "NO", [people.johanna.id]: "NO" });
    expect(poll?.respondents.map((p) => p.id)).toEqual(expect.arrayContaining([people.hanna.id, people.laila.id]));
    expect(poll?.canManage).toBe(false);

    // The list marks what each user has left unanswered.
    const forLaila = await listPollsForActor(people.laila);
    expect(forLaila?.open.find((p) => p.id === pollId)).toMatchObject({ isOpen: true, unansweredByMe: 2 });
    const forHanna = await listPollsForActor(people.hanna);
    expect(forHanna?.open.find((p) => p.id === pollId)).toMatchObject({ unansweredByMe: 0 });
  });

  it("counts the seeded poll: 29.11.2023 was the best option, and it became that meeting", async () => {
    const seeded = (await listPollsForActor(people.hanna))?.closed.find((p) => p.title.includes("4/2023"));
    expect(seeded).toMatchObject({
      isOpen: false,
      converted: true,
      chosenMeeting: { title: "Ohjausryhmän kokous 4/2023" },
    });
    const poll = await getPollForActor(people.hanna, seeded!.id);
    const best = poll?.options.find((option) => option.id === poll.bestOptionId);
    expect(best?.startsAt).toEqual(new Date("2023-11-29T10:00:00Z"));
    expect(poll?.tallies.find((tally) => tally.optionId === best?.id)).toMatchObject({ yes: 4, ifNeedBe: 1, no: 0 });
    expect(poll?.forMeeting?.title).toBe("Ohjausryhmän kokous 3/2023");
  });

  it("breaks a tie in people available by plain yeses, from real rows", async () => {
    const { pollId, optionIds } = await newPoll();
    const [a, b] = optionIds as [string, string];
    await submit(answerPollAction, people.hanna, answers(pollId, { [a]: "IF_NEED_BE", [b]: "YES" }));
    await submit(answerPollAction, people.johanna, answers(pollId, { [a]: "YES", [b]: "IF_NEED_BE" }));
    await submit(answerPollAction, people.laila, answers(pollId, { [a]: "IF_NEED_BE", [b]: "YES" }));
    expect((await getPollForActor(people.hanna, pollId))?.bestOptionId).toBe(b);
  });

  it("takes two saves of the same user's answers at the same moment without an error", async () => {
    const { pollId, optionIds } = await newPoll();
    request.actor = people.hanna;
    const runs = await Promise.allSettled(
      (["YES", "NO", "IF_NEED_BE", "YES"] as const).map((answer) =>
        answerPollAction(idleForm, form(answers(pollId, Object.fromEntries(optionIds.map((id) => [id, answer]))))),
      ),
    );
    expect(runs.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
    expect(runs.map((r) => (r.status === "fulfilled" ? r.value.status : String(r.reason)))).toEqual([
      "saved",
      "saved",
      "saved",
      "saved",
    ]);
    const votes = await db.pollVote.findMany({ where: { option: { pollId } }, select: { answer: true } });
    expect(votes).toHaveLength(3);
    // One save wins whole: all three answers are the same.
    expect(new Set(votes.map((v) => v.answer)).size).toBe(1);
  });

  it("refuses answers to a closed poll or one past its closing time, writing nothing", async () => {
    const { pollId, optionIds } = await newPoll();
    const [a] = optionIds as [string];
    expect((await submit(closePollAction, people.coordinator, { pollId })).state).toMatchObject({
      status: "saved",
      notice: { key: "polls.notice.closed" },
    });
    let before = await writes();
    let refused = await submit(answerPollAction, people.hanna, answers(pollId, { [a]: "YES" }));
    expect(refused.state).toMatchObject({ status: "error", formError: "polls.error.closed" });
    expect(await writes()).toEqual(before);

    // Reopened with a closing time, then that time passes.
    const reopened = await submit(reopenPollAction, people.coordinator, { pollId, closesAt: "2031-01-01T12:00" });
    expect(reopened.state?.status).toBe("saved");
    expect((await submit(answerPollAction, people.hanna, answers(pollId, { [a]: "YES" }))).state?.status).toBe("saved");
    await db.schedulingPoll.update({ where: { id: pollId }, data: { closesAt: new Date(Date.now() - 1000) } });
    before = await writes();
    refused = await submit(answerPollAction, people.hanna, answers(pollId, { [a]: "NO" }));
    expect(refused.state).toMatchObject({ status: "error", formError: "polls.error.closed" });
    expect(await writes()).toEqual(before);
    const poll = await getPollForActor(people.hanna, pollId);
    expect(poll).toMatchObject({ status: "OPEN", isOpen: false });
    expect((await listPollsForActor(people.hanna))?.closed.some((p) => p.id === pollId)).toBe(true);

    // Without a new closing time, reopening leaves it open until closed.
    expect((await submit(reopenPollAction, people.coordinator, { pollId, closesAt: "" })).state?.status).toBe("saved");
    expect(await db.schedulingPoll.findUniqueOrThrow({ where: { id: pollId } })).toMatchObject({
      status: "OPEN",
      closesAt: null,
    });
  });

  it("lets a coordinator add and remove options while the poll is open, removing their answers", async () => {
    const { pollId, optionIds } = await newPoll();
    const [a, b] = optionIds as [string, string];
    await submit(answerPollAction, people.hanna, answers(pollId, { [a]: "YES", [b]: "NO" }));
    const added = await submit(addPollOptionAction, people.coordinator, {
      pollId,
      date: "2031-12-03",
      start: "13:00",
      end: "15:00",
    });
    expect(added.state).toMatchObject({ status: "saved", notice: { key: "polls.notice.optionAdded" } });
    expect(await db.pollOption.count({ where: { pollId } })).toBe(4);
    expect(
      await db.pollOption.findFirst({ where: { pollId, startsAt: new Date("2031-12-03T11:00:00Z") } }),
    ).not.toBeNull();

    const removed = await submit(removePollOptionAction, people.coordinator, { pollId, optionId: a, confirm: "yes" });
    expect(removed.state).toMatchObject({ status: "saved", notice: { key: "polls.notice.optionRemoved" } });
    expect(await db.pollOption.findUnique({ where: { id: a } })).toBeNull();
    expect(await db.pollVote.count({ where: { optionId: a } })).toBe(0);
    expect(await db.pollVote.count({ where: { optionId: b } })).toBe(1);
    const audits = await db.auditEvent.findMany({ where: { entityId: pollId }, orderBy: { createdAt: "asc" } });
    expect(audits.map((e) => e.action)).toEqual(["poll.create", "poll.answer", "poll.addOption", "poll.removeOption"]);
  });
});

describe("turning the chosen option into a meeting", () => {
  it("creates a PLANNED meeting at the option's time with the standard agenda, and closes the poll", async () => {
    const { pollId, optionIds } = await newPoll();
    const [, b] = optionIds as [string, string];
    await submit(answerPollAction, people.hanna, answers(pollId, { [b]: "YES" }));
    const outcome = await submit(convertPollAction, people.coordinator, {
      pollId,
      optionId: b,
      title: "Ohjausryhmän kokous 4/2031",
      location: "Tampereen pääkirjasto Metso",
    });
    const meetingId = idFrom(outcome);
    expect(outcome.redirect).toBe(`/kokoukset/${meetingId}/muokkaa`);

    const meeting = await db.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      include: { agendaItems: { orderBy: { position: "asc" } }, attendances: true },
    });
    expect(meeting).toMatchObject({
      title: "Ohjausryhmän kokous 4/2031",
      status: "PLANNED",
      location: "Tampereen pääkirjasto Metso",
      startsAt: utc(DAYS[1]!, 10),
      endsAt: utc(DAYS[1]!, 12),
    });
    expect(meeting.agendaItems.map((item) => item.title)).toEqual(STANDARD_AGENDA.map((item) => item.title));
    const steering = await db.user.findMany({ where: { roles: { has: "STEERING" } }, select: { id: true } });
    expect(meeting.attendances.map((a) => a.userId).sort()).toEqual(steering.map((u) => u.id).sort());

    expect(await db.schedulingPoll.findUniqueOrThrow({ where: { id: pollId } })).toMatchObject({
      status: "CLOSED",
      chosenMeetingId: meetingId,
    });
    const audits = await db.auditEvent.findMany({
      where: { OR: [{ entityId: pollId, action: "poll.convert" }, { entityId: meetingId }] },
    });
    expect(audits.map((a) => a.action).sort()).toEqual(["meeting.create", "poll.convert"]);

    // The poll now points at its meeting, for those who may see it.
    const forCoordinator = await getPollForActor(people.coordinator, pollId);
    expect(forCoordinator).toMatchObject({ converted: true, chosenMeeting: { id: meetingId } });
    // A PLANNED meeting is the coordinators' only: the steering group learns a time was chosen, not the meeting.
    expect(await getPollForActor(people.hanna, pollId)).toMatchObject({ converted: true, chosenMeeting: null });
    const closed = (await listPollsForActor(people.coordinator))?.closed.find((p) => p.id === pollId);
    expect(closed?.chosenMeeting?.id).toBe(meetingId);

    // A second time: CONFLICT, nothing written.
    const before = await writes();
    const again = await submit(convertPollAction, people.coordinator, { pollId, optionId: b, title: "Toinen" });
    expect(again.redirect).toBeUndefined();
    expect(again.state).toMatchObject({ status: "error", formError: "polls.error.converted" });
    await expect(
      convertPollToMeeting(people.coordinator, { pollId, optionId: b, title: "Kolmas", location: undefined }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    // Nor can it be reopened.
    const reopen = await submit(reopenPollAction, people.coordinator, { pollId });
    expect(reopen.state).toMatchObject({ status: "error", formError: "polls.error.converted" });
    expect(await writes()).toEqual(before);
  });

  it("makes exactly one meeting when two coordinators convert at once", async () => {
    const { pollId, optionIds } = await quickPoll(2);
    const meetingsBefore = await db.meeting.count();
    const runs = await Promise.allSettled(
      [people.coordinator, people.admin].map((actor) =>
        convertPollToMeeting(actor, { pollId, optionId: optionIds[0]!, title: "Samanaikainen", location: undefined }),
      ),
    );
    expect(runs.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = runs.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.meeting.count()).toBe(meetingsBefore + 1);
  });
});

describe("bad input gets field messages and writes nothing", () => {
  const unknown = randomUUID();
  let open: { pollId: string; optionIds: string[] };
  let other: { pollId: string; optionIds: string[] };
  let minimal: { pollId: string; optionIds: string[] };
  let closed: { pollId: string; optionIds: string[] };
  beforeAll(async () => {
    open = await newPoll();
    other = await quickPoll(3);
    minimal = await quickPoll(2);
    closed = await quickPoll(3, { status: "CLOSED" });
  });
  const days = (n: number) => Array.from({ length: n }, (_, i) => `2031-12-${String(i + 1).padStart(2, "0")}`);

  type Expected = { fields: Record<string, string>; formError?: string };
  // Expected messages that name an id are computed once the fixtures exist.
  const cases: [string, Action, () => Values, Expected | (() => Expected)][] = [
    [
      "create: nothing given",
      createPollAction,
      () => ({}),
      { fields: { title: "validation.required", options: "polls.error.tooFewOptions" } },
    ],
    [
      "create: blank title, overlong description",
      createPollAction,
      () => pollValues({ title: "   ", description: "x".repeat(2001) }),
      { fields: { title: "validation.required", description: "validation.tooLong" } },
    ],
    [
      "create: overlong title",
      createPollAction,
      () => pollValues({ title: "x".repeat(201) }),
      { fields: { title: "validation.tooLong" } },
    ],
    [
      "create: one option only",
      createPollAction,
      () => pollValues({ optionDate: ["2031-12-01"], optionStart: "12:00", optionEnd: "13:00" }),
      { fields: { options: "polls.error.tooFewOptions" } },
    ],
    [
      "create: 21 options",
      createPollAction,
      () =>
        pollValues({
          optionDate: days(21),
          optionStart: days(21).map(() => "12:00"),
          optionEnd: days(21).map(() => "13:00"),
        }),
      { fields: { options: "polls.error.tooManyOptions" } },
    ],
    [
      "create: an option ending before it starts",
      createPollAction,
      () => pollValues({ optionEnd: ["14:00", "11:00", "14:00"] }),
      { fields: { "options.1.end": "polls.error.endBeforeStart" } },
    ],
    [
      "create: malformed dates and times",
      createPollAction,
      () =>
        pollValues({
          closesAt: "huomenna",
          optionDate: ["2031-02-30", "2031-11-19", "ensi viikolla"],
          optionStart: ["12:00", "kello 12", "12:00"],
        }),
      {
        fields: {
          closesAt: "polls.error.dateTime",
          "options.0.date": "polls.error.date",
          "options.1.start": "polls.error.time",
          "options.2.date": "polls.error.date",
        },
      },
    ],
    [
      "create: a missing time",
      createPollAction,
      () => pollValues({ optionStart: ["12:00", "", "12:00"] }),
      { fields: { "options.1.start": "validation.required" } },
    ],
    [
      "create: duplicate options",
      createPollAction,
      () => pollValues({ optionDate: [DAYS[0]!, DAYS[1]!, DAYS[0]!] }),
      { fields: { "options.2.date": "polls.error.duplicateOption" } },
    ],
    [
      "create: unknown meeting",
      createPollAction,
      () => pollValues({ forMeetingId: unknown }),
      { fields: { forMeetingId: "polls.error.unknownMeeting" } },
    ],
    [
      "create: malformed meeting id",
      createPollAction,
      () => pollValues({ forMeetingId: "kokous-3" }),
      { fields: { forMeetingId: "validation.invalid" } },
    ],
    [
      "create: closing time in the past",
      createPollAction,
      () => pollValues({ closesAt: "2020-01-01T12:00" }),
      { fields: { closesAt: "polls.error.closesInPast" } },
    ],
    [
      "answer: unknown poll",
      answerPollAction,
      () => answers(unknown, { [open.optionIds[0]!]: "YES" }),
      { fields: { pollId: "polls.error.unknownPoll" } },
    ],
    [
      "answer: malformed poll id",
      answerPollAction,
      () => answers("kysely-1", { [open.optionIds[0]!]: "YES" }),
      { fields: { pollId: "validation.invalid" } },
    ],
    [
      "answer: another poll's option",
      answerPollAction,
      () => answers(open.pollId, { [open.optionIds[0]!]: "YES", [other.optionIds[0]!]: "YES" }),
      { fields: { answers: "polls.error.unknownOption" } },
    ],
    [
      "answer: malformed option id",
      answerPollAction,
      () => answers(open.pollId, { "not-an-option": "YES" }),
      { fields: { answers: "polls.error.unknownOption" } },
    ],
    [
      "answer: a value outside yes / if need be / no",
      answerPollAction,
      () => answers(open.pollId, { [open.optionIds[0]!]: "MAYBE", [open.optionIds[1]!]: "YES" }),
      () => ({ fields: { [`answers.${open.optionIds[0]!}`]: "polls.error.answer" } }),
    ],
    [
      "answer: nothing answered",
      answerPollAction,
      () => ({ pollId: open.pollId }),
      { fields: { answers: "polls.error.noAnswers" } },
    ],
    [
      "answer: a closed poll",
      answerPollAction,
      () => answers(closed.pollId, { [closed.optionIds[0]!]: "YES" }),
      { fields: {}, formError: "polls.error.closed" },
    ],
    [
      "add option: end before start",
      addPollOptionAction,
      () => ({ pollId: open.pollId, date: "2031-12-10", start: "14:00", end: "13:00" }),
      { fields: { end: "polls.error.endBeforeStart" } },
    ],
    [
      "add option: malformed date and time, missing end",
      addPollOptionAction,
      () => ({ pollId: open.pollId, date: "10.13.2031", start: "25:00", end: "" }),
      { fields: { date: "polls.error.date", start: "polls.error.time", end: "validation.required" } },
    ],
    [
      "add option: the same time again",
      addPollOptionAction,
      () => ({ pollId: open.pollId, date: DAYS[0], start: "12:00", end: "14:00" }),
      { fields: { date: "polls.error.duplicateOption" } },
    ],
    [
      "add option: unknown poll",
      addPollOptionAction,
      () => ({ pollId: unknown, date: "2031-12-10", start: "12:00", end: "13:00" }),
      { fields: { pollId: "polls.error.unknownPoll" } },
    ],
    [
      "add option: a closed poll",
      addPollOptionAction,
      () => ({ pollId: closed.pollId, date: "2031-12-10", start: "12:00", end: "13:00" }),
      { fields: {}, formError: "polls.error.closed" },
    ],
    [
      "remove option: another poll's option",
      removePollOptionAction,
      () => ({ pollId: open.pollId, optionId: other.optionIds[0], confirm: "yes" }),
      { fields: { optionId: "polls.error.unknownOption" } },
    ],
    [
      "remove option: not confirmed",
      removePollOptionAction,
      () => ({ pollId: open.pollId, optionId: open.optionIds[0] }),
      { fields: { confirm: "polls.error.confirm" } },
    ],
    [
      "remove option: below two options",
      removePollOptionAction,
      () => ({ pollId: minimal.pollId, optionId: minimal.optionIds[0], confirm: "yes" }),
      { fields: {}, formError: "polls.error.tooFewOptions" },
    ],
    [
      "close: unknown poll",
      closePollAction,
      () => ({ pollId: unknown }),
      { fields: { pollId: "polls.error.unknownPoll" } },
    ],
    [
      "close: already closed",
      closePollAction,
      () => ({ pollId: closed.pollId }),
      { fields: {}, formError: "polls.error.alreadyClosed" },
    ],
    [
      "reopen: closing time in the past",
      reopenPollAction,
      () => ({ pollId: closed.pollId, closesAt: "2020-01-01T12:00" }),
      { fields: { closesAt: "polls.error.closesInPast" } },
    ],
    [
      "reopen: an open poll",
      reopenPollAction,
      () => ({ pollId: open.pollId }),
      { fields: {}, formError: "polls.error.alreadyOpen" },
    ],
    [
      "convert: empty title, overlong place",
      convertPollAction,
      () => ({ pollId: open.pollId, optionId: open.optionIds[0], title: "", location: "x".repeat(301) }),
      { fields: { title: "validation.required", location: "validation.tooLong" } },
    ],
    [
      "convert: overlong title",
      convertPollAction,
      () => ({ pollId: open.pollId, optionId: open.optionIds[0], title: "x".repeat(201) }),
      { fields: { title: "validation.tooLong" } },
    ],
    [
      "convert: another poll's option",
      convertPollAction,
      () => ({ pollId: open.pollId, optionId: other.optionIds[0], title: "Kokous" }),
      { fields: { optionId: "polls.error.unknownOption" } },
    ],
    [
      "convert: unknown poll",
      convertPollAction,
      () => ({ pollId: unknown, optionId: open.optionIds[0], title: "Kokous" }),
      { fields: { pollId: "polls.error.unknownPoll" } },
    ],
  ];

  for (const [name, action, values, expecting] of cases) {
    it(name, async () => {
      const expected = typeof expecting === "function" ? expecting() : expecting;
      const before = await writes();
      const { state, redirect } = await submit(action, people.coordinator, values());
      expect(redirect).toBeUndefined();
      expect(state?.status).toBe("error");
      expect(state?.fields).toEqual(expected.fields);
      expect(state?.formError).toBe(expected.formError);
      // The form shows what was sent again.
      expect(state?.values).toBeDefined();
      expect(await writes()).toEqual(before);
    });
  }
});

describe("who may read, answer and manage polls", () => {
  type Column = "signedOut" | "staff" | "supervisor" | "steering" | "coordinator" | "admin";
  const COLUMNS: Column[] = ["signedOut", "staff", "supervisor", "steering", "coordinator", "admin"];
  const actorFor = (column: Column): Actor | null =>
    column === "signedOut" ? null : column === "steering" ? people.hanna : people[column];
  /** What a refused user is told: polls do not exist for staff and supervisors. */
  const refusal = (column: Column) =>
    column === "signedOut"
      ? "form.error.UNAUTHENTICATED"
      : column === "staff" || column === "supervisor"
        ? "form.error.NOT_FOUND"
        : "form.error.FORBIDDEN";

  it.each(COLUMNS)("reading: %s", async (column) => {
    const { pollId } = await quickPoll(2);
    const actor = actorFor(column);
    const allowed = ["steering", "coordinator", "admin"].includes(column);
    const poll = await getPollForActor(actor, pollId);
    const list = await listPollsForActor(actor);
    if (allowed) {
      expect(poll?.id).toBe(pollId);
      expect(poll?.canManage).toBe(column !== "steering");
      expect(list?.open.some((p) => p.id === pollId)).toBe(true);
    } else {
      expect(poll).toBeNull();
      expect(list).toBeNull();
    }
  });

  const forms: [string, Action, Column[], () => Promise<Values>][] = [
    [
      "answer",
      answerPollAction,
      ["steering", "coordinator", "admin"],
      async () => {
        const { pollId, optionIds } = await quickPoll(2);
        return answers(pollId, { [optionIds[0]!]: "YES" });
      },
    ],
    ["create", createPollAction, ["coordinator", "admin"], () => Promise.resolve(pollValues())],
    [
      "add option",
      addPollOptionAction,
      ["coordinator", "admin"],
      async () => ({ pollId: (await quickPoll(2)).pollId, date: "2033-01-05", start: "12:00", end: "13:00" }),
    ],
    [
      "remove option",
      removePollOptionAction,
      ["coordinator", "admin"],
      async () => {
        const { pollId, optionIds } = await quickPoll(3);
        return { pollId, optionId: optionIds[0], confirm: "yes" };
      },
    ],
    ["close", closePollAction, ["coordinator", "admin"], async () => ({ pollId: (await quickPoll(2)).pollId })],
    [
      "reopen",
      reopenPollAction,
      ["coordinator", "admin"],
      async () => ({ pollId: (await quickPoll(2, { status: "CLOSED" })).pollId }),
    ],
    [
      "convert",
      convertPollAction,
      ["coordinator", "admin"],
      async () => {
        const { pollId, optionIds } = await quickPoll(2);
        return { pollId, optionId: optionIds[1], title: "Ohjausryhmän kokous" };
      },
    ],
  ];

  for (const [name, action, allowed, values] of forms) {
    it.each(COLUMNS)(`${name}: %s`, async (column) => {
      const input = await values();
      const before = await writes();
      const { state, redirect } = await submit(action, actorFor(column), input);
      if (allowed.includes(column)) {
        expect(redirect ?? state?.status, JSON.stringify(state)).not.toBe("error");
        expect(await writes()).not.toEqual(before);
      } else {
        expect(redirect).toBeUndefined();
        expect(state).toMatchObject({ status: "error", formError: refusal(column) });
        expect(await writes()).toEqual(before);
      }
    });
  }

  it("the mutations gate themselves, whoever calls them", async () => {
    const { pollId, optionIds } = await quickPoll(2);
    const input = { pollId, answers: { [optionIds[0]!]: "YES" as const } };
    await expect(answerPoll(null, input)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(answerPoll(people.staff, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answerPoll(people.supervisor, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answerPoll(people.staff, input)).rejects.toBeInstanceOf(AppError);
    await expect(closePoll(people.hanna, { pollId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createPoll(people.hanna, {
        title: "Ei saa",
        options: [
          { startsAt: utc("2033-02-01", 10), endsAt: utc("2033-02-01", 12) },
          { startsAt: utc("2033-02-02", 10), endsAt: utc("2033-02-02", 12) },
        ],
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.pollVote.count({ where: { option: { pollId } } })).toBe(0);
  });

  it("refuses a cross-site request before anything else", async () => {
    const { pollId, optionIds } = await quickPoll(2);
    request.headers = crossOrigin();
    await expect(
      submit(answerPollAction, people.hanna, answers(pollId, { [optionIds[0]!]: "YES" })),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db.pollVote.count({ where: { option: { pollId } } })).toBe(0);
  });
});
