// Coordinators' writes to the training menu: themes, menus, offerings and
// sessions. Each function takes the acting user, checks the policy itself,
// runs in one transaction and leaves an AuditEvent. Notices to enrolled
// people are enqueued in the same transaction (outbox).
import "server-only";
import { isUniqueViolation } from "@/lib/http/db-errors";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db";
import type { Eligibility } from "@/lib/db/enums";
import { audit } from "@/lib/audit/mutations";
import { fieldError } from "@/lib/http/errors";
import { fillSeatsFromWaitlist, lockSessionEnrolments } from "@/lib/enrolments/mutations";
import { enqueue, enqueueChangeNotice, scheduleSessionReminder } from "@/lib/jobs/mutations";
import { notifiableChanges, type CalendarChange } from "@/lib/calendar/changes";
import { sessionSnapshot } from "@/lib/calendar/events";
import { canChangeMenuStatus, RESERVED_OFFERING_SLUGS, sessionChanges, slugCandidate, slugify } from "./rules";
import type {
  MenuCreateInput,
  MenuStatusInput,
  MenuUpdateInput,
  OfferingCreateInput,
  OfferingUpdateInput,
  SessionCancelInput,
  SessionCreateInput,
  SessionInput,
  SessionUpdateInput,
  ThemeCreateInput,
  ThemeRenameInput,
} from "./schema";
import { invalidating } from "@/lib/cache/invalidate";
import { MENU_TAG } from "@/lib/cache/tags";
import { menuCacheTags, offeringCacheTags, sessionCacheTags, themeCacheTags } from "./data";

/** Turns a lost race for a unique slug into the same field message as a slug found taken. */
async function slugSafe<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("slug", "trainingsAdmin.error.slugTaken");
    throw error;
  }
}

/**
 * The slug to store: the one asked for (refused when taken or reserved), else
 * one made from the title, numbered until free.
 */
async function chooseSlug(
  taken: (slug: string) => Promise<boolean>,
  asked: string | undefined,
  title: string,
  fallback: string,
  reserved: readonly string[] = [],
): Promise<string> {
  if (asked) {
    if (reserved.includes(asked) || (await taken(asked))) throw fieldError("slug", "trainingsAdmin.error.slugTaken");
    return asked;
  }
  const base = slugify(title) || fallback;
  for (let n = 1; ; n++) {
    const candidate = slugCandidate(base, n);
    if (!reserved.includes(candidate) && !(await taken(candidate))) return candidate;
  }
}

// ───────────── themes ─────────────

async function createThemeUncached(actor: Actor | null, input: ThemeCreateInput): Promise<{ id: string }> {
  assertCan(actor, "menu.manage");
  return slugSafe(() =>
    db().$transaction(async (tx) => {
      const slug = await chooseSlug(
        async (s) => !!(await tx.theme.findUnique({ where: { slug: s }, select: { id: true } })),
        undefined,
        input.nameFi,
        "teema",
      );
      const last = await tx.theme.aggregate({ _max: { sortOrder: true } });
      const theme = await tx.theme.create({
        data: {
          slug,
          nameFi: input.nameFi,
          nameEn: input.nameEn,
          description: input.description ?? null,
          sortOrder: (last._max.sortOrder ?? 0) + 1,
        },
        select: { id: true },
      });
      await audit(tx, actor, "theme.create", { type: "Theme", id: theme.id }, { after: { slug, ...input } });
      return theme;
    }),
  );
}

async function renameThemeUncached(actor: Actor | null, input: ThemeRenameInput): Promise<void> {
  assertCan(actor, "menu.manage");
  await db().$transaction(async (tx) => {
    const before = await tx.theme.findUnique({
      where: { id: input.themeId },
      select: { nameFi: true, nameEn: true, description: true },
    });
    if (!before) throw fieldError("themeId", "trainingsAdmin.error.unknownTheme");
    const after = { nameFi: input.nameFi, nameEn: input.nameEn, description: input.description ?? null };
    await tx.theme.update({ where: { id: input.themeId }, data: after });
    await audit(tx, actor, "theme.rename", { type: "Theme", id: input.themeId }, { before, after });
  });
}

// ───────────── menus ─────────────

async function createMenuUncached(actor: Actor | null, input: MenuCreateInput): Promise<{ id: string; slug: string }> {
  assertCan(actor, "menu.manage");
  return slugSafe(() =>
    db().$transaction(async (tx) => {
      const slug = await chooseSlug(
        async (s) => !!(await tx.trainingMenu.findUnique({ where: { slug: s }, select: { id: true } })),
        input.slug,
        input.title,
        "tarjotin",
      );
      const data = {
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        intro: input.intro ?? null,
      };
      const menu = await tx.trainingMenu.create({ data: { slug, ...data }, select: { id: true, slug: true } });
      await audit(tx, actor, "menu.create", { type: "TrainingMenu", id: menu.id }, { after: { slug, ...data } });
      return menu;
    }),
  );
}

async function updateMenuUncached(actor: Actor | null, input: MenuUpdateInput): Promise<void> {
  assertCan(actor, "menu.manage");
  await slugSafe(() =>
    db().$transaction(async (tx) => {
      const before = await tx.trainingMenu.findUnique({
        where: { id: input.menuId },
        select: { slug: true, title: true, periodStart: true, periodEnd: true, intro: true },
      });
      if (!before) throw fieldError("menuId", "trainingsAdmin.error.unknownMenu");
      const slug =
        !input.slug || input.slug === before.slug
          ? before.slug
          : await chooseSlug(
              async (s) => !!(await tx.trainingMenu.findUnique({ where: { slug: s }, select: { id: true } })),
              input.slug,
              input.title,
              "tarjotin",
            );
      const after = {
        slug,
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        intro: input.intro ?? null,
      };
      await tx.trainingMenu.update({ where: { id: input.menuId }, data: after });
      await audit(tx, actor, "menu.update", { type: "TrainingMenu", id: input.menuId }, { before, after });
    }),
  );
}

async function setMenuStatusUncached(actor: Actor | null, input: MenuStatusInput): Promise<void> {
  assertCan(actor, "menu.manage");
  await db().$transaction(async (tx) => {
    const menu = await tx.trainingMenu.findUnique({
      where: { id: input.menuId },
      select: { status: true, publishedAt: true },
    });
    if (!menu) throw fieldError("menuId", "trainingsAdmin.error.unknownMenu");
    if (!canChangeMenuStatus(menu.status, input.status)) {
      throw fieldError("status", "trainingsAdmin.error.menuStatus");
    }
    // Conditional on the status read: of two coordinators clicking at once, one wins.
    const { count } = await tx.trainingMenu.updateMany({
      where: { id: input.menuId, status: menu.status },
      data: {
        status: input.status,
        ...(input.status === "PUBLISHED" && !menu.publishedAt ? { publishedAt: new Date() } : {}),
      },
    });
    if (count !== 1) throw fieldError("status", "trainingsAdmin.error.menuStatus");
    await audit(
      tx,
      actor,
      "menu.status",
      { type: "TrainingMenu", id: input.menuId },
      { before: { status: menu.status }, after: { status: input.status } },
    );
  });
}

// ───────────── offerings ─────────────

async function assertThemesExist(tx: Tx, themeIds: string[]): Promise<void> {
  const unique = [...new Set(themeIds)];
  if (unique.length === 0) return;
  const found = await tx.theme.count({ where: { id: { in: unique } } });
  if (found !== unique.length) throw fieldError("themeIds", "trainingsAdmin.error.unknownTheme");
}

async function assertMenuExists(tx: Tx, menuId: string): Promise<void> {
  const menu = await tx.trainingMenu.findUnique({ where: { id: menuId }, select: { id: true } });
  if (!menu) throw fieldError("menuId", "trainingsAdmin.error.unknownMenu");
}

const offeringSlugTaken = (tx: Tx) => async (slug: string) =>
  !!(await tx.offering.findUnique({ where: { slug }, select: { id: true } }));

function offeringData(input: OfferingCreateInput) {
  return {
    menuId: input.menuId,
    title: input.title,
    kind: input.kind,
    summary: input.summary ?? null,
    description: input.description ?? null,
    audience: input.audience ?? null,
    trainerName: input.trainerName ?? null,
    orderable: input.orderable,
  };
}

async function createOfferingUncached(
  actor: Actor | null,
  input: OfferingCreateInput,
): Promise<{ id: string; slug: string }> {
  assertCan(actor, "offering.manage");
  return slugSafe(() =>
    db().$transaction(async (tx) => {
      await assertMenuExists(tx, input.menuId);
      await assertThemesExist(tx, input.themeIds);
      const slug = await chooseSlug(
        offeringSlugTaken(tx),
        input.slug,
        input.title,
        "koulutus",
        RESERVED_OFFERING_SLUGS,
      );
      const last = await tx.offering.aggregate({ where: { menuId: input.menuId }, _max: { sortOrder: true } });
      const data = offeringData(input);
      const offering = await tx.offering.create({
        data: { slug, ...data, sortOrder: (last._max.sortOrder ?? -1) + 1 },
        select: { id: true, slug: true },
      });
      const themeIds = [...new Set(input.themeIds)];
      await tx.offeringTheme.createMany({ data: themeIds.map((themeId) => ({ offeringId: offering.id, themeId })) });
      await audit(
        tx,
        actor,
        "offering.create",
        { type: "Offering", id: offering.id },
        { after: { slug, ...data, themeIds } },
      );
      return offering;
    }),
  );
}

async function updateOfferingUncached(actor: Actor | null, input: OfferingUpdateInput): Promise<{ slug: string }> {
  assertCan(actor, "offering.manage");
  return slugSafe(() =>
    db().$transaction(async (tx) => {
      const before = await tx.offering.findUnique({
        where: { id: input.offeringId },
        select: {
          slug: true,
          menuId: true,
          title: true,
          kind: true,
          summary: true,
          description: true,
          audience: true,
          trainerName: true,
          trainerId: true,
          trainer: { select: { name: true } },
          orderable: true,
          themes: { select: { themeId: true } },
        },
      });
      if (!before) throw fieldError("offeringId", "trainingsAdmin.error.unknownOffering");
      await assertMenuExists(tx, input.menuId);
      await assertThemesExist(tx, input.themeIds);
      const slug =
        !input.slug || input.slug === before.slug
          ? before.slug
          : await chooseSlug(offeringSlugTaken(tx), input.slug, input.title, "koulutus", RESERVED_OFFERING_SLUGS);
      // The form shows a linked trainer's name; a different name typed there replaces the link.
      const trainerChanged = (input.trainerName ?? null) !== (before.trainerName ?? before.trainer?.name ?? null);
      const data = { slug, ...offeringData(input), ...(trainerChanged ? { trainerId: null } : {}) };
      await tx.offering.update({ where: { id: input.offeringId }, data });
      const themeIds = [...new Set(input.themeIds)];
      await tx.offeringTheme.deleteMany({ where: { offeringId: input.offeringId } });
      await tx.offeringTheme.createMany({
        data: themeIds.map((themeId) => ({ offeringId: input.offeringId, themeId })),
      });
      const { themes, trainer: _trainer, ...rest } = before;
      await audit(
        tx,
        actor,
        "offering.update",
        { type: "Offering", id: input.offeringId },
        { before: { ...rest, themeIds: themes.map((t) => t.themeId) }, after: { ...data, themeIds } },
      );
      return { slug };
    }),
  );
}

// ───────────── sessions ─────────────

/** What a session row gets from the form, with the place's library as host. */
async function sessionData(
  tx: Tx,
  input: SessionInput,
  overrides: { eligibility?: Eligibility; restrictedLibraryId?: string | null; hostLibraryId?: string | null } = {},
) {
  let hostLibraryId: string | null = overrides.hostLibraryId ?? null;
  if (input.servicePointId) {
    const point = await tx.servicePoint.findUnique({
      where: { id: input.servicePointId },
      select: { libraryId: true },
    });
    if (!point) throw fieldError("servicePointId", "trainingsAdmin.error.unknownServicePoint");
    hostLibraryId ??= point.libraryId;
  }
  const eligibility = overrides.eligibility ?? input.eligibility;
  const restrictedLibraryId =
    eligibility === "LIBRARY" ? (overrides.restrictedLibraryId ?? input.restrictedLibraryId ?? null) : null;
  if (restrictedLibraryId && overrides.restrictedLibraryId === undefined) {
    const library = await tx.library.findUnique({ where: { id: restrictedLibraryId }, select: { id: true } });
    if (!library) throw fieldError("restrictedLibraryId", "trainingsAdmin.error.unknownLibrary");
  }
  return {
    title: input.title ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    servicePointId: input.servicePointId ?? null,
    place: input.place ?? null,
    remoteUrl: input.remoteUrl ?? null,
    hostLibraryId,
    capacity: input.capacity,
    registrationOpensAt: input.registrationOpensAt ?? null,
    registrationClosesAt: input.registrationClosesAt ?? null,
    eligibility,
    restrictedLibraryId,
  };
}

/**
 * Creates a session inside the caller's transaction; workshop scheduling uses
 * it too, with the ordering library as host and (unless opened to the region)
 * as the only library whose staff may enrol.
 */
export async function insertSession(
  tx: Tx,
  actor: Actor,
  offeringId: string,
  input: SessionInput,
  overrides: { eligibility?: Eligibility; restrictedLibraryId?: string | null; hostLibraryId?: string | null } = {},
): Promise<{ id: string }> {
  const offering = await tx.offering.findUnique({ where: { id: offeringId }, select: { id: true } });
  if (!offering) throw fieldError("offeringId", "trainingsAdmin.error.unknownOffering");
  const data = await sessionData(tx, input, overrides);
  const session = await tx.trainingSession.create({ data: { offeringId, ...data }, select: { id: true } });
  await audit(
    tx,
    actor,
    "session.create",
    { type: "TrainingSession", id: session.id },
    { after: { offeringId, ...data } },
  );
  return session;
}

async function createSessionUncached(actor: Actor | null, input: SessionCreateInput): Promise<{ id: string }> {
  assertCan(actor, "session.manage");
  return db().$transaction((tx) => insertSession(tx, actor, input.offeringId, input));
}

/** Locks the session row so that enrolments wait until the change is committed. */
async function lockSession(tx: Tx, sessionId: string) {
  await tx.$queryRaw`SELECT id FROM "TrainingSession" WHERE id = ${sessionId}::uuid FOR UPDATE`;
  return tx.trainingSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      servicePointId: true,
      place: true,
      remoteUrl: true,
      hostLibraryId: true,
      capacity: true,
      seatsTaken: true,
      registrationOpensAt: true,
      registrationClosesAt: true,
      eligibility: true,
      restrictedLibraryId: true,
      status: true,
      // What the change notice remembers as "before" (lib/calendar/events sessionSnapshot).
      servicePoint: {
        select: { name: true, address: true, postalCode: true, city: true, library: { select: { name: true } } },
      },
      offering: { select: { title: true, menu: { select: { status: true } } } },
    },
  });
}

/** The people a notice about the session goes to: everyone confirmed or waiting. */
async function activeEnrolments(tx: Tx, sessionId: string) {
  return tx.enrolment.findMany({
    where: { sessionId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    select: { id: true, status: true },
    orderBy: { createdAt: "asc" },
  });
}

export type SessionUpdateResult = { changes: CalendarChange[]; notified: number; promoted: number };

/**
 * Edits a session. Runs under the session's enrolment lock (lib/enrolments),
 * so no enrolment slips in between: capacity never drops below the seats
 * taken, a raised capacity promotes from the waitlist at once, and a new
 * time, place or remote link raises the entry's SEQUENCE and tells everyone
 * confirmed or waiting what changed (with the updated entry).
 */
async function updateSessionUncached(actor: Actor | null, input: SessionUpdateInput): Promise<SessionUpdateResult> {
  assertCan(actor, "session.manage");
  const now = new Date();
  return db().$transaction(async (tx) => {
    await lockSessionEnrolments(tx, input.sessionId);
    const before = await lockSession(tx, input.sessionId);
    if (!before) throw fieldError("sessionId", "trainingsAdmin.error.unknownSession");
    if (before.status === "CANCELLED") throw fieldError("_", "trainingsAdmin.error.sessionCancelled");
    if (input.capacity < before.seatsTaken) {
      throw fieldError("capacity", "trainingsAdmin.error.capacityBelowTaken");
    }
    // A new service point brings its own library as the host; otherwise the host stays.
    const movedToNewPoint = !!input.servicePointId && input.servicePointId !== before.servicePointId;
    const data = await sessionData(tx, input, movedToNewPoint ? {} : { hostLibraryId: before.hostLibraryId });
    const allChanges = sessionChanges(before, data);
    const changes = notifiableChanges(allChanges);
    await tx.trainingSession.update({
      where: { id: input.sessionId },
      data: { ...data, ...(changes.length > 0 ? { icsSequence: { increment: 1 } } : {}) },
    });
    const promoted = data.capacity > before.capacity ? await fillSeatsFromWaitlist(tx, actor, input.sessionId, now) : 0;

    let notified = 0;
    if (changes.length > 0 && before.offering.menu.status === "PUBLISHED") {
      const enrolments = await activeEnrolments(tx, input.sessionId);
      const notice = { changes, before: sessionSnapshot(before) };
      for (const enrolment of enrolments) {
        await enqueueChangeNotice(tx, "email.sessionChanged", { enrolmentId: enrolment.id }, notice);
        if (changes.includes("time") && enrolment.status === "CONFIRMED") {
          await scheduleSessionReminder(tx, { id: enrolment.id, sessionStartsAt: data.startsAt }, now);
        }
      }
      notified = enrolments.length;
    }
    const {
      offering: _offering,
      servicePoint: _servicePoint,
      id: _id,
      status: _status,
      seatsTaken: _seatsTaken,
      ...beforeData
    } = before;
    const summary = [
      allChanges.length > 0 ? `changed: ${allChanges.join(", ")}` : null,
      notified > 0 ? `notified ${notified}` : null,
      promoted > 0 ? `promoted ${promoted} from the waitlist` : null,
    ].filter(Boolean);
    await audit(
      tx,
      actor,
      "session.update",
      { type: "TrainingSession", id: input.sessionId },
      { summary: summary.length > 0 ? summary.join("; ") : undefined, before: beforeData, after: data },
    );
    return { changes, notified, promoted };
  });
}

async function cancelSessionUncached(actor: Actor | null, input: SessionCancelInput): Promise<{ notified: number }> {
  assertCan(actor, "session.manage");
  return db().$transaction(async (tx) => {
    // Under the enrolment lock: nobody enrols between the cancellation and the notices.
    await lockSessionEnrolments(tx, input.sessionId);
    const session = await lockSession(tx, input.sessionId);
    if (!session) throw fieldError("sessionId", "trainingsAdmin.error.unknownSession");
    if (session.status === "CANCELLED") throw fieldError("_", "trainingsAdmin.error.sessionCancelled");
    // A new SEQUENCE: the attached METHOD:CANCEL and the feeds' cancelled entry replace every earlier copy.
    await tx.trainingSession.update({
      where: { id: input.sessionId },
      data: { status: "CANCELLED", icsSequence: { increment: 1 } },
    });
    const enrolmentIds = (await activeEnrolments(tx, input.sessionId)).map((enrolment) => enrolment.id);
    for (const enrolmentId of enrolmentIds) await enqueue(tx, "email.sessionCancelled", { enrolmentId });
    await audit(
      tx,
      actor,
      "session.cancel",
      { type: "TrainingSession", id: input.sessionId },
      {
        summary: `notified ${enrolmentIds.length}`,
        before: { status: session.status },
        after: { status: "CANCELLED" },
      },
    );
    return { notified: enrolmentIds.length };
  });
}

// ───────────── Cache invalidation (ADR 17): each mutation above, with the tags of what it changed ─────────────

export const createTheme = invalidating(createThemeUncached, () => Promise.resolve([MENU_TAG]));
export const renameTheme = invalidating(renameThemeUncached, ([, input]) => themeCacheTags(input.themeId));
export const createMenu = invalidating(createMenuUncached, () => Promise.resolve([MENU_TAG]));
export const updateMenu = invalidating(updateMenuUncached, ([, input]) => menuCacheTags(input.menuId));
export const setMenuStatus = invalidating(setMenuStatusUncached, ([, input]) => menuCacheTags(input.menuId));
export const createOffering = invalidating(createOfferingUncached, (_args, result) =>
  result ? offeringCacheTags(result.id) : Promise.resolve([]),
);
export const updateOffering = invalidating(updateOfferingUncached, ([, input]) => offeringCacheTags(input.offeringId));
export const createSession = invalidating(createSessionUncached, (_args, result) =>
  result ? sessionCacheTags(result.id) : Promise.resolve([]),
);
export const updateSession = invalidating(updateSessionUncached, ([, input]) => sessionCacheTags(input.sessionId));
export const cancelSession = invalidating(cancelSessionUncached, ([, input]) => sessionCacheTags(input.sessionId));
