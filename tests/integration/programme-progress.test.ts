// Programme progress for those who lead (issue 13, items 4 and 5) against
// real PostgreSQL: the filters (library, region, stuck, deadline soon,
// status) and paging done in SQL, a supervisor's scope held in the loader,
// the permission matrix of the page's data, the reminder action and the
// figure exports (refusals write nothing), the figures (rate, median by
// percentile_cont) on known data, the coordinator's reminder to a filtered
// group, the periodic reminders run by two workers at once sending each
// reminder exactly once, and the page's statement count at two list lengths.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { createSession, createUsers, libraryId, removeCreated, uniq } from "./enrolment-fixtures";
import { ORIGIN, request as current } from "./support/request";
import { submit } from "./support/server-actions";
import { sessionCookie } from "./support/session-cookie";
import { countStatements, installCountingDb } from "./support/statements";

vi.mock("@/lib/auth/config", () => import("./support/stub-auth-config"));
vi.mock("next/headers", () => import("./support/stub-headers"));
vi.mock("next/cache", () => import("./support/stub-cache"));
vi.mock("next/navigation", () => import("./support/stub-navigation"));

const db: Db = installCountingDb();

const { getProgrammeProgress, getProgrammeFigures, countReminderRecipients } =
  await import("@/lib/programmes/progress/data");
const { sendDueProgrammeReminders, sendProgrammeReminders } = await import("@/lib/programmes/progress/mutations");
const { sendProgrammeRemindersAction } = await import("@/lib/programmes/progress/actions");
const { GET: getCsv } = await import("@/app/api/exports/programmes/[offeringId]/figures.csv/route");
const { GET: getXlsx } = await import("@/app/api/exports/programmes/[offeringId]/figures.xlsx/route");
const { handlers } = await import("@/lib/jobs/handlers");

const DAY = 24 * 3600 * 1000;
/** Now, at a Helsinki midday, so that whole days stay whole. */
const NOW = new Date(Math.floor(Date.now() / DAY) * DAY + 10 * 3600 * 1000);
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);
const dayAhead = (n: number) => new Date(new Date(NOW.toISOString().slice(0, 10)).getTime() + n * DAY);

/** A second client: another worker process for the race. */
let other: Db;
let coordinator: Actor;
let admin: Actor;
let supervisorA: Actor;
let supervisorB: Actor;
let otherStaff: Actor;
let valkeakoski: string;
let muurame: string;

beforeAll(async () => {
  other = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
  coordinator = (await createUsers(db, 1, { roles: ["COORDINATOR"], prefix: `pp-coord-${uniq()}` }))[0]!;
  admin = (await createUsers(db, 1, { roles: ["ADMIN"], prefix: `pp-admin-${uniq()}` }))[0]!;
  supervisorA = (await createUsers(db, 1, { roles: ["SUPERVISOR"], prefix: `pp-supa-${uniq()}` }))[0]!;
  supervisorB = (
    await createUsers(db, 1, {
      roles: ["SUPERVISOR"],
      librarySlug: "muurame",
      prefix: `pp-supb-${uniq()}`,
    })
  )[0]!;
  otherStaff = (await createUsers(db, 1, { prefix: `pp-other-${uniq()}` }))[0]!;
  valkeakoski = await libraryId(db, "valkeakoski");
  muurame = await libraryId(db, "muurame");
});
afterAll(async () => {
  await db.offering.deleteMany({ where: { kind: "PROGRAMME", slug: { startsWith: "test-progress-" } } });
  await removeCreated(db);
  await other.$disconnect();
});

/** A published programme with `parts` required parts and the given deadline. */
async function createProgramme(parts: number, deadline: Date | null) {
  const id = uniq();
  const { offeringSlug } = await createSession(db, { capacity: 1 });
  const { menuId } = await db.offering.findUniqueOrThrow({ where: { slug: offeringSlug }, select: { menuId: true } });
  const offering = await db.offering.create({
    data: {
      menuId,
      slug: `test-progress-${id}`,
      kind: "PROGRAMME",
      title: `Etenemisohjelma ${id}`,
      deadline,
      programmePublishedAt: new Date(),
    },
    select: { id: true, slug: true },
  });
  const partIds: string[] = [];
  for (let i = 0; i < parts; i++) {
    const part = await db.programmeModule.create({
      data: { offeringId: offering.id, position: i + 1, title: `Osio ${i + 1}` },
      select: { id: true },
    });
    partIds.push(part.id);
  }
  return { offeringId: offering.id, slug: offering.slug, partIds };
}

type Join = {
  librarySlug?: string;
  status?: "ACTIVE" | "LEFT" | "COMPLETED";
  joinedDaysAgo?: number;
  /** Days from joining to completing (COMPLETED). */
  tookDays?: number;
  idleDays?: number;
  partsDone?: number;
};

/** A participant with a known history, written directly (the rules of getting there are programmes.test.ts's). */
async function participant(programme: { offeringId: string; partIds: string[] }, join: Join = {}) {
  const [person] = await createUsers(db, 1, { librarySlug: join.librarySlug, prefix: `pp-${uniq()}` });
  const joinedAt = daysAgo(join.joinedDaysAgo ?? 60);
  const status = join.status ?? "ACTIVE";
  const completedAt = status === "COMPLETED" ? new Date(joinedAt.getTime() + (join.tookDays ?? 10) * DAY) : null;
  const lastProgressAt = completedAt ?? daysAgo(join.idleDays ?? 1);
  const row = await db.programmeParticipation.create({
    data: { offeringId: programme.offeringId, userId: person!.id, status, joinedAt, completedAt, lastProgressAt },
    select: { id: true },
  });
  const done = status === "COMPLETED" ? programme.partIds.length : (join.partsDone ?? 0);
  if (done > 0) {
    await db.moduleCompletion.createMany({
      data: programme.partIds
        .slice(0, done)
        .map((moduleId) => ({ moduleId, userId: person!.id, completedAt: joinedAt })),
    });
  }
  return { actor: person!, participationId: row.id };
}

/** Whatever a refusal may not write: reminder jobs, reminder rows, audit events of reminders. */
async function writes() {
  const [jobs, reminders, audits] = await Promise.all([
    db.job.count({ where: { name: "email.programmeReminder" } }),
    db.programmeReminder.count(),
    db.auditEvent.count({ where: { action: "programme.remindersSent" } }),
  ]);
  return { jobs, reminders, audits };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

const names = (progress: { participants: { participationId: string }[] } | null) =>
  new Set(progress?.participants.map((p) => p.participationId));

// ───────────── The known programme ─────────────

let known: Awaited<ReturnType<typeof createProgramme>>;
const people: Record<string, { actor: Actor; participationId: string }> = {};

beforeAll(async () => {
  // Deadline in 20 days: everyone unfinished is "deadline soon".
  known = await createProgramme(3, dayAhead(20));
  // Valkeakoski (Pirkanmaa): 4 started, 2 completed in 10 and 20 days; one stuck (40 days idle), one left.
  people.vDone10 = await participant(known, { status: "COMPLETED", joinedDaysAgo: 100, tookDays: 10 });
  people.vDone20 = await participant(known, { status: "COMPLETED", joinedDaysAgo: 90, tookDays: 20 });
  people.vStuck = await participant(known, { idleDays: 40, partsDone: 1 });
  people.vLeft = await participant(known, { status: "LEFT", idleDays: 50 });
  // Muurame (Keski-Suomi): 2 started, 1 completed in 7 days; one active and moving.
  people.mDone7 = await participant(known, {
    librarySlug: "muurame",
    status: "COMPLETED",
    joinedDaysAgo: 30,
    tookDays: 7,
  });
  people.mActive = await participant(known, { librarySlug: "muurame", idleDays: 2, partsDone: 2 });
});

describe("the progress list", () => {
  const list = (actor: Actor | null, query = {}) => getProgrammeProgress(actor, known.offeringId, query, { now: NOW });

  it("shows every participant to a coordinator, with parts done, the current part and days to the deadline", async () => {
    const progress = (await list(coordinator))!;
    expect(progress.matching).toBe(6);
    const stuck = progress.participants.find((p) => p.participationId === people.vStuck!.participationId)!;
    expect(stuck).toMatchObject({
      status: "ACTIVE",
      done: 1,
      total: 3,
      currentPart: { id: known.partIds[1], title: "Osio 2" },
      idleDays: 40,
      daysLeft: 20,
      person: { libraryName: "Valkeakosken kaupunginkirjasto" },
      region: "PIRKANMAA",
    });
    const finished = progress.participants.find((p) => p.participationId === people.vDone10!.participationId)!;
    expect(finished).toMatchObject({ status: "COMPLETED", done: 3, total: 3, currentPart: null, daysLeft: null });
    // The active first, the longest idle first.
    expect(progress.participants[0]!.participationId).toBe(people.vStuck!.participationId);
  });

  it("filters in SQL: library, region, status, stuck, deadline soon, and combinations", async () => {
    expect(names(await list(coordinator, { library: muurame }))).toEqual(
      new Set([people.mDone7!.participationId, people.mActive!.participationId]),
    );
    expect((await list(coordinator, { region: "PIRKANMAA" }))!.matching).toBe(4);
    expect((await list(coordinator, { region: "KESKI_SUOMI" }))!.matching).toBe(2);
    expect((await list(coordinator, { status: "COMPLETED" }))!.matching).toBe(3);
    expect((await list(coordinator, { status: "LEFT" }))!.matching).toBe(1);
    expect(names(await list(coordinator, { stuck: "1" }))).toEqual(new Set([people.vStuck!.participationId]));
    expect(names(await list(coordinator, { deadlineSoon: "1" }))).toEqual(
      new Set([people.vStuck!.participationId, people.mActive!.participationId]),
    );
    expect(names(await list(coordinator, { deadlineSoon: "1", library: muurame }))).toEqual(
      new Set([people.mActive!.participationId]),
    );
    expect((await list(coordinator, { stuck: "1", region: "KESKI_SUOMI" }))!.matching).toBe(0);
  });

  it("a deadline far away is not soon", async () => {
    const far = await createProgramme(1, dayAhead(200));
    await participant(far);
    const progress = await getProgrammeProgress(coordinator, far.offeringId, { deadlineSoon: "1" }, { now: NOW });
    expect(progress!.matching).toBe(0);
    expect((await getProgrammeProgress(coordinator, far.offeringId, {}, { now: NOW }))!.matching).toBe(1);
  });

  it("a supervisor sees their own library's participants only, whatever the filters say", async () => {
    const own = await list(supervisorA);
    expect(own!.matching).toBe(4);
    expect(own!.participants.every((p) => p.person.libraryName === "Valkeakosken kaupunginkirjasto")).toBe(true);
    expect((await list(supervisorA, { library: muurame }))!.matching).toBe(0);
    expect((await list(supervisorA, { region: "KESKI_SUOMI" }))!.matching).toBe(0);
    expect(names(await list(supervisorB))).toEqual(
      new Set([people.mDone7!.participationId, people.mActive!.participationId]),
    );
    // The figures too: only their library, and totals of it.
    const figures = (await getProgrammeFigures(supervisorB, known.offeringId))!.figures;
    expect(figures.libraries.map((r) => r.key)).toEqual([muurame]);
    expect(figures.total).toMatchObject({ started: 2, completed: 1 });
  });

  it("answers null for an unknown id, a malformed one, and an offering that is not a programme", async () => {
    expect(await list(coordinator)).not.toBeNull();
    expect(await getProgrammeProgress(coordinator, "00000000-0000-4000-8000-000000000000", {})).toBeNull();
    expect(await getProgrammeProgress(coordinator, "not-a-uuid", {})).toBeNull();
    const { offeringSlug } = await createSession(db, { capacity: 1 });
    const workshop = await db.offering.findUniqueOrThrow({ where: { slug: offeringSlug }, select: { id: true } });
    expect(await getProgrammeProgress(coordinator, workshop.id, {})).toBeNull();
  });
});

describe("the figures", () => {
  it("started, completed, rate and median days per library, per region and in all", async () => {
    const { figures } = (await getProgrammeFigures(coordinator, known.offeringId))!;
    const v = figures.libraries.find((r) => r.key === valkeakoski)!;
    const m = figures.libraries.find((r) => r.key === muurame)!;
    expect(v).toMatchObject({ started: 4, completed: 2, rate: 0.5, medianDays: 15, region: "PIRKANMAA" });
    expect(m).toMatchObject({ started: 2, completed: 1, rate: 0.5, medianDays: 7, region: "KESKI_SUOMI" });
    expect(figures.regions.find((r) => r.key === "PIRKANMAA")).toMatchObject({
      started: 4,
      completed: 2,
      medianDays: 15,
    });
    expect(figures.regions.find((r) => r.key === "KESKI_SUOMI")).toMatchObject({
      started: 2,
      completed: 1,
      medianDays: 7,
    });
    expect(figures.total).toMatchObject({ kind: "total", started: 6, completed: 3, rate: 0.5, medianDays: 10 });
  });

  it("a programme nobody completed has no median and a zero rate", async () => {
    const empty = await createProgramme(1, null);
    await participant(empty);
    const { figures } = (await getProgrammeFigures(coordinator, empty.offeringId))!;
    expect(figures.total).toMatchObject({ started: 1, completed: 0, rate: 0, medianDays: null });
  });
});

// ───────────── Who may ─────────────

function request(path: string, cookie?: string) {
  const headers = new Headers({ host: "127.0.0.1:3000", origin: ORIGIN });
  if (cookie) headers.set("cookie", cookie);
  current.headers = headers;
  // Signed in by the cookie alone (the stubbed session falls back to request.actor without one).
  current.actor = null;
  return new Request(`${ORIGIN}${path}`, { method: "GET", headers });
}
const params = (offeringId: string) => ({ params: Promise.resolve({ offeringId }) });
const csvAs = (offeringId: string, cookie?: string) =>
  getCsv(request(`/api/exports/programmes/${offeringId}/figures.csv`, cookie), params(offeringId));
const xlsxAs = (offeringId: string, cookie?: string) =>
  getXlsx(request(`/api/exports/programmes/${offeringId}/figures.xlsx`, cookie), params(offeringId));

describe("permissions (no middleware in front)", () => {
  it("the page's data: participant and other staff 403, signed out 401; supervisors scoped; coordinator and admin all", async () => {
    const load = (actor: Actor | null) => getProgrammeProgress(actor, known.offeringId, {}, { now: NOW });
    expect(await codeOf(load(people.vStuck!.actor))).toBe("FORBIDDEN");
    expect(await codeOf(load(otherStaff))).toBe("FORBIDDEN");
    expect(await codeOf(load(null))).toBe("UNAUTHENTICATED");
    expect(names(await load(supervisorA)).has(people.vStuck!.participationId)).toBe(true);
    expect(names(await load(supervisorB)).has(people.vStuck!.participationId)).toBe(false);
    expect((await load(coordinator))!.matching).toBe(6);
    expect((await load(admin))!.matching).toBe(6);
    // The reminder's count is the coordinators' alone.
    expect(await codeOf(countReminderRecipients(supervisorA, known.offeringId, {}))).toBe("FORBIDDEN");
    expect((await countReminderRecipients(admin, known.offeringId, {}, { now: NOW }))!.recipients).toBe(2);
  });

  it("the reminder action: only coordinators and admins; refusals write nothing", async () => {
    const before = await writes();
    const values = { offeringId: known.offeringId, stuck: "1", confirm: "yes" };
    for (const actor of [null, people.vStuck!.actor, otherStaff, supervisorA, supervisorB]) {
      const outcome = await submit(sendProgrammeRemindersAction, actor, values);
      expect(outcome.redirect, `actor ${actor?.roles.join() ?? "signed out"}`).toBeUndefined();
      expect(outcome.state?.status).toBe("error");
    }
    // Without the confirmation, and with a bad filter: refused, nothing written.
    const unconfirmed = await submit(sendProgrammeRemindersAction, coordinator, { ...values, confirm: undefined });
    expect(unconfirmed.state?.status).toBe("error");
    const badFilter = await submit(sendProgrammeRemindersAction, coordinator, { ...values, region: "LAPPI" });
    expect(badFilter.state?.status).toBe("error");
    expect(await writes()).toEqual(before);
  });

  it("the figure exports: 401 signed out, 403 participant and other staff, 200 supervisors (own library), coordinator, admin; 404 unknown", async () => {
    for (const get of [csvAs, xlsxAs]) {
      expect((await get(known.offeringId)).status).toBe(401);
      expect((await get(known.offeringId, await sessionCookie(db, people.vStuck!.actor.id))).status).toBe(403);
      expect((await get(known.offeringId, await sessionCookie(db, otherStaff.id))).status).toBe(403);
      for (const actor of [supervisorA, supervisorB, coordinator, admin]) {
        expect((await get(known.offeringId, await sessionCookie(db, actor.id))).status).toBe(200);
      }
      const cookie = await sessionCookie(db, coordinator.id);
      expect((await get("00000000-0000-4000-8000-000000000000", cookie)).status).toBe(404);
      expect((await get("nonsense", cookie)).status).toBe(404);
    }
  });

  it("the CSV and the XLSX carry the figures; a supervisor's only their library's", async () => {
    const res = await csvAs(known.offeringId, await sessionCookie(db, coordinator.id));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="luvut-${known.slug}.csv"`);
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("Taso;Kirjasto;Alue;Aloittaneet;Suorittaneet;Suoritusosuus (%);Mediaani (pv)");
    expect(lines).toContain("Kirjasto;Valkeakosken kaupunginkirjasto;Pirkanmaa;4;2;50;15");
    expect(lines).toContain("Alue;;Keski-Suomi;2;1;50;7");
    expect(lines.at(-1)).toBe("Yhteensä;;;6;3;50;10");

    const own = await csvAs(known.offeringId, await sessionCookie(db, supervisorA.id));
    expect(await own.text()).not.toContain("Muuramen");

    const xlsx = await xlsxAs(known.offeringId, await sessionCookie(db, coordinator.id));
    expect(xlsx.headers.get("content-disposition")).toBe(`attachment; filename="luvut-${known.slug}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((row) => row.includes("Valkeakosken kaupunginkirjasto") && row.includes(15))).toBe(true);
  });
});

// ───────────── Reminders ─────────────

describe("a coordinator's reminder to the filtered group", () => {
  it("confirms the count, sends one mail each to the group's active ones, audits, and not twice the same day", async () => {
    const programme = await createProgramme(2, dayAhead(60));
    const stuck1 = await participant(programme, { idleDays: 45 });
    const stuck2 = await participant(programme, { librarySlug: "muurame", idleDays: 35 });
    const moving = await participant(programme, { idleDays: 3 });
    await participant(programme, { status: "COMPLETED", joinedDaysAgo: 80 });
    await participant(programme, { status: "LEFT", idleDays: 70 });
    const filter = { stuck: "1" as const };
    expect((await countReminderRecipients(coordinator, programme.offeringId, filter, { now: NOW }))!.recipients).toBe(
      2,
    );

    const outcome = await submit(sendProgrammeRemindersAction, coordinator, {
      offeringId: programme.offeringId,
      stuck: "1",
      confirm: "yes",
    });
    expect(outcome.redirect).toBe(
      `/koulutukset/hallinta/ohjelmat/${programme.offeringId}/eteneminen?stuck=1&muistutettu=2`,
    );
    const jobs = await db.job.findMany({
      where: { name: "email.programmeReminder", payload: { path: ["kind"], equals: "MANUAL" } },
      select: { payload: true },
    });
    const mine = jobs.map((j) => (j.payload as { participationId: string }).participationId);
    expect(mine).toEqual(expect.arrayContaining([stuck1.participationId, stuck2.participationId]));
    expect(mine).not.toContain(moving.participationId);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "programme.remindersSent", entityId: programme.offeringId },
      select: { actorId: true, after: true },
    });
    expect(audit).toEqual({ actorId: coordinator.id, after: { filters: { stuck: "1" }, group: 2, sent: 2 } });
    // Again the same day: nobody gets a second one.
    expect(
      (await sendProgrammeReminders(coordinator, { offeringId: programme.offeringId, stuck: "1", confirm: "yes" }))
        .sent,
    ).toBe(0);
    // No MANUAL kind in the database's enum: the rows of the periodic reminders are untouched.
    expect(await db.programmeReminder.count({ where: { participationId: stuck1.participationId } })).toBe(0);
  });

  it("the mail says how far one is, the next part and the deadline", async () => {
    const programme = await createProgramme(3, dayAhead(25));
    const person = await participant(programme, { partsDone: 1, idleDays: 40 });
    const sent: { to: string; subject: string; text: string }[] = [];
    const outcome = await handlers["email.programmeReminder"](
      { participationId: person.participationId, kind: "DEADLINE_30" },
      {
        db,
        now: NOW,
        appUrl: "https://pike.example",
        organizer: { name: "PiKe", email: "pike@example.fi" },
        mailer: (mail) => {
          sent.push(mail);
          return Promise.resolve();
        },
      },
    );
    expect(outcome).toBe("sent");
    expect(sent[0]!.subject).toContain("määräaikaan kuukausi");
    expect(sent[0]!.text).toContain("Osioita tehty: 1/3");
    expect(sent[0]!.text).toContain("Seuraava osio: Osio 2");
    expect(sent[0]!.text).toContain(`https://pike.example/koulutukset/${programme.slug}`);
    // Once they have left, nothing goes.
    await db.programmeParticipation.update({ where: { id: person.participationId }, data: { status: "LEFT" } });
    const after = await handlers["email.programmeReminder"](
      { participationId: person.participationId, kind: "MANUAL" },
      {
        db,
        now: NOW,
        appUrl: "https://pike.example",
        organizer: { name: "PiKe", email: "p@example.fi" },
        mailer: () => Promise.resolve(),
      },
    );
    expect(after).toBe("skipped: not active");
  });
});

describe("the periodic reminders", () => {
  it("two workers at once send each due reminder exactly once; the next run sends none again", async () => {
    const week = await createProgramme(2, dayAhead(5));
    const month = await createProgramme(2, dayAhead(20));
    const open = await createProgramme(2, null);
    const past = await createProgramme(2, dayAhead(-3));
    const due = {
      week: await participant(week, { idleDays: 1 }),
      month: await participant(month, { idleDays: 1 }),
      stalled: await participant(open, { idleDays: 31 }),
    };
    const notDue = {
      fresh: await participant(open, { idleDays: 29 }),
      completed: await participant(week, { status: "COMPLETED", joinedDaysAgo: 50 }),
      left: await participant(month, { status: "LEFT", idleDays: 60 }),
      pastDeadline: await participant(past, { idleDays: 60 }),
      alreadyStalled: await participant(open, { idleDays: 90 }),
    };
    await db.programmeReminder.create({
      data: { participationId: notDue.alreadyStalled.participationId, kind: "STALLED" },
    });

    const runs = await Promise.allSettled([sendDueProgrammeReminders(db, NOW), sendDueProgrammeReminders(other, NOW)]);
    expect(runs.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const again = await sendDueProgrammeReminders(db, NOW);

    const ids = [...Object.values(due), ...Object.values(notDue)].map((p) => p.participationId);
    const rows = await db.programmeReminder.findMany({
      where: { participationId: { in: ids } },
      select: { participationId: true, kind: true },
    });
    const jobs = await db.job.findMany({ where: { name: "email.programmeReminder" }, select: { payload: true } });
    const jobsOf = (id: string) =>
      jobs.map((j) => j.payload as { participationId: string; kind: string }).filter((p) => p.participationId === id);

    expect(jobsOf(due.week.participationId)).toEqual([
      { participationId: due.week.participationId, kind: "DEADLINE_7" },
    ]);
    expect(jobsOf(due.month.participationId)).toEqual([
      { participationId: due.month.participationId, kind: "DEADLINE_30" },
    ]);
    expect(jobsOf(due.stalled.participationId)).toEqual([
      { participationId: due.stalled.participationId, kind: "STALLED" },
    ]);
    for (const person of Object.values(notDue)) expect(jobsOf(person.participationId)).toEqual([]);
    expect(rows).toHaveLength(4); // three sent now, the one sent before
    // The second run found nothing more for these people (others may have their next one due).
    expect(again.candidates).toBeGreaterThanOrEqual(0);
  });

  it("stalled and near the deadline: one mail, the deadline's, with two workers; the stalled one never follows", async () => {
    const month = await createProgramme(2, dayAhead(20));
    const week = await createProgramme(2, dayAhead(5));
    const both = await participant(month, { idleDays: 40 });
    const bothWeek = await participant(week, { idleDays: 45 });
    const mailsOf = async (id: string) =>
      (await db.job.findMany({ where: { name: "email.programmeReminder" }, select: { payload: true } }))
        .map((j) => j.payload as { participationId: string; kind: string })
        .filter((p) => p.participationId === id)
        .map((p) => p.kind);
    const rowsOf = async (id: string) =>
      (await db.programmeReminder.findMany({ where: { participationId: id }, select: { kind: true } }))
        .map((r) => r.kind)
        .sort();

    const runs = await Promise.allSettled([sendDueProgrammeReminders(db, NOW), sendDueProgrammeReminders(other, NOW)]);
    expect(runs.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await mailsOf(both.participationId)).toEqual(["DEADLINE_30"]);
    expect(await mailsOf(bothWeek.participationId)).toEqual(["DEADLINE_7"]);
    expect(await rowsOf(both.participationId)).toEqual(["DEADLINE_30", "STALLED"]);
    expect(await rowsOf(bothWeek.participationId)).toEqual(["DEADLINE_7", "STALLED"]);

    // The next periodic runs (an hour later, the next day): no stalled reminder follows.
    for (const later of [new Date(NOW.getTime() + 3600 * 1000), new Date(NOW.getTime() + DAY)]) {
      await Promise.allSettled([sendDueProgrammeReminders(db, later), sendDueProgrammeReminders(other, later)]);
    }
    expect(await mailsOf(both.participationId)).toEqual(["DEADLINE_30"]);
    expect(await mailsOf(bothWeek.participationId)).toEqual(["DEADLINE_7"]);
    // The deadline's second reminder still comes in its time, once.
    const inWeek = new Date(NOW.getTime() + 14 * DAY);
    await Promise.allSettled([sendDueProgrammeReminders(db, inWeek), sendDueProgrammeReminders(other, inWeek)]);
    expect(await mailsOf(both.participationId)).toEqual(["DEADLINE_30", "DEADLINE_7"]);
  });

  it("a week later the deadline's second reminder goes, still once", async () => {
    const programme = await createProgramme(1, dayAhead(10));
    const person = await participant(programme, { idleDays: 1 });
    expect((await sendDueProgrammeReminders(db, NOW)).byKind.DEADLINE_30).toBeGreaterThanOrEqual(1);
    const later = new Date(NOW.getTime() + 4 * DAY);
    await Promise.allSettled([sendDueProgrammeReminders(db, later), sendDueProgrammeReminders(other, later)]);
    const kinds = await db.programmeReminder.findMany({
      where: { participationId: person.participationId },
      select: { kind: true },
      orderBy: { kind: "asc" },
    });
    expect(kinds.map((k) => k.kind).sort()).toEqual(["DEADLINE_30", "DEADLINE_7"]);
  });
});

// ───────────── Statements ─────────────

describe("statements per page", () => {
  it("the progress page's data in at most 5 statements, the same with a list ten times longer; pages of 50", async () => {
    const programme = await createProgramme(4, dayAhead(40));
    const grow = async (count: number) => {
      for (let i = 0; i < count; i++) {
        await participant(programme, { librarySlug: i % 2 ? "muurame" : undefined, partsDone: i % 4, idleDays: i });
      }
    };
    const page = (query = {}) => getProgrammeProgress(coordinator, programme.offeringId, query, { now: NOW });
    await grow(5);
    const short = await countStatements(page);
    await grow(50);
    const long = await countStatements(page);
    expect(short.statements.length).toBeLessThanOrEqual(5);
    expect(long.statements.length).toBe(short.statements.length);
    expect(long.result!.participants).toHaveLength(50);
    expect(long.result!.matching).toBe(55);
    expect(long.result!.hasNext).toBe(true);
    const second = await page({ page: 2 });
    expect(second!.participants).toHaveLength(5);
    expect(second!.hasNext).toBe(false);
    expect(new Set([...names(long.result), ...names(second)]).size).toBe(55);
  });
});
