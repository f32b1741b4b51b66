// The coordinators' programme editor (ADR 28): parts added, edited, moved and
// removed, the deadline, publishing. One transaction each, audited; the
// programme's public page (offering:<slug>) is invalidated after the commit.
import "server-only";
import { type Actor, assertCan } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { offeringTag } from "@/lib/cache/tags";
import { db, type Db, type Tx } from "@/lib/db";
import { fieldError } from "@/lib/http/errors";
import { dateOf } from "@/lib/dates/days";
import { publishRefusal } from "../rules";
import { deletePartSchema, MAX_PARTS, movePartSchema, partSchema, settingsSchema } from "./schema";

type Options = { now?: Date; client?: Db };

const TX = { isolationLevel: "ReadCommitted", maxWait: 15_000, timeout: 30_000 } as const;

/** The programme, locked: part positions change one programme at a time. */
async function lockProgramme(tx: Tx, offeringId: string) {
  const rows = await tx.$queryRaw<{ id: string; slug: string; programmePublishedAt: Date | null }[]>`
    SELECT "id", "slug", "programmePublishedAt" FROM "Offering"
    WHERE "id" = ${offeringId}::uuid AND "kind" = 'PROGRAMME' FOR UPDATE`;
  if (!rows[0]) throw fieldError("offeringId", "programmesAdmin.error.unknownProgramme", "NOT_FOUND");
  return rows[0];
}

async function partProgramme(tx: Tx, partId: string) {
  const part = await tx.programmeModule.findUnique({ where: { id: partId }, select: { offeringId: true } });
  if (!part) throw fieldError("partId", "programmes.error.unknownPart", "NOT_FOUND");
  return lockProgramme(tx, part.offeringId);
}

/** Adds a part at the end, or saves an existing one. */
async function savePartUncached(actor: Actor | null, input: unknown, options: Options = {}) {
  assertCan(actor, "programme.manage");
  const part = partSchema.parse(input);
  return (options.client ?? db()).$transaction(async (tx) => {
    const programme = await lockProgramme(tx, part.offeringId);
    if (part.linkedOfferingId) {
      const linked = await tx.offering.findFirst({
        where: { id: part.linkedOfferingId, kind: { notIn: ["PROGRAMME", "KIT", "MENTORING"] } },
        select: { id: true },
      });
      if (!linked) throw fieldError("linkedOfferingId", "programmesAdmin.validation.linkedOffering");
    }
    const data = {
      title: part.title,
      description: part.description ?? null,
      mode: part.mode,
      linkedOfferingId: part.linkedOfferingId,
      materials: part.materials,
      required: part.required,
    };
    if (part.partId) {
      const updated = await tx.programmeModule.updateMany({
        where: { id: part.partId, offeringId: programme.id },
        data,
      });
      if (updated.count === 0) throw fieldError("partId", "programmes.error.unknownPart", "NOT_FOUND");
      await audit(tx, actor, "programme.partEdited", { type: "ProgrammeModule", id: part.partId }, { after: data });
      return { id: part.partId, slug: programme.slug };
    }
    const last = await tx.programmeModule.aggregate({
      where: { offeringId: programme.id },
      _max: { position: true },
      _count: true,
    });
    if (last._count >= MAX_PARTS) throw fieldError("title", "programmesAdmin.validation.tooManyParts");
    const created = await tx.programmeModule.create({
      data: { offeringId: programme.id, position: (last._max.position ?? 0) + 1, ...data },
      select: { id: true },
    });
    await audit(tx, actor, "programme.partAdded", { type: "ProgrammeModule", id: created.id }, { after: data });
    return { id: created.id, slug: programme.slug };
  }, TX);
}

/** Moves a part one step up or down (swapping with its neighbour). */
async function movePartUncached(actor: Actor | null, input: unknown, options: Options = {}) {
  assertCan(actor, "programme.manage");
  const { partId, direction } = movePartSchema.parse(input);
  return (options.client ?? db()).$transaction(async (tx) => {
    const programme = await partProgramme(tx, partId);
    const parts = await tx.programmeModule.findMany({
      where: { offeringId: programme.id },
      select: { id: true, position: true },
      orderBy: { position: "asc" },
    });
    const index = parts.findIndex((p) => p.id === partId);
    const other = parts[direction === "up" ? index - 1 : index + 1];
    const self = parts[index]!;
    if (!other) return { slug: programme.slug, moved: false };
    // Through a free position past the last: (offeringId, position) is unique after every row.
    await tx.programmeModule.update({ where: { id: self.id }, data: { position: parts.at(-1)!.position + 1 } });
    await tx.programmeModule.update({ where: { id: other.id }, data: { position: self.position } });
    await tx.programmeModule.update({ where: { id: self.id }, data: { position: other.position } });
    await audit(
      tx,
      actor,
      "programme.partMoved",
      { type: "ProgrammeModule", id: partId },
      {
        before: { position: self.position },
        after: { position: other.position },
      },
    );
    return { slug: programme.slug, moved: true };
  }, TX);
}

/**
 * Removes a part and everyone's record of having done it (the confirmation
 * says how many); issued certificates keep what they froze.
 */
async function deletePartUncached(actor: Actor | null, input: unknown, options: Options = {}) {
  assertCan(actor, "programme.manage");
  const { partId } = deletePartSchema.parse(input);
  return (options.client ?? db()).$transaction(async (tx) => {
    const programme = await partProgramme(tx, partId);
    const part = await tx.programmeModule.delete({
      where: { id: partId },
      select: { title: true, position: true },
    });
    // Close the gap so that positions stay 1..n.
    await tx.$executeRaw`
      UPDATE "ProgrammeModule" SET "position" = "position" - 1
      WHERE "offeringId" = ${programme.id}::uuid AND "position" > ${part.position}`;
    await audit(tx, actor, "programme.partRemoved", { type: "ProgrammeModule", id: partId }, { before: part });
    return { slug: programme.slug };
  }, TX);
}

/** The deadline, and publishing (refused while the parts are not ready; withdrawn only before anyone joined). */
async function saveSettingsUncached(actor: Actor | null, input: unknown, options: Options = {}) {
  assertCan(actor, "programme.manage");
  const { offeringId, deadline, published } = settingsSchema.parse(input);
  const now = options.now ?? new Date();
  return (options.client ?? db()).$transaction(async (tx) => {
    const programme = await lockProgramme(tx, offeringId);
    let publishedAt = programme.programmePublishedAt;
    if (published && !publishedAt) {
      const parts = await tx.programmeModule.findMany({
        where: { offeringId },
        select: { required: true, mode: true, linkedOfferingId: true },
      });
      const refusal = publishRefusal(parts);
      if (refusal) throw fieldError("published", refusal);
      publishedAt = now;
    } else if (!published && publishedAt) {
      const joined = await tx.programmeParticipation.count({ where: { offeringId } });
      if (joined > 0) throw fieldError("published", "programmesAdmin.validation.hasParticipants");
      publishedAt = null;
    }
    await tx.offering.update({
      where: { id: offeringId },
      data: { deadline: deadline ? dateOf(deadline) : null, programmePublishedAt: publishedAt },
    });
    await audit(
      tx,
      actor,
      "programme.settings",
      { type: "Offering", id: offeringId },
      {
        after: { deadline: deadline ?? null, published: publishedAt !== null },
      },
    );
    return { slug: programme.slug };
  }, TX);
}

const tagsOf = (result: { slug: string } | undefined) => Promise.resolve(result ? [offeringTag(result.slug)] : []);

export const savePart = invalidating(savePartUncached, (_args, result) => tagsOf(result));
export const movePart = invalidating(movePartUncached, (_args, result) => tagsOf(result));
export const deletePart = invalidating(deletePartUncached, (_args, result) => tagsOf(result));
export const saveProgrammeSettings = invalidating(saveSettingsUncached, (_args, result) => tagsOf(result));
