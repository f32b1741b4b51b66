// Reads of kit reservations: the API's kits and availability, the date
// search ("which kits are free for all of these days?"), a library's own
// reservations and the coordinators' queue. Dates leave here as days
// ("yyyy-mm-dd", lib/dates/days.ts), never as instants.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { KITS_TAG, kitTag } from "@/lib/cache/tags";
import { db, type Db } from "@/lib/db";
import type { KitReservationStatus, KitStatus } from "@/lib/db/enums";
import { parseKitContents, type KitContentsItem } from "@/lib/kits/data";
import { addDays, dayOf, dateOf, today, type Day, type DayRange } from "@/lib/dates/days";
import { pageWindow } from "@/lib/http/paging";
import { freePeriods, isFree } from "@/lib/kits/shipping";
import { LIVE_STATUSES, maySeeReservation } from "./rules";

const READ = "kit.read";

export type ApiKit = {
  id: string;
  slug: string;
  name: string;
  status: KitStatus;
  shippingDays: number;
  requiresApproval: boolean;
  theme: { nameFi: string; nameEn: string } | null;
  homeLibrary: { id: string; name: string } | null;
};

const apiKitSelect = {
  id: true,
  slug: true,
  name: true,
  status: true,
  shippingDays: true,
  requiresApproval: true,
  theme: { select: { nameFi: true, nameEn: true } },
  homeLibrary: { select: { id: true, name: true } },
} as const;

/** Kits in circulation or maintenance (retired ones only for those who manage kits). */
function visibleKits(actor: Actor | null) {
  return can(actor, "kit.manage") ? {} : { status: { not: "RETIRED" as const } };
}

export async function listKitsForApi(actor: Actor | null): Promise<ApiKit[]> {
  if (!can(actor, READ)) return [];
  return db().kit.findMany({ where: visibleKits(actor), select: apiKitSelect, orderBy: { name: "asc" } });
}

export type BookedPeriod = DayRange & {
  /** The last day the kit is held: the end plus this reservation's shipping days. */
  heldUntil: Day;
  shippingDays: number;
  status: KitReservationStatus;
  library: { id: string; name: string };
};

export type ApiKitDetail = ApiKit & {
  description: string | null;
  contents: KitContentsItem[];
  booked: BookedPeriod[];
};

/** The live reservations of a kit that hold it on some day of `window` (shipping days included). */
async function livePeriods(kitId: string, window: DayRange, client: Db = db()): Promise<BookedPeriod[]> {
  // A reservation's shipping days never exceed 60 (schema): reach back that far and filter exactly below.
  const rows = await client.kitReservation.findMany({
    where: {
      kitId,
      status: { in: [...LIVE_STATUSES] },
      startDate: { lte: dateOf(window.endDate) },
      endDate: { gte: dateOf(addDays(window.startDate, -60)) },
    },
    select: {
      startDate: true,
      endDate: true,
      shippingDays: true,
      status: true,
      library: { select: { id: true, name: true } },
    },
    orderBy: { startDate: "asc" },
  });
  return rows
    .map((r) => {
      const endDate = dayOf(r.endDate);
      return {
        startDate: dayOf(r.startDate),
        endDate,
        heldUntil: addDays(endDate, r.shippingDays),
        shippingDays: r.shippingDays,
        status: r.status,
        library: r.library,
      };
    })
    .filter((r) => r.heldUntil >= window.startDate);
}

export async function getKitForApi(actor: Actor | null, id: string, now = new Date()): Promise<ApiKitDetail | null> {
  if (!can(actor, READ)) return null;
  const kit = await db().kit.findFirst({
    where: { id, ...visibleKits(actor) },
    select: { ...apiKitSelect, description: true, contents: true },
  });
  if (!kit) return null;
  const from = today(now);
  const booked = await livePeriods(id, { startDate: from, endDate: addDays(from, 3650) });
  return { ...kit, contents: parseKitContents(kit.contents), booked };
}

export type Availability = {
  kitId: string;
  from: Day;
  to: Day;
  /** The kit's shipping days: a new reservation keeps them free before and after every other one. */
  shippingDays: number;
  status: KitStatus;
  booked: BookedPeriod[];
  /** Runs of days a new reservation may cover wholly (none before today, none while the kit is not AVAILABLE). */
  free: DayRange[];
};

/** Booked and free periods of a kit in a window of days; null for an unknown (or invisible) kit. */
export async function getKitAvailability(
  actor: Actor | null,
  kitId: string,
  window: DayRange,
  now = new Date(),
): Promise<Availability | null> {
  if (!can(actor, READ)) return null;
  const kit = await db().kit.findFirst({
    where: { id: kitId, ...visibleKits(actor) },
    select: { id: true, shippingDays: true, status: true },
  });
  if (!kit) return null;
  const booked = await livePeriods(kit.id, window);
  const free = kit.status === "AVAILABLE" ? freePeriods(window, booked, kit.shippingDays, today(now)) : [];
  return {
    kitId: kit.id,
    from: window.startDate,
    to: window.endDate,
    shippingDays: kit.shippingDays,
    status: kit.status,
    booked,
    free,
  };
}

export type FreeKit = {
  id: string;
  slug: string;
  name: string;
  shippingDays: number;
  requiresApproval: boolean;
  theme: { nameFi: string; nameEn: string } | null;
  homeLibrary: { id: string; name: string } | null;
};

export type FreeKitsResult = { free: FreeKit[]; taken: (FreeKit & { booked: BookedPeriod[] })[] };

/**
 * "Choose dates first": the kits in circulation that are free for every day
 * of the range, shipping days before and after the other loans included,
 * and those that are not (with the periods in the way).
 */
export async function findFreeKits(actor: Actor | null, range: DayRange): Promise<FreeKitsResult> {
  if (!can(actor, READ)) return { free: [], taken: [] };
  const kits = await db().kit.findMany({
    where: { status: "AVAILABLE" },
    select: apiKitSelect,
    orderBy: { name: "asc" },
  });
  if (kits.length === 0) return { free: [], taken: [] };
  const maxShipping = Math.max(...kits.map((k) => k.shippingDays));
  const rows = await db().kitReservation.findMany({
    where: {
      kitId: { in: kits.map((k) => k.id) },
      status: { in: [...LIVE_STATUSES] },
      startDate: { lte: dateOf(addDays(range.endDate, maxShipping)) },
      endDate: { gte: dateOf(addDays(range.startDate, -60)) },
    },
    select: {
      kitId: true,
      startDate: true,
      endDate: true,
      shippingDays: true,
      status: true,
      library: { select: { id: true, name: true } },
    },
    orderBy: { startDate: "asc" },
  });
  const result: FreeKitsResult = { free: [], taken: [] };
  for (const { status: _status, ...kit } of kits) {
    const booked = rows
      .filter((r) => r.kitId === kit.id)
      .map((r) => {
        const endDate = dayOf(r.endDate);
        return {
          startDate: dayOf(r.startDate),
          endDate,
          heldUntil: addDays(endDate, r.shippingDays),
          shippingDays: r.shippingDays,
          status: r.status,
          library: r.library,
        };
      });
    const window = { startDate: addDays(range.startDate, -1), endDate: addDays(range.endDate, 1) };
    if (isFree(range, freePeriods(window, booked, kit.shippingDays))) result.free.push(kit);
    else
      result.taken.push({
        ...kit,
        booked: booked.filter((b) => b.heldUntil >= addDays(range.startDate, -kit.shippingDays)),
      });
  }
  return result;
}

/** Free kits per page of the date search: one form with a radio per kit keeps the page light (ADR 25). */
export const FREE_KITS_PER_PAGE = 24;
/** Taken kits named below the form; the rest are counted (each kit's calendar tells more). */
export const TAKEN_KITS_SHOWN = 12;

export type TakenKit = Pick<FreeKit, "id" | "slug" | "name"> & {
  /** The first live reservation in the way. */
  firstBooked: (DayRange & { library: { name: string } }) | null;
};

export type FreeKitsPage = {
  free: FreeKit[];
  freeTotal: number;
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  taken: TakenKit[];
  takenTotal: number;
};

/** One page of the date search's answer: `perPage` free kits and, briefly, the first taken ones. */
export async function findFreeKitsPage(
  actor: Actor | null,
  range: DayRange,
  page: number,
  perPage = FREE_KITS_PER_PAGE,
): Promise<FreeKitsPage> {
  const { free, taken } = await findFreeKits(actor, range);
  const { current, pages, offset } = pageWindow(free.length, page, perPage);
  return {
    free: free.slice(offset, offset + perPage),
    freeTotal: free.length,
    page: current,
    pages,
    taken: taken.slice(0, TAKEN_KITS_SHOWN).map((kit) => {
      const first = kit.booked[0];
      return {
        id: kit.id,
        slug: kit.slug,
        name: kit.name,
        firstBooked: first
          ? { startDate: first.startDate, endDate: first.endDate, library: { name: first.library.name } }
          : null,
      };
    }),
    takenTotal: taken.length,
  };
}

export type LibraryOption = { id: string; name: string };

/** The libraries the actor may reserve for: their own; every member library for coordinators. */
export async function listReservingLibraries(actor: Actor | null): Promise<LibraryOption[]> {
  if (!actor || !can(actor, "kit.requestReservation")) return [];
  return db().library.findMany({
    where: can(actor, "kit.manage") ? {} : { id: actor.libraryId ?? "00000000-0000-0000-0000-000000000000" },
    select: { id: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}

export type ReservationRow = DayRange & {
  id: string;
  status: KitReservationStatus;
  shippingDays: number;
  kit: { id: string; slug: string; name: string };
  library: { id: string; name: string };
  declineReason: string | null;
};

const rowSelect = {
  id: true,
  status: true,
  startDate: true,
  endDate: true,
  shippingDays: true,
  declineReason: true,
  libraryId: true,
  kit: { select: { id: true, slug: true, name: true } },
  library: { select: { id: true, name: true } },
} as const;

function toRow(r: {
  id: string;
  status: KitReservationStatus;
  startDate: Date;
  endDate: Date;
  shippingDays: number;
  declineReason: string | null;
  kit: { id: string; slug: string; name: string };
  library: { id: string; name: string };
}): ReservationRow {
  return {
    id: r.id,
    status: r.status,
    startDate: dayOf(r.startDate),
    endDate: dayOf(r.endDate),
    shippingDays: r.shippingDays,
    declineReason: r.declineReason,
    kit: r.kit,
    library: r.library,
  };
}

/** The actor's library's reservations that have not ended (and those declined or cancelled lately). */
export async function listOwnLibraryReservations(actor: Actor | null, now = new Date()): Promise<ReservationRow[]> {
  if (!actor?.libraryId || !can(actor, "kit.requestReservation")) return [];
  const rows = await db().kitReservation.findMany({
    where: { libraryId: actor.libraryId, endDate: { gte: dateOf(addDays(today(now), -30)) } },
    select: rowSelect,
    orderBy: { startDate: "asc" },
  });
  return rows.map(toRow);
}

/** The coordinators' view: every reservation that has not ended, requests first. */
export async function listReservationsForCoordinators(
  actor: Actor | null,
  now = new Date(),
): Promise<ReservationRow[]> {
  if (!can(actor, "kit.manage")) return [];
  const rows = await db().kitReservation.findMany({
    where: { endDate: { gte: dateOf(today(now)) }, status: { in: [...LIVE_STATUSES] } },
    select: rowSelect,
    orderBy: [{ startDate: "asc" }],
  });
  return rows.map(toRow).sort((a, b) => Number(b.status === "REQUESTED") - Number(a.status === "REQUESTED"));
}

/** One reservation as its library or a coordinator sees it; null otherwise (a 404). */
export async function getReservationForActor(actor: Actor | null, id: string): Promise<ReservationRow | null> {
  if (!actor) return null;
  const row = await db().kitReservation.findUnique({ where: { id }, select: rowSelect });
  if (!row || !maySeeReservation(actor, row)) return null;
  return toRow(row);
}

/** The cached pages a change to this kit's reservations touches (ADR 17). */
export async function kitReservationTags(kitId: string, client: Db = db()): Promise<string[]> {
  const kit = await client.kit.findUnique({ where: { id: kitId }, select: { slug: true } });
  return kit ? [KITS_TAG, kitTag(kit.slug)] : [KITS_TAG];
}

/** The same, by reservation. */
export async function reservationTags(reservationId: string, client: Db = db()): Promise<string[]> {
  const r = await client.kitReservation.findUnique({
    where: { id: reservationId },
    select: { kit: { select: { slug: true } } },
  });
  return r ? [KITS_TAG, kitTag(r.kit.slug)] : [KITS_TAG];
}
