// Coordinators' writes to the kit catalogue (issue 12 item 1): create and edit
// a kit with its contents checklist, guide and photo. Each takes the acting
// user and checks the policy itself, runs in one transaction with the kit row
// locked, leaves an AuditEvent and, once committed, invalidates the catalogue
// and the kit's cached pages (ADR 17). A photo is inspected before anything is
// written and its bytes never pass through Prisma (ADR 18): they are staged in
// pieces through lib/db/bytes and joined into "KitPhoto" inside the transaction.
import "server-only";
import { randomUUID } from "node:crypto";
import { audit } from "@/lib/audit/mutations";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { invalidating } from "@/lib/cache/invalidate";
import { KITS_TAG, kitTag } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db";
import { bytesPool } from "@/lib/db/bytes";
import { isUniqueViolation } from "@/lib/http/db-errors";
import { fieldError, notFound } from "@/lib/http/errors";
import { isUuid } from "@/lib/http/fields";
import { MATERIAL_CHUNK_BYTES } from "@/lib/materials/rules";
import { inspectKitPhoto, type InspectedPhoto } from "./photo";
import { RESERVED_KIT_SLUGS, type ContentsRow } from "./rules";
import type { KitCreateInput, KitUpdateInput } from "./schema";

type KitFields = Omit<KitCreateInput, "photo" | "photoAlt" | "removePhoto">;

function kitData(input: KitFields) {
  return {
    name: input.name,
    slug: input.slug,
    themeId: input.themeId ?? null,
    description: input.description ?? null,
    homeLibraryId: input.homeLibraryId ?? null,
    shippingDays: input.shippingDays,
    requiresApproval: input.requiresApproval,
    status: input.status,
    guide: input.guide ?? null,
    contents: input.contents.map((row: ContentsRow) =>
      row.count === undefined ? { item: row.item } : { item: row.item, count: row.count },
    ),
  };
}

const kitSelect = {
  name: true,
  slug: true,
  themeId: true,
  description: true,
  homeLibraryId: true,
  shippingDays: true,
  requiresApproval: true,
  status: true,
  guide: true,
  contents: true,
} as const;

async function assertSlugFree(tx: Tx, slug: string, exceptId?: string): Promise<void> {
  if (RESERVED_KIT_SLUGS.includes(slug)) throw fieldError("slug", "kitCatalogue.error.slugTaken");
  const taken = await tx.kit.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw fieldError("slug", "kitCatalogue.error.slugTaken");
}

/** A theme and a home library chosen in the form must exist (a stale form, a crafted post). */
async function assertReferences(tx: Tx, input: Pick<KitFields, "themeId" | "homeLibraryId">): Promise<void> {
  if (input.themeId && !(await tx.theme.findUnique({ where: { id: input.themeId }, select: { id: true } }))) {
    throw fieldError("themeId", "validation.invalid");
  }
  if (
    input.homeLibraryId &&
    !(await tx.library.findUnique({ where: { id: input.homeLibraryId }, select: { id: true } }))
  ) {
    throw fieldError("homeLibraryId", "validation.invalid");
  }
}

/** Turns a lost race for a unique slug into the same field message as a slug found taken. */
async function slugSafe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", "kitCatalogue.error.slugTaken");
    throw error;
  }
}

// ───────────── the photo's bytes (ADR 18) ─────────────

type StagedPhoto = InspectedPhoto & { contentUpload: string; thumbnailUpload: string };

async function stage(uploadId: string, bytes: Buffer): Promise<void> {
  const pool = bytesPool();
  for (let n = 0, offset = 0; offset < bytes.length; n++, offset += MATERIAL_CHUNK_BYTES) {
    await pool.query(`INSERT INTO "MaterialUpload" ("uploadId", n, bytes) VALUES ($1, $2, $3)`, [
      uploadId,
      n,
      bytes.subarray(offset, offset + MATERIAL_CHUNK_BYTES),
    ]);
  }
}

async function discard(photo: StagedPhoto | null): Promise<void> {
  if (!photo) return;
  await bytesPool().query(`DELETE FROM "MaterialUpload" WHERE "uploadId" = ANY($1::uuid[])`, [
    [photo.contentUpload, photo.thumbnailUpload],
  ]);
}

/** Inspected (a bad file is a field message here) and staged outside the transaction, or null without a photo. */
async function preparePhoto(file: File | undefined): Promise<StagedPhoto | null> {
  if (!file) return null;
  const inspected = await inspectKitPhoto(file);
  const staged = { ...inspected, contentUpload: randomUUID(), thumbnailUpload: randomUUID() };
  try {
    await stage(staged.contentUpload, inspected.content);
    await stage(staged.thumbnailUpload, inspected.thumbnail);
  } catch (error) {
    await discard(staged);
    throw error;
  }
  return staged;
}

/** Replaces the kit's photo by the staged one (a new row, so a new id and URL), and drops the pieces. */
async function storePhoto(tx: Tx, actor: Actor, kitId: string, photo: StagedPhoto, alt: string) {
  const before = await tx.kitPhoto.findUnique({ where: { kitId }, select: { id: true, sha256: true, alt: true } });
  await tx.kitPhoto.deleteMany({ where: { kitId } });
  const [row] = await tx.$queryRaw<{ id: string; size: number; thumb: number }[]>`
    INSERT INTO "KitPhoto" ("kitId", "mimeType", "sizeBytes", sha256, width, height, alt, content, thumbnail, "uploadedById")
    VALUES (${kitId}::uuid, ${photo.mimeType}, ${photo.content.length}, ${photo.sha256}, ${photo.width}, ${photo.height},
            ${alt}, (SELECT string_agg(bytes, ''::bytea ORDER BY n) FROM "MaterialUpload" WHERE "uploadId" = ${photo.contentUpload}::uuid),
            (SELECT string_agg(bytes, ''::bytea ORDER BY n) FROM "MaterialUpload" WHERE "uploadId" = ${photo.thumbnailUpload}::uuid),
            ${actor.id}::uuid)
    RETURNING id, octet_length(content) AS size, octet_length(thumbnail) AS thumb`;
  if (row?.size !== photo.content.length || row.thumb !== photo.thumbnail.length) {
    throw new Error(`Stored ${row?.size}/${row?.thumb} bytes of a photo of ${photo.content.length}.`);
  }
  await tx.$executeRaw`DELETE FROM "MaterialUpload" WHERE "uploadId" IN (${photo.contentUpload}::uuid, ${photo.thumbnailUpload}::uuid)`;
  await audit(
    tx,
    actor,
    "kit.photo.replace",
    { type: "Kit", id: kitId },
    {
      summary: alt,
      before: before ?? undefined,
      after: {
        id: row.id,
        mimeType: photo.mimeType,
        sizeBytes: photo.content.length,
        sha256: photo.sha256,
        width: photo.width,
        height: photo.height,
        alt,
      },
    },
  );
}

/** Runs the transaction with the staged photo; a failure drops the pieces. */
async function withPhoto<T>(file: File | undefined, work: (photo: StagedPhoto | null) => Promise<T>): Promise<T> {
  const photo = await preparePhoto(file);
  try {
    return await work(photo);
  } catch (error) {
    await discard(photo);
    throw error;
  }
}

// ───────────── create and edit ─────────────

async function createKitUncached(actor: Actor | null, input: KitCreateInput): Promise<{ id: string; slug: string }> {
  assertCan(actor, "kit.manage");
  return withPhoto(input.photo, (photo) =>
    slugSafe(() =>
      db().$transaction(
        async (tx) => {
          await assertSlugFree(tx, input.slug);
          await assertReferences(tx, input);
          const data = kitData(input);
          const kit = await tx.kit.create({ data, select: { id: true, slug: true } });
          await audit(tx, actor, "kit.create", { type: "Kit", id: kit.id }, { summary: data.name, after: data });
          if (photo) await storePhoto(tx, actor, kit.id, photo, input.photoAlt ?? "");
          return kit;
        },
        // Joining a photo's pieces takes longer than Prisma's default 5 s on a slow disk.
        { timeout: 30_000 },
      ),
    ),
  );
}

async function updateKitUncached(actor: Actor | null, input: KitUpdateInput): Promise<{ slug: string }> {
  assertCan(actor, "kit.manage");
  return withPhoto(input.photo, (photo) =>
    slugSafe(() =>
      db().$transaction(
        async (tx) => {
          // The row locked: two coordinators' saves (and a photo's) run one after the other.
          const locked = await tx.$queryRaw<{ id: string }[]>`
            SELECT id FROM "Kit" WHERE id = ${input.kitId}::uuid FOR UPDATE`;
          if (locked.length === 0) throw notFound();
          const before = await tx.kit.findUniqueOrThrow({ where: { id: input.kitId }, select: kitSelect });
          // Left blank: the address stays what it was.
          const slug = input.slug ?? before.slug;
          await assertSlugFree(tx, slug, input.kitId);
          await assertReferences(tx, input);
          const data = kitData({ ...input, slug });
          await tx.kit.update({ where: { id: input.kitId }, data });
          await audit(
            tx,
            actor,
            "kit.update",
            { type: "Kit", id: input.kitId },
            { summary: data.name, before, after: data },
          );
          if (photo) {
            await storePhoto(tx, actor, input.kitId, photo, input.photoAlt ?? "");
          } else if (input.removePhoto) {
            const removed = await tx.kitPhoto.findUnique({
              where: { kitId: input.kitId },
              select: { id: true, sha256: true, alt: true },
            });
            if (removed) {
              // deleteMany/updateMany: delete() and update() would read the row back, bytes and all.
              await tx.kitPhoto.deleteMany({ where: { id: removed.id } });
              await audit(tx, actor, "kit.photo.remove", { type: "Kit", id: input.kitId }, { before: removed });
            }
          } else if (input.photoAlt) {
            const current = await tx.kitPhoto.findUnique({
              where: { kitId: input.kitId },
              select: { id: true, alt: true },
            });
            if (current && current.alt !== input.photoAlt) {
              await tx.kitPhoto.updateMany({ where: { id: current.id }, data: { alt: input.photoAlt } });
              await audit(
                tx,
                actor,
                "kit.photo.alt",
                { type: "Kit", id: input.kitId },
                { before: { alt: current.alt }, after: { alt: input.photoAlt } },
              );
            }
          }
          return { slug };
        },
        { timeout: 30_000 },
      ),
    ),
  );
}

/** The catalogue and the kit's own pages (under its old and new address). */
async function kitTags(kitId: string | undefined, slugs: (string | undefined)[]): Promise<string[]> {
  const tags = new Set<string>([KITS_TAG]);
  for (const slug of slugs) if (slug) tags.add(kitTag(slug));
  if (kitId && isUuid(kitId)) {
    const kit = await db().kit.findUnique({ where: { id: kitId }, select: { slug: true } });
    if (kit) tags.add(kitTag(kit.slug));
  }
  return [...tags];
}

export const createKit = invalidating(createKitUncached, async (_args, result) =>
  result ? kitTags(result.id, [result.slug]) : [],
);

/** Asked before (the old address) and after (the new one). */
export const updateKit = invalidating(updateKitUncached, async ([, input]) => kitTags(input?.kitId, []));
