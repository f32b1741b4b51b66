// The news round (kuulumiskierros) through its server action against a real
// database: a steering member's draft, submission and edits; the coordinator's
// overview; a library's entries over time as each viewer may see them;
// concurrent first saves; bad input answered with field messages while nothing
// is written; and who may write which library's entry in which status. Only
// the request's plumbing is stood in for: the headers, Next's cache and Auth.js's
// auth(), which reads the actor's real Session row (support/stub-auth-config.ts).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { MeetingStatus } from "@/lib/db/enums";
import { AppError } from "@/lib/http/errors";
import { idleForm, type FormState } from "@/lib/http/form-state";
import { saveNewsRoundEntryAction } from "@/lib/news-round/actions";
import {
  getNewsRoundEntry,
  getNewsRoundOverview,
  listLibraryNewsRound,
  listNewsRoundLibraries,
} from "@/lib/news-round/data";
import { NEWS_ROUND_MAX_LENGTH } from "@/lib/news-round/fields";
import { saveLibraryUpdate } from "@/lib/news-round/mutations";
import { newsRoundEntrySchema } from "@/lib/news-round/schema";
import { crossOrigin, request, sameOrigin } from "./support/request";
import { form, type Values } from "./support/server-actions";
import { uniq } from "./trainings-admin-fixtures";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));

async function submit(actor: Actor | null, values: Values): Promise<FormState> {
  request.actor = actor;
  return saveNewsRoundEntryAction(idleForm, form(values));
}

let db: Db;
const actors = {} as Record<
  "coordinator" | "admin" | "hanna" | "laila" | "supervisor" | "staff" | "noLibrary" | "steeringNoLibrary",
  Actor
>;
const libraries = {} as Record<"tampere" | "jyvaskyla" | "valkeakoski" | "muurame" | "akaa", string>;
let approvedId: string; // 3/2023
let publishedId: string; // 4/2023

async function actorOf(email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, roles: true, libraryId: true },
  });
  return { id: user.id, roles: user.roles, libraryId: user.libraryId };
}

/** A meeting of its own for a test, with the seeded steering group invited. */
async function newMeeting(status: MeetingStatus, daysAhead = 60): Promise<string> {
  const startsAt = new Date(Date.now() + daysAhead * 24 * 3600 * 1000);
  const meeting = await db.meeting.create({
    data: {
      title: `Kuulumistesti ${uniq()}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000),
      status,
      ...(status === "MINUTES_APPROVED" ? { approvedAt: new Date() } : {}),
    },
    select: { id: true },
  });
  const invited = await db.meetingAttendance.findMany({ where: { meetingId: publishedId }, select: { userId: true } });
  await db.meetingAttendance.createMany({ data: invited.map((a) => ({ meetingId: meeting.id, userId: a.userId })) });
  return meeting.id;
}

/** Every row a refused save must leave as it was. */
async function writes() {
  const [updates, audits, jobs] = await Promise.all([
    db.libraryUpdate.findMany({
      select: {
        id: true,
        budget: true,
        staffing: true,
        projects: true,
        events: true,
        body: true,
        submittedAt: true,
        updatedAt: true,
        authorId: true,
      },
      orderBy: { id: "asc" },
    }),
    db.auditEvent.count(),
    db.job.count(),
  ]);
  return { updates, audits, jobs };
}

const entryOf = (meetingId: string, libraryId: string) =>
  db.libraryUpdate.findUnique({ where: { meetingId_libraryId: { meetingId, libraryId } } });

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 6 });
  actors.coordinator = await actorOf("juli@tampere.fi");
  actors.admin = await actorOf("admin@tampere.fi");
  actors.hanna = await actorOf("hanna@jkl.fi");
  actors.laila = await actorOf("laila@valkeakoski.fi");
  actors.supervisor = await actorOf("esihenkilo@muurame.fi");
  actors.staff = await actorOf("marju@valkeakoski.fi");
  const orphan = await db.user.create({
    data: { email: `kirjastoton-${uniq()}@example.org`, roles: ["STAFF"] },
    select: { id: true, roles: true, libraryId: true },
  });
  actors.noLibrary = { id: orphan.id, roles: orphan.roles, libraryId: orphan.libraryId };
  // Signed in for real, so a real user: a steering member whose row has no library.
  actors.steeringNoLibrary = await db.user.create({
    data: { email: `ohjausryhma-kirjastoton-${uniq()}@example.org`, roles: [...actors.hanna.roles] },
    select: { id: true, roles: true, libraryId: true },
  });
  for (const slug of ["tampere", "jyvaskyla", "valkeakoski", "muurame", "akaa"] as const) {
    libraries[slug] = (await db.library.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  }
  approvedId = (await db.meeting.findFirstOrThrow({ where: { title: "Ohjausryhmän kokous 3/2023" } })).id;
  publishedId = (await db.meeting.findFirstOrThrow({ where: { title: "Ohjausryhmän kokous 4/2023" } })).id;
});
afterAll(async () => {
  await db.$disconnect();
});
beforeEach(() => {
  request.headers = sameOrigin();
});

/** The libraries of the meeting's invited steering-group members, in library order: computed apart from the code under test. */
async function expectedLibraryNames(meetingId: string): Promise<string[]> {
  const attendances = await db.meetingAttendance.findMany({
    where: { meetingId },
    select: { user: { select: { roles: true, library: { select: { name: true, sortOrder: true } } } } },
  });
  const byName = new Map<string, number>();
  for (const { user } of attendances) {
    if (user.roles.includes("STEERING") && user.library) byName.set(user.library.name, user.library.sortOrder);
  }
  return [...byName.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0], "fi")).map(([name]) => name);
}

describe("the coordinator's overview", () => {
  it("shows every expected library of the approved 3/2023 meeting as submitted, with who", async () => {
    const rows = await getNewsRoundOverview(actors.coordinator, approvedId);
    const expected = await expectedLibraryNames(approvedId);
    expect(expected).toEqual(
      expect.arrayContaining([
        "Tampereen kaupunginkirjasto",
        "Jyväskylän kaupunginkirjasto",
        "Valkeakosken kaupunginkirjasto",
        "Muuramen kirjasto",
      ]),
    );
    expect(rows?.map((r) => r.name)).toEqual(expected);
    expect(rows?.every((r) => r.status === "SUBMITTED" && r.expected && r.submittedAt && r.author?.name)).toBe(true);
  });

  it("shows submitted, draft and missing for 4/2023, plus a library that wrote without being expected", async () => {
    const expected = await expectedLibraryNames(publishedId);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const before = await getNewsRoundOverview(actors.coordinator, publishedId);
    expect(before?.map((r) => [r.name, r.status])).toEqual(expected.map((name) => [name, "MISSING"]));

    // Laila keeps a draft for Valkeakoski; the coordinator records Muurame's news; Akaa has no steering member invited.
    expect(
      await submit(actors.laila, { meetingId: publishedId, budget: "Talousarvio on vielä auki.", intent: "draft" }),
    ).toMatchObject({ status: "saved" });
    expect(
      await submit(actors.coordinator, {
        meetingId: publishedId,
        libraryId: libraries.muurame,
        events: "Kirjaston 40-vuotisjuhlat joulukuussa.",
        intent: "submit",
      }),
    ).toMatchObject({ status: "saved", notice: { key: "newsRound.saved.submitted" } });
    expect(
      await submit(actors.coordinator, {
        meetingId: publishedId,
        libraryId: libraries.akaa,
        projects: "Lukudiplomi uudistuu.",
        intent: "draft",
      }),
    ).toMatchObject({ status: "saved", notice: { key: "newsRound.saved.draft" } });

    const rows = (await getNewsRoundOverview(actors.coordinator, publishedId))!;
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get("Valkeakosken kaupunginkirjasto")).toMatchObject({
      status: "DRAFT",
      expected: true,
      submittedAt: null,
      author: { name: "Laila", libraryName: "Valkeakosken kaupunginkirjasto" },
    });
    expect(byName.get("Muuramen kirjasto")).toMatchObject({
      status: "SUBMITTED",
      expected: true,
      author: { name: "Juli" },
    });
    expect(byName.get("Muuramen kirjasto")?.submittedAt).toBeInstanceOf(Date);
    expect(byName.get("Tampereen kaupunginkirjasto")).toMatchObject({ status: "MISSING", author: null });
    expect(byName.get("Jyväskylän kaupunginkirjasto")).toMatchObject({ status: "MISSING" });
    expect(byName.get("Akaan kaupunginkirjasto")).toMatchObject({ status: "DRAFT", expected: false });
    // Library order (sortOrder, then name) across expected and unexpected rows.
    const order = await db.library.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      select: { name: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    });
    expect(rows.map((r) => r.name)).toEqual(order.map((l) => l.name));
  });

  it("is for coordinators only, and only of meetings they see", async () => {
    for (const actor of [null, actors.hanna, actors.staff, actors.supervisor]) {
      expect(await getNewsRoundOverview(actor, publishedId)).toBeNull();
    }
    expect(await getNewsRoundOverview(actors.admin, publishedId)).not.toBeNull();
    expect(await getNewsRoundOverview(actors.coordinator, randomUUID())).toBeNull();
    expect(await getNewsRoundOverview(actors.coordinator, "not-an-id")).toBeNull();
    expect((await listNewsRoundLibraries(actors.coordinator)).length).toBeGreaterThan(10);
    expect(await listNewsRoundLibraries(actors.hanna)).toEqual([]);
  });
});

describe("a steering member writes their library's entry", () => {
  it("saves a draft, submits it, edits it after submitting, and may turn it back into a draft", async () => {
    const meetingId = await newMeeting("AGENDA_PUBLISHED");
    // The library is left out: Hanna's own.
    const draft = await submit(actors.hanna, {
      meetingId,
      budget: "Ensi vuoden talousarvio\r\n- leikkausuhka 2 %",
      staffing: "",
      intent: "draft",
    });
    expect(draft).toMatchObject({ status: "saved", notice: { key: "newsRound.saved.draft" } });
    const saved = (await entryOf(meetingId, libraries.jyvaskyla))!;
    expect(saved).toMatchObject({
      authorId: actors.hanna.id,
      budget: "Ensi vuoden talousarvio\n- leikkausuhka 2 %",
      staffing: null,
      submittedAt: null,
    });
    // The draft is Hanna's to see: not in the library's page, not another library's writer's.
    expect(await getNewsRoundEntry(actors.hanna, meetingId, libraries.jyvaskyla)).toMatchObject({
      status: "DRAFT",
      budget: saved.budget,
    });
    expect(await getNewsRoundEntry(actors.laila, meetingId, libraries.jyvaskyla)).toBeNull();
    expect((await listLibraryNewsRound(actors.coordinator, "jyvaskyla"))?.some((e) => e.meetingId === meetingId)).toBe(
      false,
    );

    const submitted = await submit(actors.hanna, {
      meetingId,
      libraryId: libraries.jyvaskyla,
      budget: "Talousarvio hyväksytty.",
      projects: "Omatoimikirjasto Palokkaan.",
      intent: "submit",
    });
    expect(submitted).toMatchObject({ status: "saved", notice: { key: "newsRound.saved.submitted" } });
    const afterSubmit = (await entryOf(meetingId, libraries.jyvaskyla))!;
    expect(afterSubmit.id).toBe(saved.id);
    expect(afterSubmit.submittedAt).toBeInstanceOf(Date);
    expect(afterSubmit).toMatchObject({ budget: "Talousarvio hyväksytty.", projects: "Omatoimikirjasto Palokkaan." });

    const edited = await submit(actors.hanna, {
      meetingId,
      libraryId: libraries.jyvaskyla,
      budget: "Talousarvio hyväksytty.",
      projects: "Omatoimikirjasto Palokkaan keväällä.",
      events: "Runoviikko.",
      intent: "submit",
    });
    expect(edited.status).toBe("saved");
    const afterEdit = (await entryOf(meetingId, libraries.jyvaskyla))!;
    // Still submitted, at the first submission's time.
    expect(afterEdit.submittedAt).toEqual(afterSubmit.submittedAt);
    expect(afterEdit).toMatchObject({ projects: "Omatoimikirjasto Palokkaan keväällä.", events: "Runoviikko." });
    expect(
      (await listLibraryNewsRound(actors.coordinator, "jyvaskyla"))?.find((e) => e.meetingId === meetingId),
    ).toMatchObject({
      events: "Runoviikko.",
    });

    const audits = await db.auditEvent.findMany({ where: { entityId: saved.id }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => [a.action, a.actorId])).toEqual([
      ["newsRound.create", actors.hanna.id],
      ["newsRound.update", actors.hanna.id],
      ["newsRound.update", actors.hanna.id],
    ]);
    expect(audits[1]?.before).toMatchObject({
      budget: "Ensi vuoden talousarvio\n- leikkausuhka 2 %",
      submittedAt: null,
    });
    expect(audits[2]?.after).toMatchObject({ events: "Runoviikko." });

    const withdrawn = await submit(actors.hanna, {
      meetingId,
      libraryId: libraries.jyvaskyla,
      events: "Runoviikko.",
      intent: "draft",
    });
    expect(withdrawn).toMatchObject({ status: "saved", notice: { key: "newsRound.saved.draft" } });
    expect(await entryOf(meetingId, libraries.jyvaskyla)).toMatchObject({ submittedAt: null, budget: null });
    expect(await db.libraryUpdate.count({ where: { meetingId } })).toBe(1);
  });

  it("a coordinator corrects a library's submitted entry, which stays submitted", async () => {
    const meetingId = await newMeeting("MINUTES_DRAFT", -1);
    await submit(actors.laila, { meetingId, events: "Kesälukuhaaste", intent: "submit" });
    const first = (await entryOf(meetingId, libraries.valkeakoski))!;
    const corrected = await submit(actors.coordinator, {
      meetingId,
      libraryId: libraries.valkeakoski,
      events: "Kesälukuhaaste (kokouksessa kerrottu: 1 200 osallistujaa)",
      intent: "submit",
    });
    expect(corrected.status).toBe("saved");
    expect(await entryOf(meetingId, libraries.valkeakoski)).toMatchObject({
      id: first.id,
      submittedAt: first.submittedAt,
      authorId: actors.coordinator.id,
      events: "Kesälukuhaaste (kokouksessa kerrottu: 1 200 osallistujaa)",
    });
  });
});

describe("a library's entries over time", () => {
  it("are the submitted ones of meetings the viewer may see, newest meeting first", async () => {
    // Valkeakoski: submitted in a meeting with draft minutes, a draft in a published one, submitted in an approved one.
    const draftMinutes = await newMeeting("MINUTES_DRAFT", -10);
    const published = await newMeeting("AGENDA_PUBLISHED", 20);
    const approved = await newMeeting("MINUTES_APPROVED", -40);
    await submit(actors.laila, { meetingId: draftMinutes, body: "Luonnosmuistion kuulumiset", intent: "submit" });
    await submit(actors.laila, { meetingId: published, body: "Keskeneräinen luonnos", intent: "draft" });
    await db.libraryUpdate.create({
      data: {
        meetingId: approved,
        libraryId: libraries.valkeakoski,
        authorId: actors.laila.id,
        body: "Hyväksytyn muistion kuulumiset",
        submittedAt: new Date(),
      },
    });

    const mine = (entries: Awaited<ReturnType<typeof listLibraryNewsRound>>) =>
      (entries ?? []).filter((e) => [draftMinutes, published, approved].includes(e.meetingId)).map((e) => e.body);

    // Staff see approved minutes only; seeded 3/2023 is among them.
    const forStaff = await listLibraryNewsRound(actors.staff, "valkeakoski");
    expect(mine(forStaff)).toEqual(["Hyväksytyn muistion kuulumiset"]);
    expect(forStaff?.some((e) => e.meetingId === approvedId)).toBe(true);
    expect(forStaff?.some((e) => e.meetingId === publishedId)).toBe(false);
    // The steering group and coordinators see draft minutes too; drafts of entries never.
    for (const actor of [actors.coordinator, actors.hanna, actors.admin]) {
      expect(mine(await listLibraryNewsRound(actor, "valkeakoski"))).toEqual([
        "Luonnosmuistion kuulumiset",
        "Hyväksytyn muistion kuulumiset",
      ]);
    }
    // Newest meeting first across all of them.
    const all = (await listLibraryNewsRound(actors.coordinator, "valkeakoski"))!;
    const starts = all.map((e) => e.meetingStartsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(all.some((e) => e.meetingId === approvedId && e.meetingTitle === "Ohjausryhmän kokous 3/2023")).toBe(true);

    // A planned meeting's entries are the coordinators' alone.
    const planned = await newMeeting("PLANNED", 90);
    await submit(actors.coordinator, {
      meetingId: planned,
      libraryId: libraries.valkeakoski,
      body: "Suunnitellun kokouksen kuulumiset",
      intent: "submit",
    });
    expect((await listLibraryNewsRound(actors.coordinator, "valkeakoski"))?.[0]?.body).toBe(
      "Suunnitellun kokouksen kuulumiset",
    );
    expect((await listLibraryNewsRound(actors.hanna, "valkeakoski"))?.some((e) => e.meetingId === planned)).toBe(false);

    // Signed out, or without a member library: no meetings, no section.
    expect(await listLibraryNewsRound(null, "valkeakoski")).toBeNull();
    expect(await listLibraryNewsRound(actors.noLibrary, "valkeakoski")).toBeNull();
    expect(await listLibraryNewsRound(actors.staff, "no-such-library")).toEqual([]);
  });
});

describe("concurrent first saves", () => {
  it("end with one row and no error", async () => {
    for (let round = 0; round < 5; round++) {
      const meetingId = await newMeeting("AGENDA_PUBLISHED");
      const auditsBefore = await db.auditEvent.count();
      // Two requests of the same writer (the stand-in session holds one actor at a time)…
      request.actor = actors.hanna;
      const viaAction = await Promise.allSettled([
        saveNewsRoundEntryAction(idleForm, form({ meetingId, budget: `A ${round}`, intent: "draft" })),
        saveNewsRoundEntryAction(idleForm, form({ meetingId, budget: `B ${round}`, intent: "submit" })),
      ]);
      // …and the writer and a coordinator at once, straight through the mutation.
      const viaMutation = await Promise.allSettled([
        saveLibraryUpdate(actors.laila, newsRoundEntrySchema.parse({ meetingId, events: "Laila", intent: "submit" })),
        saveLibraryUpdate(
          actors.coordinator,
          newsRoundEntrySchema.parse({ meetingId, libraryId: libraries.valkeakoski, events: "Juli", intent: "draft" }),
        ),
      ]);
      for (const outcome of viaAction) {
        expect(outcome.status).toBe("fulfilled");
        expect((outcome as PromiseFulfilledResult<FormState>).value.status).toBe("saved");
      }
      expect(viaMutation.map((o) => o.status)).toEqual(["fulfilled", "fulfilled"]);
      const created = viaMutation.map((o) => (o as PromiseFulfilledResult<{ created: boolean }>).value.created);
      expect(created.filter(Boolean)).toHaveLength(1);

      const rows = await db.libraryUpdate.findMany({ where: { meetingId }, orderBy: { libraryId: "asc" } });
      expect(rows.map((r) => r.libraryId).sort()).toEqual([libraries.jyvaskyla, libraries.valkeakoski].sort());
      expect(["A", "B"].map((p) => `${p} ${round}`)).toContain(
        rows.find((r) => r.libraryId === libraries.jyvaskyla)?.budget,
      );
      // One create and one update per library, in the audit too.
      const audits = await db.auditEvent.findMany({
        where: { entityId: { in: rows.map((r) => r.id) } },
        select: { action: true },
      });
      expect(audits.map((a) => a.action).sort()).toEqual([
        "newsRound.create",
        "newsRound.create",
        "newsRound.update",
        "newsRound.update",
      ]);
      expect(await db.auditEvent.count()).toBe(auditsBefore + 4);
    }
  });
});

describe("bad input", () => {
  const long = "x".repeat(NEWS_ROUND_MAX_LENGTH + 1);
  const cases: [string, () => Actor, () => Values, Partial<FormState>][] = [
    [
      "all fields empty",
      () => actors.hanna,
      () => ({
        meetingId: publishedId,
        budget: " ",
        staffing: "",
        projects: "\r\n",
        events: "",
        body: "",
        intent: "submit",
      }),
      { fields: { budget: "newsRound.error.empty" } },
    ],
    [
      "an overlong field",
      () => actors.hanna,
      () => ({ meetingId: publishedId, budget: "Lyhyt", body: long, intent: "submit" }),
      { fields: { body: "validation.tooLong" } },
    ],
    [
      "an unknown meeting",
      () => actors.hanna,
      () => ({ meetingId: randomUUID(), budget: "Talous", intent: "submit" }),
      { fields: { meetingId: "newsRound.error.unknownMeeting" } },
    ],
    [
      "a malformed meeting id",
      () => actors.coordinator,
      () => ({ meetingId: "4-2023", libraryId: libraries.muurame, budget: "Talous" }),
      { fields: { meetingId: "validation.invalid" } },
    ],
    [
      "no meeting at all",
      () => actors.hanna,
      () => ({ budget: "Talous" }),
      { fields: { meetingId: "validation.required" } },
    ],
    [
      "another library's id by a steering member",
      () => actors.hanna,
      () => ({
        meetingId: publishedId,
        libraryId: libraries.valkeakoski,
        budget: "Valkeakosken puolesta",
        intent: "submit",
      }),
      { fields: { libraryId: "newsRound.error.notOwnLibrary" } },
    ],
    [
      "an unknown library by a coordinator",
      () => actors.coordinator,
      () => ({ meetingId: publishedId, libraryId: randomUUID(), budget: "Talous" }),
      { fields: { libraryId: "newsRound.error.unknownLibrary" } },
    ],
    [
      "a malformed library id",
      () => actors.coordinator,
      () => ({ meetingId: publishedId, libraryId: "tampere", budget: "Talous" }),
      { fields: { libraryId: "validation.invalid" } },
    ],
    [
      "an unknown intent",
      () => actors.hanna,
      () => ({ meetingId: publishedId, budget: "Talous", intent: "publish" }),
      { fields: { intent: "validation.invalid" } },
    ],
    [
      "an approved meeting",
      () => actors.hanna,
      () => ({ meetingId: approvedId, budget: "Jälkikäteen", intent: "submit" }),
      { formError: "newsRound.error.locked" },
    ],
    [
      "an approved meeting, by a coordinator",
      () => actors.coordinator,
      () => ({ meetingId: approvedId, libraryId: libraries.tampere, budget: "Jälkikäteen", intent: "submit" }),
      { formError: "newsRound.error.locked" },
    ],
    [
      "a steering member without a library",
      () => actors.steeringNoLibrary,
      () => ({ meetingId: publishedId, budget: "Talous" }),
      { fields: { libraryId: "newsRound.error.noLibrary" } },
    ],
  ];
  for (const [what, actor, values, expected] of cases) {
    it(`${what}: a message, nothing written`, async () => {
      const before = await writes();
      const sent = values();
      const state = await submit(actor(), sent);
      expect(state).toMatchObject({ status: "error", ...expected });
      // The form shows what was sent again.
      expect(state.values).toMatchObject(Object.fromEntries(Object.entries(sent).filter(([, v]) => v !== undefined)));
      expect(await writes()).toEqual(before);
    });
  }

  it("a cross-site request: refused, nothing written", async () => {
    const before = await writes();
    request.headers = crossOrigin();
    await expect(submit(actors.hanna, { meetingId: publishedId, budget: "Talous" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await writes()).toEqual(before);
  });
});

describe("who may write which library's entry, in which status", () => {
  const STATUSES: MeetingStatus[] = ["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"];
  type Expect = "saved" | "NOT_FOUND" | "FORBIDDEN" | "LOCKED" | "UNAUTHENTICATED" | "NOT_OWN";
  const matrix: [string, () => Actor | null, () => string, Expect[]][] = [
    [
      "signed out",
      () => null,
      () => libraries.jyvaskyla,
      ["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"],
    ],
    ["STAFF", () => actors.staff, () => libraries.valkeakoski, ["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "FORBIDDEN"]],
    [
      "SUPERVISOR",
      () => actors.supervisor,
      () => libraries.muurame,
      ["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "FORBIDDEN"],
    ],
    ["STEERING, own library", () => actors.hanna, () => libraries.jyvaskyla, ["NOT_FOUND", "saved", "saved", "LOCKED"]],
    [
      "STEERING, another library",
      () => actors.hanna,
      () => libraries.tampere,
      ["NOT_FOUND", "NOT_OWN", "NOT_OWN", "LOCKED"],
    ],
    ["COORDINATOR", () => actors.coordinator, () => libraries.jyvaskyla, ["saved", "saved", "saved", "LOCKED"]],
    ["ADMIN", () => actors.admin, () => libraries.muurame, ["saved", "saved", "saved", "LOCKED"]],
  ];
  const meetings = {} as Record<MeetingStatus, string>;
  beforeAll(async () => {
    for (const status of STATUSES) meetings[status] = await newMeeting(status);
  });

  const stateFor: Record<Exclude<Expect, "saved">, Partial<FormState>> = {
    UNAUTHENTICATED: { formError: "form.error.UNAUTHENTICATED" },
    NOT_FOUND: { fields: { meetingId: "newsRound.error.unknownMeeting" } },
    FORBIDDEN: { formError: "form.error.FORBIDDEN" },
    LOCKED: { formError: "newsRound.error.locked" },
    NOT_OWN: { fields: { libraryId: "newsRound.error.notOwnLibrary" } },
  };
  const codeFor: Record<Exclude<Expect, "saved">, string> = {
    UNAUTHENTICATED: "UNAUTHENTICATED",
    NOT_FOUND: "NOT_FOUND",
    FORBIDDEN: "FORBIDDEN",
    LOCKED: "FORBIDDEN",
    NOT_OWN: "VALIDATION_FAILED",
  };

  for (const [who, actor, library, expected] of matrix) {
    for (const [index, status] of STATUSES.entries()) {
      const outcome = expected[index]!;
      it(`${who} × ${status}: ${outcome}`, async () => {
        const meetingId = meetings[status];
        const values = { meetingId, libraryId: library(), staffing: `${who} ${uniq()}`, intent: "submit" };
        const before = await writes();
        const state = await submit(actor(), values);
        if (outcome === "saved") {
          expect(state).toMatchObject({ status: "saved" });
          expect(await entryOf(meetingId, library())).toMatchObject({
            staffing: values.staffing,
            authorId: actor()!.id,
          });
          expect(await db.auditEvent.count()).toBe(before.audits + 1);
          return;
        }
        expect(state).toMatchObject({ status: "error", ...stateFor[outcome] });
        expect(await writes()).toEqual(before);
        // The same answer from the mutation itself, as its error code.
        const error = await saveLibraryUpdate(actor(), newsRoundEntrySchema.parse(values)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).code).toBe(codeFor[outcome]);
        expect(await writes()).toEqual(before);
      });
    }
  }
});
