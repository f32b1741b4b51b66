// Enrolment writes: enrol, cancel, and a coordinator's capacity change. Each
// runs in one READ COMMITTED transaction and holds across app instances on
// one PostgreSQL:
//   - every change to a session's enrolments runs under the session's
//     advisory lock (pg_advisory_xact_lock), so waitlist positions stay 1..n
//     without gaps (the partial unique index backs it) and a freed seat is
//     promoted exactly once;
//   - the seat itself is taken by one conditional UPDATE (seatsTaken <
//     capacity), which can never overbook even without the lock; the CHECK
//     seatsTaken <= capacity backs it;
//   - the mails are enqueued in the same transaction (outbox).
// tests/integration/enrolment-concurrency.test.ts shows each of these with
// the lock switched off (enrolTestSeam below; docs/decisions/0008).
// Lock order: advisory lock → enrolment rows → session row. Every path takes
// the advisory lock first: a conditional UPDATE that finds the session full
// after waiting for another writer still keeps the row locked (READ
// COMMITTED's recheck), so taking the advisory lock only when full deadlocks
// against a cancellation that holds it and waits for the row.
import "server-only";
import { type Actor, assertCan, assertSignedIn, can } from "@/lib/auth/policy";
import { db, type Db, type Tx } from "@/lib/db";
import type { EnrolmentStatus } from "@/lib/db/enums";
import { AppError } from "@/lib/http/errors";
import { enqueue, enqueueMany, scheduleSessionReminder, scheduleSessionReminders } from "@/lib/jobs/mutations";
import { audit, auditMany } from "@/lib/audit/mutations";
import {
  EnrolmentRefusedError,
  enrolmentRefusal,
  mayCancel,
  promotableCount,
  renumberWaitlist,
  type WaitlistEntry,
} from "./rules";
import { setCapacitySchema } from "./schema";
import { invalidating } from "@/lib/cache/invalidate";
import { enrolmentCacheTags, sessionCacheTags } from "@/lib/trainings/data";

export type EnrolmentResult = { id: string; status: EnrolmentStatus; waitlistPosition: number | null };

/** 409: the actor already holds a seat or a queue place in this session. */
export class AlreadyEnrolledError extends AppError {
  constructor(readonly enrolment: EnrolmentResult) {
    super("CONFLICT", `You are already enrolled in this session (enrolment ${enrolment.id}, ${enrolment.status}).`, {
      enrolmentId: enrolment.id,
      status: enrolment.status,
    });
    this.name = "AlreadyEnrolledError";
  }
}

/** A concurrent write of the same user's enrolment won; its result is reported instead. */
class LostEnrolmentRace extends Error {}

type Options = {
  now?: Date;
  /** Another client stands in for another app instance in tests. */
  client?: Db;
};

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;

/** Where enrol() can be held by a test: before it takes a seat, and before it writes the enrolment. */
export type EnrolPausePoint = "beforeSeat" | "beforeWrite";

/**
 * Test-only seam, for tests/integration/enrolment-concurrency.test.ts alone
 * (tests/unit/test-seams.test.ts fails if anything else names it): switches
 * enrol()'s advisory lock off and holds enrol() at a named point, so that a
 * test can force two enrolments to interleave and show what the lock does.
 * Production never changes it: the lock is on and nothing pauses.
 */
export const enrolTestSeam: {
  advisoryLock: boolean;
  pause: ((point: EnrolPausePoint, sessionId: string) => Promise<void>) | null;
} = { advisoryLock: true, pause: null };

/** Namespace of these advisory locks (the first key of the two-key form). */
export const ENROLMENT_LOCK = 4_201;

/**
 * Serialises every change to one session's seats and enrolments until the
 * transaction ends. Take it before any row lock on the session or its
 * enrolments (see the lock order above).
 */
export async function lockSessionEnrolments(tx: Tx, sessionId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ENROLMENT_LOCK}::int, hashtext(${sessionId}))`;
}

/** Takes one seat if one is free; true when taken. */
async function takeSeat(tx: Tx, sessionId: string): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "TrainingSession" SET "seatsTaken" = "seatsTaken" + 1
    WHERE "id" = ${sessionId}::uuid AND "seatsTaken" < "capacity"`;
  return updated === 1;
}

/**
 * Enrols the actor: a confirmed seat while seats are free, else the next
 * place on the waitlist. A cancelled enrolment of the same person is reused.
 * Throws NOT_FOUND (unknown or unpublished session), CONFLICT (already
 * enrolled, with that enrolment), VALIDATION_FAILED (closed, not eligible).
 */
async function enrolUncached(actor: Actor | null, sessionId: string, options: Options = {}): Promise<EnrolmentResult> {
  assertCan(actor, "enrolment.self");
  const client = options.client ?? db();
  const now = options.now ?? new Date();
  try {
    return await client.$transaction(async (tx) => {
      // Read under the lock, so that a change to the session committed by
      // anyone holding it (a cancellation, a new window) is seen here.
      if (enrolTestSeam.advisoryLock) await lockSessionEnrolments(tx, sessionId);
      const session = await tx.trainingSession.findUnique({
        where: { id: sessionId },
        select: {
          status: true,
          startsAt: true,
          registrationOpensAt: true,
          registrationClosesAt: true,
          eligibility: true,
          restrictedLibraryId: true,
          offering: { select: { menu: { select: { status: true } } } },
        },
      });
      if (!session || session.offering.menu.status !== "PUBLISHED") {
        throw new AppError("NOT_FOUND", "No such training session.");
      }
      const existing = await tx.enrolment.findUnique({
        where: { sessionId_userId: { sessionId, userId: actor.id } },
        select: { id: true, status: true, waitlistPosition: true },
      });
      if (existing && existing.status !== "CANCELLED") throw new AlreadyEnrolledError(existing);
      const refusal = enrolmentRefusal(actor, { ...session, menuStatus: session.offering.menu.status }, now);
      if (refusal) throw new EnrolmentRefusedError(refusal);

      let status: EnrolmentStatus = "CONFIRMED";
      let waitlistPosition: number | null = null;
      await enrolTestSeam.pause?.("beforeSeat", sessionId);
      if (!(await takeSeat(tx, sessionId))) {
        const last = await tx.enrolment.aggregate({
          where: { sessionId, status: "WAITLISTED" },
          _max: { waitlistPosition: true },
        });
        status = "WAITLISTED";
        waitlistPosition = (last._max.waitlistPosition ?? 0) + 1;
      }
      await enrolTestSeam.pause?.("beforeWrite", sessionId);

      let id: string;
      if (existing) {
        // Conditional, and the insert below skips duplicates: the lock already
        // serialises double submits, these keep a writer without it from making two.
        const reused = await tx.enrolment.updateMany({
          where: { id: existing.id, status: "CANCELLED" },
          data: { status, waitlistPosition, cancelledAt: null },
        });
        if (reused.count === 0) throw new LostEnrolmentRace();
        id = existing.id;
      } else {
        const [created] = await tx.enrolment.createManyAndReturn({
          data: [{ sessionId, userId: actor.id, status, waitlistPosition }],
          skipDuplicates: true,
          select: { id: true },
        });
        if (!created) throw new LostEnrolmentRace();
        id = created.id;
      }

      const result = { id, status, waitlistPosition };
      await audit(
        tx,
        actor,
        existing ? "enrolment.reenrol" : "enrolment.create",
        { type: "Enrolment", id },
        { before: existing ? { status: existing.status } : undefined, after: { sessionId, status, waitlistPosition } },
      );
      if (status === "CONFIRMED") {
        await enqueue(tx, "email.enrolmentConfirmed", { enrolmentId: id });
        await scheduleSessionReminder(tx, { id, sessionStartsAt: session.startsAt }, now);
      } else {
        await enqueue(tx, "email.enrolmentWaitlisted", { enrolmentId: id });
      }
      return result;
    }, TX);
  } catch (error) {
    if (error instanceof LostEnrolmentRace) {
      const winner = await client.enrolment.findUnique({
        where: { sessionId_userId: { sessionId, userId: actor.id } },
        select: { id: true, status: true, waitlistPosition: true },
      });
      if (winner) throw new AlreadyEnrolledError(winner);
    }
    throw error;
  }
}

/**
 * Writes new waitlist positions in an order-independent way: the unique
 * index is checked row by row, so first move the changed entries above every
 * current position, then down to their final places.
 */
async function writeWaitlistPositions(tx: Tx, waitlist: readonly WaitlistEntry[]): Promise<void> {
  const changes = renumberWaitlist(waitlist);
  if (changes.length === 0) return;
  const ids = changes.map((c) => c.id);
  const above = Math.max(...waitlist.map((e) => e.position));
  await tx.enrolment.updateMany({ where: { id: { in: ids } }, data: { waitlistPosition: { increment: above } } });
  await tx.$executeRaw`
    UPDATE "Enrolment" AS e SET "waitlistPosition" = v.position, "updatedAt" = now()
    FROM unnest(${ids}::uuid[], ${changes.map((c) => c.position)}::int[]) AS v(id, position)
    WHERE e."id" = v.id`;
}

async function currentWaitlist(tx: Tx, sessionId: string): Promise<WaitlistEntry[]> {
  const rows = await tx.enrolment.findMany({
    where: { sessionId, status: "WAITLISTED" },
    select: { id: true, waitlistPosition: true },
    orderBy: { waitlistPosition: "asc" },
  });
  return rows.map((row) => ({ id: row.id, position: row.waitlistPosition ?? 0 }));
}

/**
 * Confirms the first `count` of the waitlist (their seats are already
 * counted by the caller) and renumbers the rest. Needs the waitlist lock.
 */
async function promote(
  tx: Tx,
  actor: Actor,
  sessionId: string,
  count: number,
  startsAt: Date,
  now: Date,
): Promise<string[]> {
  const waitlist = await currentWaitlist(tx, sessionId);
  const promoted = waitlist.slice(0, count).map((e) => e.id);
  if (promoted.length > 0) {
    await tx.enrolment.updateMany({
      where: { id: { in: promoted } },
      data: { status: "CONFIRMED", waitlistPosition: null },
    });
  }
  await writeWaitlistPositions(tx, waitlist.slice(promoted.length));
  // The mails, reminders and audit events of all the promoted, a statement each.
  await enqueueMany(
    tx,
    "email.waitlistPromoted",
    promoted.map((enrolmentId) => ({ payload: { enrolmentId } })),
  );
  await scheduleSessionReminders(tx, promoted, startsAt, now);
  await auditMany(
    tx,
    actor,
    "enrolment.promote",
    promoted.map((id) => ({
      entity: { type: "Enrolment", id },
      before: { status: "WAITLISTED" },
      after: { sessionId, status: "CONFIRMED" },
    })),
  );
  return promoted;
}

export type CancelResult = EnrolmentResult & { promoted: number };

/**
 * Cancels an enrolment: the actor's own, or anyone's with `enrolment.manage`;
 * anything else is NOT_FOUND. A freed seat goes to the first on the waitlist
 * in the same transaction (the seat stays taken); a waitlist place leaves no
 * gap. Cancelling a cancelled enrolment again answers its state.
 */
async function cancelEnrolmentUncached(
  actor: Actor | null,
  enrolmentId: string,
  options: Options = {},
): Promise<CancelResult> {
  assertSignedIn(actor);
  const manage = can(actor, "enrolment.manage");
  if (!manage && !can(actor, "enrolment.self")) throw new AppError("NOT_FOUND", "No such enrolment.");
  const client = options.client ?? db();
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    const found = await tx.enrolment.findFirst({
      where: { id: enrolmentId, ...(manage ? {} : { userId: actor.id }) },
      select: { sessionId: true, session: { select: { startsAt: true } } },
    });
    if (!found) throw new AppError("NOT_FOUND", "No such enrolment.");
    const { sessionId } = found;
    await lockSessionEnrolments(tx, sessionId);
    const [current] = await tx.$queryRaw<{ status: EnrolmentStatus; waitlistPosition: number | null }[]>`
      SELECT "status", "waitlistPosition" FROM "Enrolment" WHERE "id" = ${enrolmentId}::uuid FOR UPDATE`;
    if (!current) throw new AppError("NOT_FOUND", "No such enrolment.");
    if (current.status === "CANCELLED") {
      return { id: enrolmentId, status: current.status, waitlistPosition: null, promoted: 0 };
    }
    if (!mayCancel(current.status, found.session.startsAt, now, manage)) {
      throw new AppError("VALIDATION_FAILED", "This enrolment can no longer be cancelled.", {
        enrolmentId: "The session has started or the enrolment is closed.",
      });
    }
    await tx.enrolment.update({
      where: { id: enrolmentId },
      data: { status: "CANCELLED", waitlistPosition: null, cancelledAt: now },
    });
    let promoted: string[] = [];
    if (current.status === "CONFIRMED") {
      promoted = await promote(tx, actor, sessionId, 1, found.session.startsAt, now);
      if (promoted.length === 0) {
        await tx.$executeRaw`
          UPDATE "TrainingSession" SET "seatsTaken" = "seatsTaken" - 1
          WHERE "id" = ${sessionId}::uuid AND "seatsTaken" > 0`;
      }
    } else {
      await writeWaitlistPositions(tx, await currentWaitlist(tx, sessionId));
    }
    await enqueue(tx, "email.enrolmentCancelled", { enrolmentId });
    await audit(
      tx,
      actor,
      "enrolment.cancel",
      { type: "Enrolment", id: enrolmentId },
      {
        summary: promoted.length > 0 ? "seat passed to the first on the waitlist" : undefined,
        before: { status: current.status, waitlistPosition: current.waitlistPosition },
        after: { status: "CANCELLED" },
      },
    );
    return { id: enrolmentId, status: "CANCELLED", waitlistPosition: null, promoted: promoted.length };
  }, TX);
}

/**
 * Fills free seats from the waitlist inside the caller's transaction, after
 * the capacity has changed. The caller must hold lockSessionEnrolments (taken
 * before it locked the session row). Returns how many were promoted.
 */
export async function fillSeatsFromWaitlist(tx: Tx, actor: Actor, sessionId: string, now: Date): Promise<number> {
  const [session] = await tx.$queryRaw<{ capacity: number; seatsTaken: number; startsAt: Date }[]>`
    SELECT "capacity", "seatsTaken", "startsAt" FROM "TrainingSession" WHERE "id" = ${sessionId}::uuid
    FOR NO KEY UPDATE`;
  if (!session) return 0;
  const waiting = await tx.enrolment.count({ where: { sessionId, status: "WAITLISTED" } });
  const count = promotableCount(session.capacity, session.seatsTaken, waiting);
  if (count === 0) return 0;
  await tx.$executeRaw`
    UPDATE "TrainingSession" SET "seatsTaken" = "seatsTaken" + ${count}::int WHERE "id" = ${sessionId}::uuid`;
  return (await promote(tx, actor, sessionId, count, session.startsAt, now)).length;
}

export type CapacityResult = { capacity: number; seatsTaken: number; promoted: number };

/**
 * A coordinator changes a session's capacity. Raising it promotes as many
 * of the waitlist as fit; lowering it below the seats taken is refused (422).
 */
async function setCapacityUncached(
  actor: Actor | null,
  sessionId: string,
  capacity: number,
  options: Options = {},
): Promise<CapacityResult> {
  assertCan(actor, "session.manage");
  const input = setCapacitySchema.parse({ capacity });
  const client = options.client ?? db();
  const now = options.now ?? new Date();
  return client.$transaction(async (tx) => {
    await lockSessionEnrolments(tx, sessionId);
    const before = await tx.trainingSession.findUnique({
      where: { id: sessionId },
      select: { capacity: true, seatsTaken: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "No such training session.");
    // Conditional: decided on the row as it is when locked, whoever else writes it.
    const updated = await tx.$executeRaw`
      UPDATE "TrainingSession" SET "capacity" = ${input.capacity}::int, "updatedAt" = now()
      WHERE "id" = ${sessionId}::uuid AND "seatsTaken" <= ${input.capacity}::int`;
    if (updated === 0) {
      throw new AppError("VALIDATION_FAILED", "The capacity cannot be below the seats already taken.", {
        capacity: "The capacity cannot be below the seats already taken.",
      });
    }
    const promoted = await fillSeatsFromWaitlist(tx, actor, sessionId, now);
    const after = await tx.trainingSession.findUniqueOrThrow({
      where: { id: sessionId },
      select: { capacity: true, seatsTaken: true },
    });
    await audit(
      tx,
      actor,
      "session.capacity",
      { type: "TrainingSession", id: sessionId },
      { summary: promoted > 0 ? `promoted ${promoted} from the waitlist` : undefined, before, after },
    );
    return { ...after, promoted };
  }, TX);
}

// ───────────── Cache invalidation (ADR 17): each mutation above, with the tags of what it changed ─────────────

export const enrol = invalidating(enrolUncached, ([, sessionId, options]) =>
  sessionCacheTags(sessionId, options?.client),
);
export const cancelEnrolment = invalidating(cancelEnrolmentUncached, ([, enrolmentId, options]) =>
  enrolmentCacheTags(enrolmentId, options?.client),
);
export const setCapacity = invalidating(setCapacityUncached, ([, sessionId, , options]) =>
  sessionCacheTags(sessionId, options?.client),
);
