// Coordinators' writes to agenda-item materials: add a file, add a link,
// remove one. Each takes the acting user, checks the policy and the meeting's
// state itself, locks the meeting row (so that approving the minutes and
// adding a material run one after the other), runs in one transaction and
// leaves an AuditEvent. Uploaded bytes are stored in the database, so every
// app instance can serve them; they are written a piece at a time.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { audit } from "@/lib/audit/mutations";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db";
import { bytesPool } from "@/lib/db/bytes";
import { AppError, fieldError } from "@/lib/http/errors";
import { lockVisibleMeeting } from "@/lib/meetings/mutations";
import { canManageMeeting, type MeetingRef } from "@/lib/meetings/rules";
import {
  canEditMaterials,
  MATERIAL_TYPES,
  MATERIAL_CHUNK_BYTES,
  MAX_MATERIAL_BYTES,
  sniffMaterialType,
  storedFileName,
  titleFromFileName,
} from "./rules";
import type { MaterialFileInput, MaterialLinkInput, MaterialRemoveInput } from "./schema";
import { invalidating } from "@/lib/cache/invalidate";
import { MEETINGS_TAG } from "@/lib/cache/tags";

/**
 * Locks the meeting row for the rest of the transaction and checks that the
 * actor may change its materials now: invisible → NOT_FOUND, visible but not
 * theirs → FORBIDDEN, minutes approved → CONFLICT with a message for the form.
 */
async function lockEditableMeeting(tx: Tx, actor: Actor, meetingId: string): Promise<MeetingRef> {
  const meeting = await lockVisibleMeeting(tx, actor, meetingId, "UPDATE");
  if (!canManageMeeting(actor, meeting)) throw new AppError("FORBIDDEN", "You may not do this.");
  if (!canEditMaterials(actor, meeting)) {
    throw new AppError("CONFLICT", "The minutes are approved; materials can no longer change.", {
      _: "materials.error.locked",
    });
  }
  return meeting;
}

/** The agenda item must belong to the meeting in the URL: another meeting's item is "unknown" here. */
async function agendaItemOf(tx: Tx, meetingId: string, agendaItemId: string): Promise<{ id: string; title: string }> {
  const item = await tx.agendaItem.findFirst({
    where: { id: agendaItemId, meetingId },
    select: { id: true, title: true },
  });
  if (!item) throw fieldError("agendaItemId", "materials.error.unknownItem");
  return item;
}

/** What a file is, by its content; its stored name and title. Refuses anything not allowed. */
async function inspectUpload(input: MaterialFileInput) {
  // The File as Next parsed it from the request; only its first bytes (or an
  // archive's directory) are read here, never a copy of the whole.
  const file = input.file;
  if (file.size === 0) throw fieldError("file", "materials.error.emptyFile");
  if (file.size > MAX_MATERIAL_BYTES) throw fieldError("file", "materials.error.tooLarge");
  const type = await sniffMaterialType(file);
  if (!type) throw fieldError("file", "materials.error.fileType");
  const fileName = storedFileName(file.name, type);
  return {
    file,
    fileName,
    mimeType: MATERIAL_TYPES[type].mimeType,
    title: input.title ?? titleFromFileName(fileName),
  };
}

/**
 * Writes an upload to the database a piece at a time, never holding more than
 * one piece: each piece is a row of the staging table "MaterialUpload" (through
 * lib/db/bytes, not Prisma), and the transaction that creates the material
 * joins them into its bytea (storeStagedUpload). Appending to the bytea itself
 * would rewrite it once per piece. Returns the file's SHA-256.
 */
async function stageUpload(uploadId: string, file: Blob): Promise<string> {
  const pool = bytesPool();
  // Pieces of uploads that never reached their transaction (a crash, a lost connection).
  await pool.query(`DELETE FROM "MaterialUpload" WHERE "createdAt" < now() - interval '1 hour'`);
  const hash = createHash("sha256");
  for (let n = 0, offset = 0; offset < file.size; n++, offset += MATERIAL_CHUNK_BYTES) {
    const piece = Buffer.from(await file.slice(offset, offset + MATERIAL_CHUNK_BYTES).arrayBuffer());
    hash.update(piece);
    await pool.query(`INSERT INTO "MaterialUpload" ("uploadId", n, bytes) VALUES ($1, $2, $3)`, [uploadId, n, piece]);
  }
  return hash.digest("hex");
}

/** The staged pieces, in order, become the material's content (their total must be the file's size), and go. */
async function storeStagedUpload(tx: Tx, uploadId: string, materialId: string, size: number) {
  const [row] = await tx.$queryRaw<{ size: number }[]>`
    UPDATE "Material"
       SET content = (SELECT string_agg(bytes, ''::bytea ORDER BY n) FROM "MaterialUpload" WHERE "uploadId" = ${uploadId}::uuid)
     WHERE id = ${materialId}::uuid
    RETURNING octet_length(content) AS size`;
  if (row?.size !== size) throw new Error(`Stored ${row?.size} bytes of an upload of ${size}.`);
  await tx.$executeRaw`DELETE FROM "MaterialUpload" WHERE "uploadId" = ${uploadId}::uuid`;
}

/** A failed upload leaves no pieces behind. */
async function discardStagedUpload(uploadId: string) {
  await bytesPool().query(`DELETE FROM "MaterialUpload" WHERE "uploadId" = $1`, [uploadId]);
}

async function addFileMaterialUncached(
  actor: Actor | null,
  input: MaterialFileInput,
): Promise<{ id: string; title: string }> {
  assertCan(actor, "meeting.manage");
  const file = await inspectUpload(input);
  const sizeBytes = file.file.size;
  const uploadId = randomUUID();
  const sha256 = await stageUpload(uploadId, file.file).catch(async (error: unknown) => {
    await discardStagedUpload(uploadId);
    throw error;
  });
  return db()
    .$transaction(
      async (tx) => {
        await lockEditableMeeting(tx, actor, input.meetingId);
        await agendaItemOf(tx, input.meetingId, input.agendaItemId);
        const material = await tx.material.create({
          data: {
            agendaItemId: input.agendaItemId,
            kind: "FILE",
            title: file.title,
            fileName: file.fileName,
            mimeType: file.mimeType,
            sizeBytes,
            sha256,
            visibility: input.visibility,
            uploadedById: actor.id,
          },
          select: { id: true },
        });
        await storeStagedUpload(tx, uploadId, material.id, sizeBytes);
        await audit(
          tx,
          actor,
          "material.add",
          { type: "Material", id: material.id },
          {
            summary: file.title,
            after: {
              meetingId: input.meetingId,
              agendaItemId: input.agendaItemId,
              kind: "FILE",
              title: file.title,
              fileName: file.fileName,
              mimeType: file.mimeType,
              sizeBytes,
              sha256,
              visibility: input.visibility,
            },
          },
        );
        return { id: material.id, title: file.title };
      },
      // Writing 20 MB into a bytea takes longer than Prisma's default 5 s on a slow disk.
      { timeout: 30_000 },
    )
    .catch(async (error: unknown) => {
      await discardStagedUpload(uploadId);
      throw error;
    });
}

async function addLinkMaterialUncached(
  actor: Actor | null,
  input: MaterialLinkInput,
): Promise<{ id: string; title: string }> {
  assertCan(actor, "meeting.manage");
  return db().$transaction(async (tx) => {
    await lockEditableMeeting(tx, actor, input.meetingId);
    await agendaItemOf(tx, input.meetingId, input.agendaItemId);
    const material = await tx.material.create({
      data: {
        agendaItemId: input.agendaItemId,
        kind: "LINK",
        title: input.title,
        url: input.url,
        visibility: input.visibility,
        uploadedById: actor.id,
      },
      select: { id: true },
    });
    await audit(
      tx,
      actor,
      "material.add",
      { type: "Material", id: material.id },
      {
        summary: input.title,
        after: {
          meetingId: input.meetingId,
          agendaItemId: input.agendaItemId,
          kind: "LINK",
          title: input.title,
          url: input.url,
          visibility: input.visibility,
        },
      },
    );
    return { id: material.id, title: input.title };
  });
}

async function removeMaterialUncached(actor: Actor | null, input: MaterialRemoveInput): Promise<{ title: string }> {
  assertCan(actor, "meeting.manage");
  return db().$transaction(async (tx) => {
    await lockEditableMeeting(tx, actor, input.meetingId);
    const material = await tx.material.findFirst({
      where: { id: input.materialId, agendaItem: { meetingId: input.meetingId } },
      select: {
        id: true,
        agendaItemId: true,
        kind: true,
        title: true,
        url: true,
        fileName: true,
        mimeType: true,
        sizeBytes: true,
        sha256: true,
        visibility: true,
      },
    });
    if (!material) throw new AppError("NOT_FOUND", "No such material in this meeting.");
    await tx.material.delete({ where: { id: material.id } });
    await audit(
      tx,
      actor,
      "material.remove",
      { type: "Material", id: material.id },
      { summary: material.title, before: { meetingId: input.meetingId, ...material } },
    );
    return { title: material.title };
  });
}

// ───────────── Cache invalidation (ADR 23): the meetings' audience pages show all of the above ─────────────

const meetingPages = () => Promise.resolve([MEETINGS_TAG]);
export const addFileMaterial = invalidating(addFileMaterialUncached, meetingPages);
export const addLinkMaterial = invalidating(addLinkMaterialUncached, meetingPages);
export const removeMaterial = invalidating(removeMaterialUncached, meetingPages);
