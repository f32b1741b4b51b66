// Writes to scheduling polls. Each function takes the acting user, checks the
// policy itself, runs in one transaction and leaves an AuditEvent. The poll
// row is locked first, so answers, option changes, closing and turning the
// poll into a meeting happen one after another, never half-way.
import "server-only";
import { isUniqueViolation } from "@/lib/http/db-errors";
import { type Actor, assertCan, assertSignedIn, can } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/http/errors";
import { createMeetingInTx } from "@/lib/meetings/mutations";
import { fieldError } from "@/lib/http/errors";
import { duplicateIndexes, isPollOpen, MAX_OPTIONS, MIN_OPTIONS } from "./rules";
import type {
  PollAnswerInput,
  PollCloseInput,
  PollConvertInput,
  PollCreateInput,
  PollOptionAddInput,
  PollOptionRemoveInput,
  PollReopenInput,
} from "./schema";
import { invalidating } from "@/lib/cache/invalidate";
import { MEETINGS_TAG } from "@/lib/cache/tags";

/**
 * Polls exist only for those who answer them (the steering group and
 * coordinators): for anyone else they are not found, never forbidden.
 */
export function assertPollReader(actor: Actor | null): asserts actor is Actor {
  assertSignedIn(actor);
  if (!can(actor, "poll.answer")) throw new AppError("NOT_FOUND", "No such poll.");
}

/** Coordinators run polls; steering members see them but may not manage them. */
export function assertPollManager(actor: Actor | null): asserts actor is Actor {
  assertPollReader(actor);
  assertCan(actor, "meeting.manage");
}

const unknownPoll = () => fieldError("pollId", "polls.error.unknownPoll");
const converted = () =>
  new AppError("CONFLICT", "The poll has already become a meeting.", { _: "polls.error.converted" });

/**
 * Locks the poll row: FOR SHARE while answering (answers do not wait for each
 * other), FOR UPDATE while changing the poll itself (answers wait for it).
 */
async function lockPoll(tx: Tx, pollId: string, mode: "SHARE" | "UPDATE") {
  if (mode === "UPDATE") await tx.$queryRaw`SELECT id FROM "SchedulingPoll" WHERE id = ${pollId}::uuid FOR UPDATE`;
  else await tx.$queryRaw`SELECT id FROM "SchedulingPoll" WHERE id = ${pollId}::uuid FOR SHARE`;
  return tx.schedulingPoll.findUnique({
    where: { id: pollId },
    select: { id: true, status: true, closesAt: true, chosenMeetingId: true },
  });
}

// ───────────── coordinators ─────────────

export async function createPoll(actor: Actor | null, input: PollCreateInput): Promise<{ id: string }> {
  assertPollManager(actor);
  if (input.closesAt && input.closesAt <= new Date()) throw fieldError("closesAt", "polls.error.closesInPast");
  return db().$transaction(async (tx) => {
    if (input.forMeetingId) {
      const meeting = await tx.meeting.findUnique({ where: { id: input.forMeetingId }, select: { id: true } });
      if (!meeting) throw fieldError("forMeetingId", "polls.error.unknownMeeting");
    }
    const data = {
      title: input.title,
      description: input.description ?? null,
      forMeetingId: input.forMeetingId ?? null,
      closesAt: input.closesAt ?? null,
    };
    const poll = await tx.schedulingPoll.create({
      data: { ...data, createdById: actor.id, options: { create: input.options } },
      select: { id: true },
    });
    await audit(
      tx,
      actor,
      "poll.create",
      { type: "SchedulingPoll", id: poll.id },
      { after: { ...data, options: input.options } },
    );
    return poll;
  });
}

export async function addPollOption(actor: Actor | null, input: PollOptionAddInput): Promise<{ id: string }> {
  assertPollManager(actor);
  return db().$transaction(async (tx) => {
    const poll = await lockPoll(tx, input.pollId, "UPDATE");
    if (!poll) throw unknownPoll();
    if (!isPollOpen(poll, new Date())) throw fieldError("_", "polls.error.closed");
    const existing = await tx.pollOption.findMany({
      where: { pollId: poll.id },
      select: { startsAt: true, endsAt: true },
    });
    if (existing.length >= MAX_OPTIONS) throw fieldError("_", "polls.error.tooManyOptions");
    const times = { startsAt: input.startsAt, endsAt: input.endsAt };
    if (duplicateIndexes([times], existing).length > 0) throw fieldError("date", "polls.error.duplicateOption");
    const option = await tx.pollOption.create({ data: { pollId: poll.id, ...times }, select: { id: true } });
    await audit(
      tx,
      actor,
      "poll.addOption",
      { type: "SchedulingPoll", id: poll.id },
      { after: { optionId: option.id, ...times } },
    );
    return option;
  });
}

/** Removing an option removes its answers too; the form asks for confirmation first. */
export async function removePollOption(actor: Actor | null, input: PollOptionRemoveInput): Promise<void> {
  assertPollManager(actor);
  await db().$transaction(async (tx) => {
    const poll = await lockPoll(tx, input.pollId, "UPDATE");
    if (!poll) throw unknownPoll();
    const option = await tx.pollOption.findFirst({
      where: { id: input.optionId, pollId: poll.id },
      select: { id: true, startsAt: true, endsAt: true, _count: { select: { votes: true } } },
    });
    if (!option) throw fieldError("optionId", "polls.error.unknownOption");
    if (!isPollOpen(poll, new Date())) throw fieldError("_", "polls.error.closed");
    const count = await tx.pollOption.count({ where: { pollId: poll.id } });
    if (count <= MIN_OPTIONS) throw fieldError("_", "polls.error.tooFewOptions");
    await tx.pollOption.delete({ where: { id: option.id } });
    await audit(
      tx,
      actor,
      "poll.removeOption",
      { type: "SchedulingPoll", id: poll.id },
      {
        summary: `removed with ${option._count.votes} answers`,
        before: { optionId: option.id, startsAt: option.startsAt, endsAt: option.endsAt },
      },
    );
  });
}

export async function closePoll(actor: Actor | null, input: PollCloseInput): Promise<void> {
  assertPollManager(actor);
  await db().$transaction(async (tx) => {
    const poll = await lockPoll(tx, input.pollId, "UPDATE");
    if (!poll) throw unknownPoll();
    if (poll.status === "CLOSED") throw fieldError("_", "polls.error.alreadyClosed");
    await tx.schedulingPoll.update({ where: { id: poll.id }, data: { status: "CLOSED" } });
    await audit(
      tx,
      actor,
      "poll.close",
      { type: "SchedulingPoll", id: poll.id },
      { before: { status: poll.status }, after: { status: "CLOSED" } },
    );
  });
}

/**
 * Opens a closed (or timed-out) poll again, with a new closing time or none.
 * A poll that became a meeting stays closed: its choice is made.
 */
export async function reopenPoll(actor: Actor | null, input: PollReopenInput): Promise<void> {
  assertPollManager(actor);
  const now = new Date();
  if (input.closesAt && input.closesAt <= now) throw fieldError("closesAt", "polls.error.closesInPast");
  await db().$transaction(async (tx) => {
    const poll = await lockPoll(tx, input.pollId, "UPDATE");
    if (!poll) throw unknownPoll();
    if (poll.chosenMeetingId) throw converted();
    if (isPollOpen(poll, now)) throw fieldError("_", "polls.error.alreadyOpen");
    const after = { status: "OPEN" as const, closesAt: input.closesAt ?? null };
    await tx.schedulingPoll.update({ where: { id: poll.id }, data: after });
    await audit(
      tx,
      actor,
      "poll.reopen",
      { type: "SchedulingPoll", id: poll.id },
      { before: { status: poll.status, closesAt: poll.closesAt }, after },
    );
  });
}

/**
 * "Tee tästä kokous": the chosen option becomes a PLANNED meeting (with the
 * standard agenda and the steering group invited, as any new meeting), and the
 * poll closes pointing at it, all in one transaction. A poll becomes a meeting
 * once: a second attempt is a CONFLICT and writes nothing.
 */
async function convertPollToMeetingUncached(actor: Actor | null, input: PollConvertInput): Promise<{ id: string }> {
  assertPollManager(actor);
  try {
    return await db().$transaction(async (tx) => {
      const poll = await lockPoll(tx, input.pollId, "UPDATE");
      if (!poll) throw unknownPoll();
      if (poll.chosenMeetingId) throw converted();
      const option = await tx.pollOption.findFirst({
        where: { id: input.optionId, pollId: poll.id },
        select: { id: true, startsAt: true, endsAt: true },
      });
      if (!option) throw fieldError("optionId", "polls.error.unknownOption");
      const meeting = await createMeetingInTx(tx, actor, {
        title: input.title,
        startsAt: option.startsAt,
        endsAt: option.endsAt,
        location: input.location ?? null,
      });
      await tx.schedulingPoll.update({
        where: { id: poll.id },
        data: { chosenMeetingId: meeting.id, status: "CLOSED" },
      });
      await audit(
        tx,
        actor,
        "poll.convert",
        { type: "SchedulingPoll", id: poll.id },
        {
          before: { status: poll.status, chosenMeetingId: null },
          after: { status: "CLOSED", chosenMeetingId: meeting.id, optionId: option.id },
        },
      );
      return { id: meeting.id };
    });
  } catch (error) {
    // chosenMeetingId is unique: the database's word on a race the lock missed.
    if (isUniqueViolation(error)) throw converted();
    throw error;
  }
}

// ───────────── the steering group ─────────────

/**
 * Saves the user's answers, all at once, while the poll is open. Each answer
 * is an upsert on (option, user), so two saves at the same moment both succeed
 * and the later one stands.
 */
export async function answerPoll(actor: Actor | null, input: PollAnswerInput): Promise<{ answered: number }> {
  assertPollReader(actor);
  return db().$transaction(async (tx) => {
    const poll = await lockPoll(tx, input.pollId, "SHARE");
    if (!poll) throw unknownPoll();
    if (!isPollOpen(poll, new Date())) throw fieldError("_", "polls.error.closed");
    // Sorted, so that concurrent saves take their row locks in the same order.
    const entries = Object.entries(input.answers).sort(([a], [b]) => a.localeCompare(b));
    const optionIds = entries.map(([optionId]) => optionId);
    const found = await tx.pollOption.count({ where: { pollId: poll.id, id: { in: optionIds } } });
    if (found !== optionIds.length) throw fieldError("answers", "polls.error.unknownOption");
    const before = await tx.pollVote.findMany({
      where: { userId: actor.id, option: { pollId: poll.id } },
      select: { optionId: true, answer: true },
    });
    const rows = entries.map(
      ([optionId, answer]) => Prisma.sql`(${optionId}::uuid, ${actor.id}::uuid, ${answer}::"PollAnswer", now())`,
    );
    await tx.$executeRaw`
      INSERT INTO "PollVote" ("optionId", "userId", "answer", "updatedAt")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("optionId", "userId") DO UPDATE SET "answer" = EXCLUDED."answer", "updatedAt" = EXCLUDED."updatedAt"`;
    await audit(
      tx,
      actor,
      "poll.answer",
      { type: "SchedulingPoll", id: poll.id },
      {
        before: Object.fromEntries(before.map((vote) => [vote.optionId, vote.answer])),
        after: Object.fromEntries(entries),
      },
    );
    return { answered: entries.length };
  });
}

// ───────────── Cache invalidation (ADR 23): the meetings' audience pages show all of the above ─────────────

const meetingPages = () => Promise.resolve([MEETINGS_TAG]);
export const convertPollToMeeting = invalidating(convertPollToMeetingUncached, meetingPages);
