// Mentoring registration (issue 13, ADR 28): a person applies to a MENTORING
// offering as mentor or mentee (one application each, edited or reopened by
// applying again), withdraws it, and coordinators pair a mentor with a mentee.
// A pair's uniqueness is the database's (one pair per application), so two
// coordinators pairing the same person at once get one pair and one refusal.
import "server-only";
import { type Actor, assertCan } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { db, type Db, type Tx } from "@/lib/db";
import { isUniqueViolation } from "@/lib/http/db-errors";
import { AppError, fieldError } from "@/lib/http/errors";
import { registrationOpen } from "./rules";
import { applicationSchema, pairSchema, unpairSchema, withdrawSchema } from "./schema";

type Options = { now?: Date; client?: Db };

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;

async function mentoringOffering(tx: Tx, offeringId: string) {
  const offering = await tx.offering.findFirst({
    where: { id: offeringId, kind: "MENTORING", menu: { status: "PUBLISHED" } },
    select: { id: true, deadline: true },
  });
  if (!offering) throw fieldError("offeringId", "mentoring.error.unknownOffering", "NOT_FOUND");
  return offering;
}

/** Applies, or edits or reopens one's application; refused after the deadline and while paired. */
export async function applyForMentoring(actor: Actor | null, input: unknown, options: Options = {}) {
  assertCan(actor, "programme.take");
  const application = applicationSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const offering = await mentoringOffering(tx, application.offeringId);
    if (!registrationOpen(offering.deadline, now)) throw fieldError("offeringId", "mentoring.error.closed", "CONFLICT");
    const library = await tx.library.findFirst({
      where: { id: application.libraryId },
      select: { id: true },
    });
    if (!library) throw fieldError("libraryId", "mentoring.validation.library");
    const existing = await tx.mentoringApplication.findUnique({
      where: { offeringId_userId: { offeringId: offering.id, userId: actor.id } },
      select: { id: true, asMentor: { select: { id: true } }, asMentee: { select: { id: true } } },
    });
    if (existing && (existing.asMentor || existing.asMentee)) {
      throw fieldError("role", "mentoring.error.paired", "CONFLICT");
    }
    const data = {
      role: application.role,
      libraryId: application.libraryId,
      goals: application.goals,
      availability: application.availability,
      status: "SUBMITTED" as const,
      withdrawnAt: null,
    };
    const saved = await tx.mentoringApplication.upsert({
      where: { offeringId_userId: { offeringId: offering.id, userId: actor.id } },
      create: { offeringId: offering.id, userId: actor.id, ...data },
      update: data,
      select: { id: true, status: true, role: true },
    });
    await audit(
      tx,
      actor,
      existing ? "mentoring.applicationEdited" : "mentoring.applied",
      {
        type: "MentoringApplication",
        id: saved.id,
      },
      { after: { role: application.role } },
    );
    return saved;
  }, TX);
}

/** Withdraws one's application; a pair it was in comes apart (the other stays on the list, audited). */
export async function withdrawMentoring(actor: Actor | null, input: unknown, options: Options = {}) {
  assertCan(actor, "programme.take");
  const { offeringId } = withdrawSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const application = await tx.mentoringApplication.findUnique({
      where: { offeringId_userId: { offeringId, userId: actor.id } },
      select: { id: true, status: true },
    });
    if (!application || application.status === "WITHDRAWN") {
      throw fieldError("offeringId", "mentoring.error.noApplication", "NOT_FOUND");
    }
    const pairs = await tx.mentoringPair.deleteMany({
      where: { OR: [{ mentorId: application.id }, { menteeId: application.id }] },
    });
    await tx.mentoringApplication.update({
      where: { id: application.id },
      data: { status: "WITHDRAWN", withdrawnAt: now },
    });
    await audit(
      tx,
      actor,
      "mentoring.withdrawn",
      { type: "MentoringApplication", id: application.id },
      {
        after: { pairsRemoved: pairs.count },
      },
    );
    return { id: application.id, status: "WITHDRAWN" as const };
  }, TX);
}

/** A coordinator pairs a mentor with a mentee of the same offering, each unpaired and not withdrawn. */
export async function pairMentoring(actor: Actor | null, input: unknown, options: Options = {}) {
  assertCan(actor, "programme.manage");
  const { offeringId, mentorId, menteeId } = pairSchema.parse(input);
  try {
    return await (options.client ?? db()).$transaction(async (tx) => {
      const rows = await tx.mentoringApplication.findMany({
        where: { id: { in: [mentorId, menteeId] }, offeringId, status: "SUBMITTED" },
        select: { id: true, role: true },
      });
      const mentor = rows.find((r) => r.id === mentorId);
      const mentee = rows.find((r) => r.id === menteeId);
      if (mentor?.role !== "MENTOR") throw fieldError("mentorId", "mentoring.validation.mentor");
      if (mentee?.role !== "MENTEE") throw fieldError("menteeId", "mentoring.validation.mentee");
      const pair = await tx.mentoringPair.create({
        data: { offeringId, mentorId, menteeId, createdById: actor.id },
        select: { id: true },
      });
      await audit(
        tx,
        actor,
        "mentoring.paired",
        { type: "MentoringPair", id: pair.id },
        { after: { mentorId, menteeId } },
      );
      return pair;
    }, TX);
  } catch (error) {
    // Either of them was paired meanwhile (or already): the unique index says so.
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "Already paired.", { mentorId: "mentoring.error.alreadyPaired" });
    throw error;
  }
}

/** A coordinator takes a pair apart; both applications stay. */
export async function unpairMentoring(actor: Actor | null, input: unknown, options: Options = {}) {
  assertCan(actor, "programme.manage");
  const { pairId } = unpairSchema.parse(input);
  return (options.client ?? db()).$transaction(async (tx) => {
    const removed = await tx.mentoringPair.deleteMany({ where: { id: pairId } });
    if (removed.count === 0) throw fieldError("pairId", "mentoring.error.unknownPair", "NOT_FOUND");
    await audit(tx, actor, "mentoring.unpaired", { type: "MentoringPair", id: pairId });
  }, TX);
}
