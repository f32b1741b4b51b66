// Writes to member libraries and their service points. Each function takes
// the acting user, checks the policy itself (an admin creates libraries and
// changes what decides who may sign in; coordinators edit a library's
// content), runs in one transaction, leaves an AuditEvent and, once
// committed, invalidates the directory and the library's page (ADR 17).
// A field the Kirkanta import wrote is simply overwritten: the import
// compares with its importedValues itself.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { invalidating } from "@/lib/cache/invalidate";
import { LIBRARIES_TAG, libraryTag, MEETINGS_TAG } from "@/lib/cache/tags";
import { db, type Tx } from "@/lib/db";
import { helsinkiToday } from "@/lib/dates";
import { isUniqueViolation } from "@/lib/http/db-errors";
import { fieldError, notFound } from "@/lib/http/errors";
import { RESERVED_SLUGS } from "./rules";
import type {
  LibraryContentInput,
  LibraryCreateInput,
  LibraryUpdateInput,
  ServicePointCreateInput,
  ServicePointStatusInput,
  ServicePointUpdateInput,
} from "./schema";

type Content = Omit<LibraryContentInput, "libraryId">;

/** The columns of a library's content; an omitted optional field clears it. */
function contentData(input: Content) {
  return {
    website: input.website ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    streetAddress: input.streetAddress ?? null,
    postalCode: input.postalCode ?? null,
    city: input.city ?? null,
    deliveryAddress: input.deliveryAddress ?? null,
    staffCount: input.staffCount ?? null,
    steeringRepresentativeId: input.steeringRepresentativeId ?? null,
  };
}

const contentSelect = {
  website: true,
  contactEmail: true,
  contactPhone: true,
  streetAddress: true,
  postalCode: true,
  city: true,
  deliveryAddress: true,
  staffCount: true,
  steeringRepresentativeId: true,
} as const;

/** The steering-group representative is an active person of this library. */
async function assertRepresentative(tx: Tx, libraryId: string | null, userId: string | undefined): Promise<void> {
  if (!userId) return;
  const user = libraryId
    ? await tx.user.findFirst({
        where: { id: userId, libraryId, deactivatedAt: null, anonymizedAt: null },
        select: { id: true },
      })
    : null;
  if (!user) throw fieldError("steeringRepresentativeId", "libraries.error.representative");
}

/** Turns a lost race for a unique slug into the same field message as a slug found taken. */
async function slugSafe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", "libraries.error.slugTaken");
    throw error;
  }
}

async function assertSlugFree(tx: Tx, slug: string, exceptId?: string): Promise<void> {
  if (RESERVED_SLUGS.includes(slug)) throw fieldError("slug", "libraries.error.slugTaken");
  const taken = await tx.library.findUnique({ where: { slug }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw fieldError("slug", "libraries.error.slugTaken");
}

async function createLibraryUncached(
  actor: Actor | null,
  input: LibraryCreateInput,
): Promise<{ id: string; slug: string }> {
  assertCan(actor, "libraries.manage");
  return slugSafe(() =>
    db().$transaction(async (tx) => {
      await assertSlugFree(tx, input.slug);
      // A new library has no people yet: its representative is chosen when it has.
      await assertRepresentative(tx, null, input.steeringRepresentativeId);
      const last = await tx.library.aggregate({ where: { region: input.region }, _max: { sortOrder: true } });
      const data = {
        name: input.name,
        slug: input.slug,
        municipality: input.municipality,
        region: input.region,
        consortium: input.consortium,
        emailDomains: input.emailDomains,
        ...contentData(input),
      };
      const library = await tx.library.create({
        data: { ...data, sortOrder: (last._max.sortOrder ?? 0) + 1 },
        select: { id: true, slug: true },
      });
      await audit(tx, actor, "library.create", { type: "Library", id: library.id }, { after: data });
      return library;
    }),
  );
}

async function updateLibraryUncached(actor: Actor | null, input: LibraryUpdateInput): Promise<{ slug: string }> {
  assertCan(actor, "libraries.manage");
  return slugSafe(() =>
    db().$transaction(async (tx) => {
      const before = await tx.library.findUnique({
        where: { id: input.libraryId },
        select: {
          name: true,
          slug: true,
          municipality: true,
          region: true,
          consortium: true,
          emailDomains: true,
          ...contentSelect,
        },
      });
      if (!before) throw notFound();
      // Left blank on an existing library: the address stays what it was.
      const slug = input.slug ?? before.slug;
      await assertSlugFree(tx, slug, input.libraryId);
      await assertRepresentative(tx, input.libraryId, input.steeringRepresentativeId);
      const data = {
        name: input.name,
        slug,
        municipality: input.municipality,
        region: input.region,
        consortium: input.consortium,
        emailDomains: input.emailDomains,
        ...contentData(input),
      };
      await tx.library.update({ where: { id: input.libraryId }, data });
      await audit(tx, actor, "library.update", { type: "Library", id: input.libraryId }, { before, after: data });
      return { slug };
    }),
  );
}

async function updateLibraryContentUncached(
  actor: Actor | null,
  input: LibraryContentInput,
): Promise<{ slug: string }> {
  assertCan(actor, "libraries.editContent");
  return db().$transaction(async (tx) => {
    const before = await tx.library.findUnique({
      where: { id: input.libraryId },
      select: { slug: true, ...contentSelect },
    });
    if (!before) throw notFound();
    await assertRepresentative(tx, input.libraryId, input.steeringRepresentativeId);
    const { slug, ...beforeContent } = before;
    const data = contentData(input);
    await tx.library.update({ where: { id: input.libraryId }, data });
    await audit(
      tx,
      actor,
      "library.updateContent",
      { type: "Library", id: input.libraryId },
      { before: beforeContent, after: data },
    );
    return { slug };
  });
}

function servicePointData(input: Omit<ServicePointUpdateInput, "servicePointId">) {
  return {
    name: input.name,
    kind: input.kind,
    selfServiceHours: input.selfServiceHours,
    address: input.address ?? null,
    postalCode: input.postalCode ?? null,
    city: input.city ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    note: input.note ?? null,
  };
}

/** Two service points of one library cannot share a name. */
async function nameSafe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("name", "libraries.error.servicePointNameTaken");
    throw error;
  }
}

async function createServicePointUncached(
  actor: Actor | null,
  input: ServicePointCreateInput,
): Promise<{ id: string; librarySlug: string }> {
  assertCan(actor, "libraries.editContent");
  return nameSafe(() =>
    db().$transaction(async (tx) => {
      const library = await tx.library.findUnique({ where: { id: input.libraryId }, select: { id: true, slug: true } });
      if (!library) throw notFound();
      const last = await tx.servicePoint.aggregate({
        where: { libraryId: library.id },
        _max: { sortOrder: true },
      });
      const data = { ...servicePointData(input), status: input.status };
      const point = await tx.servicePoint.create({
        data: { ...data, libraryId: library.id, sortOrder: (last._max.sortOrder ?? 0) + 1 },
        select: { id: true },
      });
      // The history starts with the status it was added in.
      await tx.servicePointStatusChange.create({
        data: {
          servicePointId: point.id,
          fromStatus: null,
          toStatus: input.status,
          effectiveOn: helsinkiToday(),
          actorId: actor.id,
        },
      });
      await audit(
        tx,
        actor,
        "servicePoint.create",
        { type: "ServicePoint", id: point.id },
        { after: { ...data, libraryId: library.id } },
      );
      return { id: point.id, librarySlug: library.slug };
    }),
  );
}

async function updateServicePointUncached(actor: Actor | null, input: ServicePointUpdateInput): Promise<void> {
  assertCan(actor, "libraries.editContent");
  await nameSafe(() =>
    db().$transaction(async (tx) => {
      const before = await tx.servicePoint.findUnique({
        where: { id: input.servicePointId },
        select: {
          name: true,
          kind: true,
          selfServiceHours: true,
          address: true,
          postalCode: true,
          city: true,
          email: true,
          phone: true,
          note: true,
        },
      });
      if (!before) throw notFound();
      const data = servicePointData(input);
      await tx.servicePoint.update({ where: { id: input.servicePointId }, data });
      await audit(
        tx,
        actor,
        "servicePoint.update",
        { type: "ServicePoint", id: input.servicePointId },
        { before, after: data },
      );
    }),
  );
}

/** A new status, kept in the history with its effective date and note. */
async function changeServicePointStatusUncached(actor: Actor | null, input: ServicePointStatusInput): Promise<void> {
  assertCan(actor, "libraries.editContent");
  await db().$transaction(async (tx) => {
    // Locked: two changes at once must not both record the same "from".
    const rows = await tx.$queryRaw<{ status: string }[]>`
      SELECT status::text AS status FROM "ServicePoint" WHERE id = ${input.servicePointId}::uuid FOR UPDATE`;
    const current = rows[0];
    if (!current) throw notFound();
    if (current.status === input.status) throw fieldError("status", "libraries.error.sameStatus");
    const fromStatus = current.status as ServicePointStatusInput["status"];
    await tx.servicePoint.update({ where: { id: input.servicePointId }, data: { status: input.status } });
    await tx.servicePointStatusChange.create({
      data: {
        servicePointId: input.servicePointId,
        fromStatus,
        toStatus: input.status,
        effectiveOn: input.effectiveOn,
        note: input.statusNote ?? null,
        actorId: actor.id,
      },
    });
    await audit(
      tx,
      actor,
      "servicePoint.changeStatus",
      { type: "ServicePoint", id: input.servicePointId },
      {
        before: { status: fromStatus },
        after: { status: input.status, effectiveOn: input.effectiveOn, note: input.statusNote ?? null },
      },
    );
  });
}

// ───────────── Cache invalidation (ADR 17): the directory and the library's page ─────────────

async function libraryTags(libraryId: unknown): Promise<string[]> {
  if (typeof libraryId !== "string") return [];
  const library = await db().library.findUnique({ where: { id: libraryId }, select: { slug: true } });
  return library ? [LIBRARIES_TAG, libraryTag(library.slug)] : [LIBRARIES_TAG];
}

async function servicePointTags(servicePointId: unknown): Promise<string[]> {
  if (typeof servicePointId !== "string") return [];
  const point = await db().servicePoint.findUnique({
    where: { id: servicePointId },
    select: { library: { select: { slug: true } } },
  });
  return point ? [LIBRARIES_TAG, libraryTag(point.library.slug)] : [];
}

export const createLibrary = invalidating(createLibraryUncached, (_args, result) =>
  Promise.resolve(result ? [LIBRARIES_TAG, libraryTag(result.slug)] : []),
);
// A library's name is on the meetings' pages too (news round, owners: ADR 23).
export const updateLibrary = invalidating(updateLibraryUncached, async ([, input]) => [
  ...(await libraryTags(input.libraryId)),
  MEETINGS_TAG,
]);
export const updateLibraryContent = invalidating(updateLibraryContentUncached, ([, input]) =>
  libraryTags(input.libraryId),
);
export const createServicePoint = invalidating(createServicePointUncached, ([, input]) => libraryTags(input.libraryId));
export const updateServicePoint = invalidating(updateServicePointUncached, ([, input]) =>
  servicePointTags(input.servicePointId),
);
export const changeServicePointStatus = invalidating(changeServicePointStatusUncached, ([, input]) =>
  servicePointTags(input.servicePointId),
);
