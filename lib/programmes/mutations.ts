// Taking part in a programme (ADR 28): join, leave, do parts, and the
// completion that follows the last required part, whichever way it was done.
//
// Completion happens exactly once: every path that adds a part's completion
// inserts it first (ON CONFLICT DO NOTHING: a double click adds nothing), then
// locks the participation row and counts under that lock. Two last parts
// done at the same moment serialise on the lock, and the second one counts
// the first one's committed part (READ COMMITTED reads afresh per statement):
// one COMPLETED, one certificate, one mail.
import "server-only";
import { randomBytes } from "node:crypto";
import { type Actor, assertCan } from "@/lib/auth/policy";
import { audit, auditMany } from "@/lib/audit/mutations";
import { db, type Db, type Tx } from "@/lib/db";
import type { ProgrammePartMode } from "@/lib/db/enums";
import { AppError, fieldError } from "@/lib/http/errors";
import { translator } from "@/lib/i18n/translate";
import { enqueue } from "@/lib/jobs/mutations";
import { displayName } from "@/lib/users/rules";
import { dayOf, dateOf, today as helsinkiDay } from "@/lib/dates/days";
import { CERTIFICATE_ISSUER, encodeCertificateCode, maySelfReport, progressOf } from "./rules";
import { completePartSchema, confirmPartSchema, joinSchema, leaveSchema, revokeCertificateSchema } from "./schema";

type Options = { now?: Date; client?: Db };

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;

export type ParticipationState = {
  participationId: string;
  status: "ACTIVE" | "LEFT" | "COMPLETED";
  completedAt: Date | null;
};

/** A programme people may take now: kind PROGRAMME, parts published, in a published menu. */
async function openProgramme(tx: Tx, offeringId: string) {
  const offering = await tx.offering.findFirst({
    where: { id: offeringId, kind: "PROGRAMME", menu: { status: "PUBLISHED" } },
    select: { id: true, title: true, slug: true, deadline: true, programmePublishedAt: true },
  });
  if (!offering || offering.programmePublishedAt === null) {
    throw fieldError("offeringId", "programmes.error.unknownProgramme", "NOT_FOUND");
  }
  return offering;
}

/**
 * Joins a programme, or rejoins it after leaving: what was done before
 * stays done, and parts done meanwhile (a linked session attended) count, so
 * a rejoin may complete the programme at once.
 */
export async function joinProgramme(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<ParticipationState> {
  assertCan(actor, "programme.take");
  const { offeringId } = joinSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    await openProgramme(tx, offeringId);
    const rows = await tx.$queryRaw<{ id: string; status: ParticipationState["status"]; inserted: boolean }[]>`
      INSERT INTO "ProgrammeParticipation" ("offeringId", "userId", "joinedAt", "lastProgressAt", "updatedAt")
      VALUES (${offeringId}::uuid, ${actor.id}::uuid, ${now}, ${now}, ${now})
      ON CONFLICT ("offeringId", "userId") DO UPDATE
        SET "status" = CASE WHEN "ProgrammeParticipation"."status" = 'LEFT' THEN 'ACTIVE'::"ParticipationStatus"
                            ELSE "ProgrammeParticipation"."status" END,
            "leftAt" = NULL,
            "lastProgressAt" = CASE WHEN "ProgrammeParticipation"."status" = 'LEFT' THEN ${now}
                                    ELSE "ProgrammeParticipation"."lastProgressAt" END,
            "updatedAt" = ${now}
      RETURNING "id", "status", (xmax = 0) AS inserted`;
    const row = rows[0]!;
    await audit(
      tx,
      actor,
      row.inserted ? "programme.join" : "programme.rejoin",
      {
        type: "ProgrammeParticipation",
        id: row.id,
      },
      { after: { offeringId } },
    );
    return settleCompletion(tx, row.id, now);
  }, TX);
}

/** Leaves a programme; its completed parts are kept for a rejoin. A completed programme stays completed. */
export async function leaveProgramme(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<ParticipationState> {
  assertCan(actor, "programme.take");
  const { offeringId } = leaveSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const participation = await lockParticipation(tx, { offeringId, userId: actor.id });
    if (!participation) throw fieldError("offeringId", "programmes.error.notParticipant", "NOT_FOUND");
    if (participation.status !== "ACTIVE") {
      throw fieldError("offeringId", `programmes.error.cannotLeave${participation.status}`, "CONFLICT");
    }
    await tx.programmeParticipation.update({
      where: { id: participation.id },
      data: { status: "LEFT", leftAt: now },
    });
    await audit(tx, actor, "programme.leave", { type: "ProgrammeParticipation", id: participation.id });
    return { participationId: participation.id, status: "LEFT", completedAt: null };
  }, TX);
}

/** A participant marks a self-reported part done with a reflection. Doing it twice changes nothing. */
export async function completePart(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<ParticipationState> {
  assertCan(actor, "programme.take");
  const { partId, reflection } = completePartSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const part = await tx.programmeModule.findUnique({
      where: { id: partId },
      select: { id: true, offeringId: true, mode: true },
    });
    if (!part) throw fieldError("partId", "programmes.error.unknownPart", "NOT_FOUND");
    await openProgramme(tx, part.offeringId);
    const participation = await tx.programmeParticipation.findUnique({
      where: { offeringId_userId: { offeringId: part.offeringId, userId: actor.id } },
      select: { id: true, status: true },
    });
    if (!participation) throw fieldError("partId", "programmes.error.notParticipant", "FORBIDDEN");
    if (!maySelfReport(part, participation.status)) {
      throw fieldError(
        "partId",
        participation.status === "LEFT" ? "programmes.error.notActive" : "programmes.error.notSelfReported",
        "CONFLICT",
      );
    }
    const added = await addCompletions(tx, [{ moduleId: part.id, userId: actor.id }], {
      mode: "SELF_REPORTED",
      note: reflection,
      now,
    });
    if (added > 0) {
      await audit(
        tx,
        actor,
        "programme.partDone",
        { type: "ProgrammeModule", id: part.id },
        {
          after: { userId: actor.id, mode: "SELF_REPORTED" },
        },
      );
    }
    return settleCompletion(tx, participation.id, now);
  }, TX);
}

/**
 * A coordinator confirms a part for a participant (the COORDINATOR parts, or
 * any part as an audited exception). The person must have joined; a part
 * already done keeps its first completion.
 */
export async function confirmPart(
  actor: Actor | null,
  input: unknown,
  options: Options = {},
): Promise<ParticipationState> {
  assertCan(actor, "programme.manage");
  const { partId, userId, note } = confirmPartSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const part = await tx.programmeModule.findUnique({ where: { id: partId }, select: { id: true, offeringId: true } });
    if (!part) throw fieldError("partId", "programmes.error.unknownPart", "NOT_FOUND");
    const participation = await tx.programmeParticipation.findUnique({
      where: { offeringId_userId: { offeringId: part.offeringId, userId } },
      select: { id: true },
    });
    if (!participation) throw fieldError("userId", "programmes.error.notParticipant", "NOT_FOUND");
    const added = await addCompletions(tx, [{ moduleId: part.id, userId }], {
      mode: "COORDINATOR",
      note: note ?? null,
      confirmedById: actor.id,
      now,
    });
    if (added > 0) {
      await audit(
        tx,
        actor,
        "programme.partConfirmed",
        { type: "ProgrammeModule", id: part.id },
        {
          summary: note,
          after: { userId, mode: "COORDINATOR" },
        },
      );
    }
    return settleCompletion(tx, participation.id, now);
  }, TX);
}

/**
 * Attendance recorded at a session completes, for each person who attended,
 * every part that names the session's offering (ATTENDANCE parts). Called in
 * the attendance transaction (lib/attendance/mutations.ts), so the marks and
 * the parts commit together. People who have not joined get the part too: it
 * counts when they join.
 */
export async function recordAttendedParts(
  tx: Tx,
  actor: Actor,
  sessionId: string,
  attendedUserIds: readonly string[],
  now: Date,
): Promise<number> {
  if (attendedUserIds.length === 0) return 0;
  const parts = await tx.programmeModule.findMany({
    where: { mode: "ATTENDANCE", linkedOffering: { sessions: { some: { id: sessionId } } } },
    select: { id: true, offeringId: true },
  });
  if (parts.length === 0) return 0;
  const rows = parts.flatMap((part) => attendedUserIds.map((userId) => ({ moduleId: part.id, userId })));
  const added = await addCompletions(tx, rows, { mode: "ATTENDANCE", note: null, sessionId, now });
  if (added === 0) return 0;
  await auditMany(
    tx,
    actor,
    "programme.partAttended",
    rows.map((row) => ({
      entity: { type: "ProgrammeModule", id: row.moduleId },
      after: { userId: row.userId, sessionId },
    })),
  );
  const participations = await tx.programmeParticipation.findMany({
    where: {
      userId: { in: [...attendedUserIds] },
      offeringId: { in: [...new Set(parts.map((part) => part.offeringId))] },
      status: "ACTIVE",
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  for (const participation of participations) await settleCompletion(tx, participation.id, now);
  return added;
}

/** Revokes a certificate (audited with the reason); its verification page then says so. */
export async function revokeCertificate(actor: Actor | null, input: unknown, options: Options = {}): Promise<void> {
  assertCan(actor, "programme.manage");
  const { certificateId, reason } = revokeCertificateSchema.parse(input);
  const now = options.now ?? new Date();
  await (options.client ?? db()).$transaction(async (tx) => {
    const updated = await tx.programmeCertificate.updateMany({
      where: { id: certificateId, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.id, revokeReason: reason },
    });
    if (updated.count === 0) {
      const exists = await tx.programmeCertificate.findUnique({ where: { id: certificateId }, select: { id: true } });
      throw fieldError(
        "certificateId",
        exists ? "programmes.error.alreadyRevoked" : "programmes.error.unknownCertificate",
        exists ? "CONFLICT" : "NOT_FOUND",
      );
    }
    await audit(
      tx,
      actor,
      "programme.certificateRevoked",
      { type: "ProgrammeCertificate", id: certificateId },
      {
        summary: reason,
      },
    );
  }, TX);
}

// ───────────── Shared steps ─────────────

/** Inserts part completions, keeping any that exist; returns how many were new. */
async function addCompletions(
  tx: Tx,
  rows: readonly { moduleId: string; userId: string }[],
  how: { mode: ProgrammePartMode; note: string | null; confirmedById?: string; sessionId?: string; now: Date },
): Promise<number> {
  const moduleIds = rows.map((row) => row.moduleId);
  const userIds = rows.map((row) => row.userId);
  return tx.$executeRaw`
    INSERT INTO "ModuleCompletion" ("moduleId", "userId", "completedAt", "note", "mode", "confirmedById", "sessionId")
    SELECT m, u, ${how.now}, ${how.note}, ${how.mode}::"ProgrammePartMode", ${how.confirmedById ?? null}::uuid, ${how.sessionId ?? null}::uuid
    FROM unnest(${moduleIds}::uuid[], ${userIds}::uuid[]) AS t(m, u)
    ON CONFLICT ("moduleId", "userId") DO NOTHING`;
}

async function lockParticipation(tx: Tx, key: { id: string } | { offeringId: string; userId: string }) {
  const rows =
    "id" in key
      ? await tx.$queryRaw<{ id: string; offeringId: string; userId: string; status: ParticipationState["status"] }[]>`
          SELECT "id", "offeringId", "userId", "status" FROM "ProgrammeParticipation" WHERE "id" = ${key.id}::uuid FOR UPDATE`
      : await tx.$queryRaw<{ id: string; offeringId: string; userId: string; status: ParticipationState["status"] }[]>`
          SELECT "id", "offeringId", "userId", "status" FROM "ProgrammeParticipation"
          WHERE "offeringId" = ${key.offeringId}::uuid AND "userId" = ${key.userId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/**
 * Under the participation's lock: progress moved on (lastProgressAt), and
 * when every required part is done, the programme is completed on the day
 * its last part was done, with a certificate and one mail.
 */
async function settleCompletion(tx: Tx, participationId: string, now: Date): Promise<ParticipationState> {
  const participation = await lockParticipation(tx, { id: participationId });
  if (!participation) throw new AppError("NOT_FOUND", "No such participation.");
  if (participation.status !== "ACTIVE") {
    const row = await tx.programmeParticipation.findUniqueOrThrow({
      where: { id: participationId },
      select: { completedAt: true },
    });
    return { participationId, status: participation.status, completedAt: row.completedAt };
  }
  const [offering, parts, completions] = await Promise.all([
    tx.offering.findUniqueOrThrow({
      where: { id: participation.offeringId },
      select: { title: true, deadline: true },
    }),
    tx.programmeModule.findMany({
      where: { offeringId: participation.offeringId },
      select: { id: true, position: true, required: true, title: true },
      orderBy: { position: "asc" },
    }),
    tx.moduleCompletion.findMany({
      where: { userId: participation.userId, module: { offeringId: participation.offeringId } },
      select: { moduleId: true, completedAt: true },
    }),
  ]);
  const doneIds = new Set(completions.map((c) => c.moduleId));
  const lastDone = completions.reduce<Date | null>(
    (latest, c) => (!latest || c.completedAt > latest ? c.completedAt : latest),
    null,
  );
  const progress = progressOf(parts, doneIds, offering.deadline ? dayOf(offering.deadline) : null, helsinkiDay(now));
  if (!progress.complete) {
    if (lastDone) {
      await tx.$executeRaw`
        UPDATE "ProgrammeParticipation" SET "lastProgressAt" = GREATEST("lastProgressAt", ${lastDone}), "updatedAt" = ${now}
        WHERE "id" = ${participationId}::uuid`;
    }
    return { participationId, status: "ACTIVE", completedAt: null };
  }
  // The day the last required part was done (a rejoin may find them all done earlier).
  const completedAt = completions
    .filter((c) => parts.some((p) => p.required && p.id === c.moduleId))
    .reduce((latest, c) => (c.completedAt > latest ? c.completedAt : latest), new Date(0));
  const user = await tx.user.findUniqueOrThrow({
    where: { id: participation.userId },
    select: { name: true, library: { select: { name: true } } },
  });
  await tx.programmeParticipation.update({
    where: { id: participationId },
    data: { status: "COMPLETED", completedAt, lastProgressAt: completedAt },
  });
  const certificate = await tx.programmeCertificate.create({
    data: {
      participationId,
      code: encodeCertificateCode(randomBytes(16)),
      // Never the e-mail address: a person without a name is named as the app names them (rare: the profile asks).
      holderName: displayName({ name: user.name, libraryName: user.library?.name ?? null }, translator("fi")),
      programmeTitle: offering.title,
      parts: parts.filter((p) => doneIds.has(p.id)).map((p) => ({ title: p.title })),
      completedOn: dateOf(helsinkiDay(completedAt)),
      issuer: CERTIFICATE_ISSUER,
      issuedAt: now,
    },
    select: { id: true },
  });
  await audit(
    tx,
    null,
    "programme.completed",
    { type: "ProgrammeParticipation", id: participationId },
    {
      after: { certificateId: certificate.id },
    },
  );
  await enqueue(tx, "email.programmeCompleted", { participationId });
  return { participationId, status: "COMPLETED", completedAt };
}
