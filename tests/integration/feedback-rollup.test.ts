// The feedback report's per-session rollup (migration 1734030000000_feedback_rollup)
// against real PostgreSQL. Row triggers keep "FeedbackSession" by deltas; the
// report reads it instead of the enrolments and their feedback, so a trigger
// that misses a case gives wrong figures and no error. Each kind of change is
// made with real writes, and after each one the table must equal what
// feedback_rollup_rebuild() computes from scratch (compared in a transaction
// rolled back; rows of zeros count as absent). Spot checks of this file's own
// sessions make sure the table is not equal only because it is empty. Also: a
// bulk load with the triggers off, then a rebuild; and feedback racing a change
// of its enrolment's status, both ways round.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { EnrolmentStatus } from "@/lib/db/enums";
import { RESPONDENT_STATUSES } from "@/lib/feedback/report/rules";
import { createSession, createUsers, removeCreated } from "./enrolment-fixtures";

const FIGURES = `"attended", "responses", "ratingSum", "r1", "r2", "r3", "r4", "r5", "comments"`;
const NONZERO = `NOT ("attended" = 0 AND "responses" = 0 AND "ratingSum" = 0 AND "r1" = 0 AND "r2" = 0
                 AND "r3" = 0 AND "r4" = 0 AND "r5" = 0 AND "comments" = 0)`;
const ZERO = { attended: 0, responses: 0, ratingSum: 0, r1: 0, r2: 0, r3: 0, r4: 0, r5: 0, comments: 0 };

let db: Db;
/** Compares and reads the rollup. */
let check: pg.Client;
/** Two concurrent writers. */
let writers: [pg.Client, pg.Client];

async function connect() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL, options: "-c TimeZone=UTC" });
  await client.connect();
  return client;
}

/** The rollup's rows that differ from a rebuild, described. */
async function differences(): Promise<string[]> {
  await check.query("BEGIN");
  try {
    await check.query(`CREATE TEMP TABLE "kept" ON COMMIT DROP AS SELECT * FROM "FeedbackSession" WHERE ${NONZERO}`);
    await check.query("SELECT feedback_rollup_rebuild()");
    const kept = `SELECT "sessionId", ${FIGURES} FROM "kept"`;
    const rebuilt = `SELECT "sessionId", ${FIGURES} FROM "FeedbackSession" WHERE ${NONZERO}`;
    const { rows } = await check.query<{ e: string }>(
      `(SELECT 'kept ' || to_jsonb(x)::text AS e FROM (${kept} EXCEPT ${rebuilt}) x LIMIT 3)
       UNION ALL
       (SELECT 'rebuilt ' || to_jsonb(x)::text FROM (${rebuilt} EXCEPT ${kept}) x LIMIT 3)`,
    );
    return rows.map((row) => row.e);
  } finally {
    await check.query("ROLLBACK");
  }
}

async function expectExact(after: string) {
  expect(await differences(), `after ${after}: "FeedbackSession" differs from feedback_rollup_rebuild()`).toEqual([]);
}

async function figures(sessionId: string): Promise<typeof ZERO | null> {
  const { rows } = await check.query<typeof ZERO>(`SELECT ${FIGURES} FROM "FeedbackSession" WHERE "sessionId" = $1`, [
    sessionId,
  ]);
  return rows[0] ?? null;
}

const PAST = new Date("2093-03-10T08:00:00Z");

async function enrol(userId: string, sessionId: string, status: EnrolmentStatus) {
  return (await db.enrolment.create({ data: { userId, sessionId, status }, select: { id: true } })).id;
}
const setStatus = (id: string, status: EnrolmentStatus) => db.enrolment.update({ where: { id }, data: { status } });
const give = (enrolmentId: string, rating: number, comment: string | null) =>
  db.feedback.create({ data: { enrolmentId, rating, comment } });

/** The backend's wait, once it waits on a lock (polled for up to 5 s). */
async function lockWaitOf(pid: number): Promise<string> {
  let seen = "no backend";
  for (let i = 0; i < 100; i++) {
    const { rows } = await check.query<{ type: string | null; event: string | null }>(
      `SELECT "wait_event_type" AS "type", "wait_event" AS "event" FROM pg_stat_activity WHERE "pid" = $1`,
      [pid],
    );
    if (rows[0]?.type === "Lock") return "Lock";
    if (rows[0]) seen = `${rows[0].type ?? "-"}/${rows[0].event ?? "-"}`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return `never waited on a lock (last seen: ${seen})`;
}
const pidOf = async (client: pg.Client) =>
  (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 2 });
  check = await connect();
  writers = [await connect(), await connect()];
});

afterAll(async () => {
  await removeCreated(db);
  await Promise.all([check, ...(writers ?? [])].map((client) => client?.end()));
  await db.$disconnect();
});

describe("the feedback rollup against feedback_rollup_rebuild()", () => {
  it("counts the enrolments the report counts (its triggers name ATTENDED)", () => {
    expect(RESPONDENT_STATUSES).toEqual(["ATTENDED"]);
  });

  it("is exact for the demo data before this file's changes", async () => {
    await expectExact("the seed");
  });

  it("follows an enrolment's status, its feedback, a move to another session and a deletion", async () => {
    const [s1, s2] = [
      await createSession(db, { capacity: 5, startsAt: PAST }),
      await createSession(db, { capacity: 5, startsAt: PAST }),
    ];
    const [p1, p2] = await createUsers(db, 2);
    const e1 = await enrol(p1!.id, s1.id, "CONFIRMED");
    expect(await figures(s1.id)).toBeNull();
    await expectExact("a CONFIRMED enrolment");

    await setStatus(e1, "ATTENDED");
    expect(await figures(s1.id)).toEqual({ ...ZERO, attended: 1 });
    await expectExact("CONFIRMED → ATTENDED");

    await give(e1, 4, "Hyvä päivä.");
    expect(await figures(s1.id)).toEqual({ ...ZERO, attended: 1, responses: 1, ratingSum: 4, r4: 1, comments: 1 });
    await expectExact("feedback with a comment");

    await db.feedback.update({ where: { enrolmentId: e1 }, data: { rating: 2, comment: "  \n " } });
    expect(await figures(s1.id)).toEqual({ ...ZERO, attended: 1, responses: 1, ratingSum: 2, r2: 1 });
    await expectExact("the rating changed, the comment only white space");

    const e2 = await enrol(p2!.id, s1.id, "ATTENDED");
    await give(e2, 5, null);
    expect(await figures(s1.id)).toEqual({ ...ZERO, attended: 2, responses: 2, ratingSum: 7, r2: 1, r5: 1 });
    await expectExact("an ATTENDED enrolment inserted, feedback without a comment");

    await setStatus(e1, "NO_SHOW");
    expect(await figures(s1.id)).toEqual({ ...ZERO, attended: 1, responses: 1, ratingSum: 5, r5: 1 });
    await expectExact("ATTENDED → NO_SHOW takes its feedback away");

    await setStatus(e1, "ATTENDED");
    await expectExact("NO_SHOW → ATTENDED brings it back");

    await db.enrolment.update({ where: { id: e2 }, data: { sessionId: s2.id } });
    expect(await figures(s2.id)).toEqual({ ...ZERO, attended: 1, responses: 1, ratingSum: 5, r5: 1 });
    await expectExact("an enrolment moved to another session");

    await db.feedback.delete({ where: { enrolmentId: e1 } });
    expect(await figures(s1.id)).toEqual({ ...ZERO, attended: 1 });
    await expectExact("feedback removed");

    await give(e1, 3, "Uudestaan.");
    await db.enrolment.delete({ where: { id: e1 } });
    expect(await figures(s1.id)).toEqual(ZERO);
    await expectExact("an enrolment deleted with its feedback");
  });

  it("follows a person and a session deleted with their enrolments and feedback", async () => {
    const session = await createSession(db, { capacity: 5, startsAt: PAST });
    const [p1, p2] = await createUsers(db, 2);
    await give(await enrol(p1!.id, session.id, "ATTENDED"), 1, "Ei.");
    await give(await enrol(p2!.id, session.id, "ATTENDED"), 3, null);
    expect(await figures(session.id)).toEqual({
      ...ZERO,
      attended: 2,
      responses: 2,
      ratingSum: 4,
      r1: 1,
      r3: 1,
      comments: 1,
    });

    await db.user.delete({ where: { id: p1!.id } });
    expect(await figures(session.id)).toEqual({ ...ZERO, attended: 1, responses: 1, ratingSum: 3, r3: 1 });
    await expectExact("a person deleted");

    await db.trainingSession.delete({ where: { id: session.id } });
    expect(await figures(session.id)).toBeNull();
    await expectExact("a session deleted");
  });

  it("is rebuilt after a bulk load with the triggers off", async () => {
    const session = await createSession(db, { capacity: 5, startsAt: PAST });
    const [p1] = await createUsers(db, 1);
    const bulk = writers[0];
    await bulk.query("BEGIN");
    await bulk.query("SET LOCAL pike.coverage_rollup = 'off'");
    const { rows } = await bulk.query<{ id: string }>(
      `INSERT INTO "Enrolment" ("sessionId", "userId", "status") VALUES ($1, $2, 'ATTENDED') RETURNING "id"`,
      [session.id, p1!.id],
    );
    await bulk.query(`INSERT INTO "Feedback" ("enrolmentId", "rating") VALUES ($1, 5)`, [rows[0]!.id]);
    await bulk.query("COMMIT");
    expect(await figures(session.id)).toBeNull();
    expect(await differences()).not.toEqual([]);
    await check.query("SELECT feedback_rollup_rebuild()");
    expect(await figures(session.id)).toEqual({ ...ZERO, attended: 1, responses: 1, ratingSum: 5, r5: 1 });
    await expectExact("a rebuild");
  });

  it("feedback and a change of its enrolment's status at once: the later one sees the other", async () => {
    const session = await createSession(db, { capacity: 5, startsAt: PAST });
    const [p1, p2] = await createUsers(db, 2);
    const [a, b] = writers;
    const [aPid, bPid] = [await pidOf(a), await pidOf(b)];

    // The status first: the feedback's trigger waits for it, then sees NO_SHOW and counts nothing.
    const e1 = await enrol(p1!.id, session.id, "ATTENDED");
    await a.query("BEGIN");
    await a.query(`UPDATE "Enrolment" SET "status" = 'NO_SHOW' WHERE "id" = $1`, [e1]);
    const feedback = b.query(`INSERT INTO "Feedback" ("enrolmentId", "rating") VALUES ($1, 2)`, [e1]);
    expect(await lockWaitOf(bPid)).toBe("Lock");
    await a.query("COMMIT");
    await feedback;
    expect(await figures(session.id)).toEqual(ZERO);
    await expectExact("feedback while its enrolment became NO_SHOW");

    // The feedback first: the status change waits for it, then takes it away.
    const e2 = await enrol(p2!.id, session.id, "ATTENDED");
    await b.query("BEGIN");
    await b.query(`INSERT INTO "Feedback" ("enrolmentId", "rating", "comment") VALUES ($1, 4, 'Hyvä')`, [e2]);
    const status = a.query(`UPDATE "Enrolment" SET "status" = 'NO_SHOW' WHERE "id" = $1`, [e2]);
    expect(await lockWaitOf(aPid)).toBe("Lock");
    await b.query("COMMIT");
    await status;
    expect(await figures(session.id)).toEqual(ZERO);
    await expectExact("an enrolment became NO_SHOW while its feedback was written");
  });
});
