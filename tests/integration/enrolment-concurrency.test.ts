// Capacity that holds under concurrency, on real PostgreSQL at READ COMMITTED,
// with several Prisma clients standing in for several app instances.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { createPrismaClient, type Db } from "@/lib/db/client";
import {
  AlreadyEnrolledError,
  cancelEnrolment,
  ENROLMENT_LOCK,
  enrol,
  enrolTestSeam,
  setCapacity,
  type EnrolPausePoint,
} from "@/lib/enrolments/mutations";
import { AppError } from "@/lib/http/errors";
import { createSession, createUsers, removeCreated, oneToN, sessionState } from "./enrolment-fixtures";

const INSTANCES = 4;
let instances: Db[] = [];
let db: Db;

beforeAll(() => {
  // Hundreds of callers queue for 32 connections at once: on a busy machine the
  // wait can pass the app's fail-fast 3 s, which is not what these tests are about.
  instances = Array.from({ length: INSTANCES }, () =>
    createPrismaClient(process.env.DATABASE_URL!, { max: 8, connectionTimeoutMillis: 60_000 }),
  );
  db = createPrismaClient(process.env.DATABASE_URL!, { max: 4 });
});
afterAll(async () => {
  await removeCreated(db);
  await Promise.all([...instances, db].map((client) => client.$disconnect()));
});

const instance = (i: number) => instances[i % INSTANCES]!;

/** Everyone at once, each request through the next "app instance". */
async function enrolStorm(actors: Actor[], sessionId: string) {
  const started = performance.now();
  const results = await Promise.allSettled(actors.map((a, i) => enrol(a, sessionId, { client: instance(i) })));
  return { results, ms: Math.round(performance.now() - started) };
}

function report(line: string) {
  console.log(`[enrolment storm] ${line}`);
}

describe("enrolment storm", () => {
  it("200 simultaneous enrolments for 20 seats: exactly 20 confirmed, 180 waitlisted at 1…180", async () => {
    const session = await createSession(db, { capacity: 20 });
    const actors = await createUsers(db, 200);
    const { results, ms } = await enrolStorm(actors, session.id);

    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected.map((r) => String(r.reason))).toEqual([]);
    const state = await sessionState(db, session.id);
    report(
      `200 enrol() over ${INSTANCES} clients in ${ms} ms: ${state.confirmed.length} confirmed, ` +
        `${state.waitlisted.length} waitlisted, seatsTaken ${state.seatsTaken}/${state.capacity}`,
    );
    expect(state.confirmed).toHaveLength(20);
    expect(state.waitlisted).toHaveLength(180);
    expect(state.positions).toEqual(oneToN(180));
    expect(state.seatsTaken).toBe(20);
    expect(state.enrolments).toHaveLength(200);

    // What each caller was told matches what was stored.
    const told = results.map((r) => (r.status === "fulfilled" ? r.value : null));
    expect(told.filter((r) => r?.status === "CONFIRMED")).toHaveLength(20);
    const byId = new Map(state.enrolments.map((e) => [e.id, e]));
    for (const r of told) expect(byId.get(r!.id)?.waitlistPosition).toBe(r!.waitlistPosition);

    // One confirmation or waitlist mail per enrolment, in the same transactions.
    const ids = state.enrolments.map((e) => e.id);
    const jobs = await db.job.findMany({
      where: { name: { in: ["email.enrolmentConfirmed", "email.enrolmentWaitlisted"] } },
      select: { name: true, payload: true },
    });
    const mine = jobs.filter((j) => ids.includes((j.payload as { enrolmentId: string }).enrolmentId));
    expect(mine.filter((j) => j.name === "email.enrolmentConfirmed")).toHaveLength(20);
    expect(mine.filter((j) => j.name === "email.enrolmentWaitlisted")).toHaveLength(180);
    // And a reminder two days ahead for each confirmed seat.
    const reminders = await db.job.findMany({ where: { name: "email.sessionReminder" }, select: { payload: true } });
    const reminded = reminders.map((j) => (j.payload as { enrolmentId: string }).enrolmentId);
    expect(reminded.filter((id) => ids.includes(id)).sort()).toEqual(state.confirmed.map((e) => e.id).sort());
  });

  it("double submits of one user create one enrolment; the others answer 409 with it", async () => {
    const session = await createSession(db, { capacity: 5 });
    const [actor] = await createUsers(db, 1);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => enrol(actor!, session.id, { client: instance(i) })),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    expect(fulfilled).toHaveLength(1);
    const winner = fulfilled[0]!.value;
    for (const r of results.filter((r) => r.status === "rejected")) {
      expect(r.reason).toBeInstanceOf(AlreadyEnrolledError);
      expect((r.reason as AlreadyEnrolledError).status).toBe(409);
      expect((r.reason as AlreadyEnrolledError).enrolment.id).toBe(winner.id);
    }
    const state = await sessionState(db, session.id);
    expect(state.enrolments).toHaveLength(1);
    expect(state.seatsTaken).toBe(1);
  });

  it("double submits on a full session take one waitlist place", async () => {
    const session = await createSession(db, { capacity: 1 });
    const [first, second] = await createUsers(db, 2);
    await enrol(first!, session.id);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => enrol(second!, session.id, { client: instance(i) })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const state = await sessionState(db, session.id);
    expect(state.positions).toEqual([1]);
    expect(state.seatsTaken).toBe(1);
  });

  it("double submits re-enrolling after a cancellation reuse the one row once", async () => {
    const session = await createSession(db, { capacity: 3 });
    const [actor] = await createUsers(db, 1);
    const first = await enrol(actor!, session.id);
    await cancelEnrolment(actor!, first.id);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => enrol(actor!, session.id, { client: instance(i) })),
    );
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    expect(fulfilled).toHaveLength(1);
    expect(fulfilled[0]!.value).toEqual({ id: first.id, status: "CONFIRMED", waitlistPosition: null });
    const state = await sessionState(db, session.id);
    expect(state.enrolments).toHaveLength(1);
    expect(state.seatsTaken).toBe(1);
  });
});

describe("cancellation storm", () => {
  it("promotes each freed seat exactly once while the waitlist lasts, positions gapless", async () => {
    const session = await createSession(db, { capacity: 20 });
    const actors = await createUsers(db, 70);
    // Enrol in order so that the queue order is known.
    for (const actor of actors) await enrol(actor, session.id);
    const before = await sessionState(db, session.id);
    expect(before.confirmed).toHaveLength(20);
    expect(before.positions).toEqual(oneToN(50));
    const originalPlace = new Map(before.waitlisted.map((e) => [e.id, e.waitlistPosition!]));

    // All 20 confirmed and 10 waitlisted (every fifth) cancel at once.
    const cancelled = [...before.confirmed, ...before.waitlisted.filter((_, i) => i % 5 === 2)];
    const owner = new Map(actors.map((a) => [a.id, a]));
    const started = performance.now();
    const results = await Promise.allSettled(
      cancelled.map((e, i) => cancelEnrolment(owner.get(e.userId)!, e.id, { client: instance(i) })),
    );
    const ms = Math.round(performance.now() - started);
    expect(results.filter((r) => r.status === "rejected").map((r) => String(r.reason))).toEqual([]);

    const after = await sessionState(db, session.id);
    report(
      `${cancelled.length} simultaneous cancellations in ${ms} ms: ${after.confirmed.length} confirmed, ` +
        `${after.waitlisted.length} waitlisted, seatsTaken ${after.seatsTaken}`,
    );
    expect(after.confirmed).toHaveLength(20);
    expect(after.seatsTaken).toBe(20);
    expect(after.waitlisted).toHaveLength(20);
    expect(after.positions).toEqual(oneToN(20));
    // The queue kept its order, and the promoted came from its front.
    const remaining = after.waitlisted.map((e) => originalPlace.get(e.id)!);
    expect(remaining).toEqual([...remaining].sort((a, b) => a - b));
    const promotedPlaces = after.confirmed.map((e) => originalPlace.get(e.id)!);
    expect(Math.max(...promotedPlaces)).toBeLessThan(Math.min(...remaining));

    // Exactly one promotion (audit and mail) per promoted enrolment. A waitlisted
    // person may have been promoted before their own cancellation ran; then that
    // cancellation freed a seat again and promoted the next one.
    const cancelledIds = new Set(cancelled.map((e) => e.id));
    const audits = await db.auditEvent.findMany({
      where: { action: "enrolment.promote", entityId: { in: before.waitlisted.map((e) => e.id) } },
      select: { entityId: true },
    });
    const promotedIds = audits.map((a) => a.entityId);
    expect(new Set(promotedIds).size).toBe(promotedIds.length);
    const promotedThenCancelled = promotedIds.filter((id) => cancelledIds.has(id));
    expect(promotedIds.filter((id) => !cancelledIds.has(id)).sort()).toEqual(after.confirmed.map((e) => e.id).sort());
    report(`${promotedIds.length} promotions, ${promotedThenCancelled.length} of them cancelled right after`);
    const mails = await db.job.findMany({ where: { name: "email.waitlistPromoted" }, select: { payload: true } });
    const mailed = mails
      .map((m) => (m.payload as { enrolmentId: string }).enrolmentId)
      .filter((id) => originalPlace.has(id));
    expect(mailed.sort()).toEqual([...promotedIds].sort());
  });

  it("frees the seats once the waitlist runs out", async () => {
    const session = await createSession(db, { capacity: 20 });
    const actors = await createUsers(db, 25);
    for (const actor of actors) await enrol(actor, session.id);
    const before = await sessionState(db, session.id);
    const owner = new Map(actors.map((a) => [a.id, a]));
    const cancelled = before.confirmed.slice(0, 15);
    const results = await Promise.allSettled(
      cancelled.map((e, i) => cancelEnrolment(owner.get(e.userId)!, e.id, { client: instance(i) })),
    );
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const after = await sessionState(db, session.id);
    expect(after.confirmed).toHaveLength(10);
    expect(after.waitlisted).toHaveLength(0);
    expect(after.seatsTaken).toBe(10);
  });

  it("enrolments and cancellations mixed keep seatsTaken = confirmed ≤ capacity and the queue gapless", async () => {
    const session = await createSession(db, { capacity: 10 });
    const first = await createUsers(db, 30);
    for (const actor of first) await enrol(actor, session.id);
    const before = await sessionState(db, session.id);
    const owner = new Map(first.map((a) => [a.id, a]));
    const newcomers = await createUsers(db, 40);
    const work = [
      ...before.enrolments.filter((_, i) => i % 2 === 0).map((e) => () => cancelEnrolment(owner.get(e.userId)!, e.id)),
      ...newcomers.map((a) => () => enrol(a, session.id)),
    ];
    const results = await Promise.allSettled(work.map((run, i) => run().then((r) => ({ r, i }))));
    expect(results.filter((r) => r.status === "rejected").map((r) => String(r.reason))).toEqual([]);
    const after = await sessionState(db, session.id);
    expect(after.confirmed).toHaveLength(10);
    expect(after.seatsTaken).toBe(10);
    expect(after.positions).toEqual(oneToN(after.waitlisted.length));
    expect(after.confirmed.length + after.waitlisted.length).toBe(30 - 15 + 40);
  });
});

describe("capacity changes", () => {
  it("raising the capacity promotes as many as fit, in queue order", async () => {
    const session = await createSession(db, { capacity: 2 });
    const actors = await createUsers(db, 7);
    for (const actor of actors) await enrol(actor, session.id);
    const [coordinator] = await createUsers(db, 1, { librarySlug: "tampere", roles: ["COORDINATOR"] });
    const before = await sessionState(db, session.id);

    expect(await setCapacity(coordinator!, session.id, 5)).toEqual({ capacity: 5, seatsTaken: 5, promoted: 3 });
    const after = await sessionState(db, session.id);
    expect(after.confirmed.map((e) => e.id).sort()).toEqual(
      [...before.confirmed, ...before.waitlisted.slice(0, 3)].map((e) => e.id).sort(),
    );
    expect(after.waitlisted.map((e) => e.id)).toEqual(before.waitlisted.slice(3).map((e) => e.id));
    expect(after.positions).toEqual([1, 2]);

    // More seats than the waitlist: everyone in, the rest of the seats stay free.
    expect(await setCapacity(coordinator!, session.id, 10)).toEqual({ capacity: 10, seatsTaken: 7, promoted: 2 });
  });

  it("lowering it below the seats taken is refused and changes nothing", async () => {
    const session = await createSession(db, { capacity: 3 });
    const actors = await createUsers(db, 3);
    for (const actor of actors) await enrol(actor, session.id);
    const [coordinator] = await createUsers(db, 1, { librarySlug: "tampere", roles: ["COORDINATOR"] });
    await expect(setCapacity(coordinator!, session.id, 2)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(setCapacity(coordinator!, session.id, -1)).rejects.toThrow();
    expect(await sessionState(db, session.id)).toMatchObject({ capacity: 3, seatsTaken: 3 });
    // Staff may not change it at all.
    await expect(setCapacity(actors[0]!, session.id, 10)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Lowering to exactly the seats taken is fine.
    expect(await setCapacity(coordinator!, session.id, 3)).toMatchObject({ capacity: 3, promoted: 0 });
  });

  it("a capacity raise racing a storm of enrolments never overbooks", async () => {
    const session = await createSession(db, { capacity: 5 });
    const actors = await createUsers(db, 60);
    const [coordinator] = await createUsers(db, 1, { librarySlug: "tampere", roles: ["COORDINATOR"] });
    const results = await Promise.allSettled([
      ...actors.map((a, i) => enrol(a, session.id, { client: instance(i) })),
      setCapacity(coordinator!, session.id, 25, { client: instance(1) }),
    ]);
    expect(results.filter((r) => r.status === "rejected").map((r) => String(r.reason))).toEqual([]);
    const after = await sessionState(db, session.id);
    expect(after.confirmed).toHaveLength(25);
    expect(after.seatsTaken).toBe(25);
    expect(after.positions).toEqual(oneToN(35));
  });
});

/**
 * Holds every enrol() of the session at `point` until open() is called;
 * arrived(n) resolves once n of them are held there. Once open, later
 * callers pass straight through.
 */
function gate(point: EnrolPausePoint, sessionId: string) {
  let held = 0;
  let isOpen = false;
  let release!: () => void;
  const opened = new Promise<void>((resolve) => (release = resolve));
  const waiting: { n: number; resolve: () => void }[] = [];
  enrolTestSeam.pause = async (at, id) => {
    if (at !== point || id !== sessionId || isOpen) return;
    held++;
    for (const w of waiting.filter((w) => w.n <= held)) w.resolve();
    await opened;
  };
  return {
    arrived: (n: number) => new Promise<void>((resolve) => (held >= n ? resolve() : waiting.push({ n, resolve }))),
    open: () => {
      isOpen = true;
      release();
    },
  };
}

/** Resolves once an enrol() of the session waits in PostgreSQL for the session's advisory lock. */
async function blockedOnTheLock(sessionId: string) {
  await vi.waitFor(
    async () => {
      const [row] = await db.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_locks
        WHERE locktype = 'advisory' AND NOT granted
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND classid = ${ENROLMENT_LOCK}::int::oid
          AND objid = (hashtext(${sessionId})::bigint & 4294967295)::oid`;
      expect(row!.waiting).toBe(1);
    },
    { timeout: 20_000, interval: 20 },
  );
}

// The negative control of the storm above: the real enrol(), its advisory lock
// switched off through its test-only seam, two callers forced to interleave at
// a named point. No luck involved: each outcome follows from the order forced.
//
// What the lock guards, and what it does not (see lib/enrolments/mutations.ts):
// the seat is taken by one conditional UPDATE (seatsTaken < capacity, backed by
// a CHECK), which does not overbook with or without the lock; the lock keeps
// two writers from reading the same end of the waitlist, which the partial
// unique index on (sessionId, waitlistPosition) would turn into a failed enrolment.
describe("what the advisory lock does, with enrol() held at a point", () => {
  afterEach(() => {
    enrolTestSeam.advisoryLock = true;
    enrolTestSeam.pause = null;
  });

  /** Two users on a full session (one seat, taken), both to be held before writing their waitlist place. */
  async function raceForTheWaitlist() {
    const session = await createSession(db, { capacity: 1 });
    const [holder, first, second] = await createUsers(db, 3);
    await enrol(holder!, session.id);
    const held = gate("beforeWrite", session.id);
    const a = enrol(first!, session.id, { client: instance(0) });
    await held.arrived(1);
    const b = enrol(second!, session.id, { client: instance(1) });
    return { session, held, a, b, users: [first!, second!] };
  }

  it("without the lock, two who both read the waitlist's end choose the same place: one enrolment fails", async () => {
    enrolTestSeam.advisoryLock = false;
    const { session, held, a, b, users } = await raceForTheWaitlist();
    // Both have read "nobody waiting" and chosen place 1 before either writes.
    await held.arrived(2);
    held.open();
    const results = await Promise.allSettled([a, b]);

    // Whichever writes first keeps place 1.
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won.map((r) => r.value)).toMatchObject([{ status: "WAITLISTED", waitlistPosition: 1 }]);
    // The other insert meets that place in the partial unique index: no queue
    // place, and no 409 or 422 a user could act on, but an internal error (500).
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).not.toBeInstanceOf(AppError);
    const loser = users[results.findIndex((r) => r.status === "rejected")]!;
    const state = await sessionState(db, session.id);
    expect(state.positions).toEqual([1]);
    expect(state.enrolments.map((e) => e.userId)).not.toContain(loser.id);
  });

  it("with the lock, the same two: the second waits in PostgreSQL for the first and takes place 2", async () => {
    const { session, held, a, b } = await raceForTheWaitlist();
    // The second never reaches the gate: it waits for the lock the first holds.
    await blockedOnTheLock(session.id);
    held.open();
    const results = await Promise.allSettled([a, b]);

    expect(results).toMatchObject([
      { status: "fulfilled", value: { status: "WAITLISTED", waitlistPosition: 1 } },
      { status: "fulfilled", value: { status: "WAITLISTED", waitlistPosition: 2 } },
    ]);
    expect((await sessionState(db, session.id)).positions).toEqual([1, 2]);
  });

  /** Two users on a session with one free seat, to be held after every check, before taking the seat. */
  async function raceForTheLastSeat() {
    const session = await createSession(db, { capacity: 1 });
    const [first, second] = await createUsers(db, 2);
    const held = gate("beforeSeat", session.id);
    const a = enrol(first!, session.id, { client: instance(0) });
    await held.arrived(1);
    const b = enrol(second!, session.id, { client: instance(1) });
    return { session, held, a, b };
  }

  it("without the lock, two who both passed every check for the last seat: still one seat, one waitlist place", async () => {
    enrolTestSeam.advisoryLock = false;
    const { session, held, a, b } = await raceForTheLastSeat();
    await held.arrived(2);
    // Both are inside their transactions and the seat is still free.
    expect((await sessionState(db, session.id)).seatsTaken).toBe(0);
    held.open();
    const results = await Promise.allSettled([a, b]);

    // The conditional UPDATE, not the lock, holds the capacity: the second
    // UPDATE waits for the first's row lock, re-reads seatsTaken and takes nothing.
    // Not the CHECK either: it would have refused the second with an error, not queued it.
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const told = results.map((r) => (r.status === "fulfilled" ? r.value.status : null)).sort();
    expect(told).toEqual(["CONFIRMED", "WAITLISTED"]);
    const state = await sessionState(db, session.id);
    expect(state).toMatchObject({ capacity: 1, seatsTaken: 1, positions: [1] });
    expect(state.confirmed).toHaveLength(1);
  });

  it("with the lock, the same two: the first confirmed, the second waitlisted after waiting for it", async () => {
    const { session, held, a, b } = await raceForTheLastSeat();
    await blockedOnTheLock(session.id);
    held.open();
    const results = await Promise.allSettled([a, b]);

    expect(results).toMatchObject([
      { status: "fulfilled", value: { status: "CONFIRMED", waitlistPosition: null } },
      { status: "fulfilled", value: { status: "WAITLISTED", waitlistPosition: 1 } },
    ]);
    expect(await sessionState(db, session.id)).toMatchObject({ seatsTaken: 1, positions: [1] });
  });
});
