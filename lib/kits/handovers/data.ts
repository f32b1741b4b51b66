// Reads of the kit handover chain (ADR 26): a reservation's detail with
// where its kit comes from, where it goes next, and the latest handover
// report's missing and damaged items. Its library and the coordinators see
// it; anyone else gets null (a 404).
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db, type Db, type Tx } from "@/lib/db";
import type { KitReservationStatus } from "@/lib/db/enums";
import { parseKitContents, type KitContentsItem } from "@/lib/kits/data";
import { dateOf, dayOf, today } from "@/lib/dates/days";
import { findFreeKits, type ReservationRow } from "@/lib/kits/reservations/data";
import { LIVE_STATUSES, maySeeReservation } from "@/lib/kits/reservations/rules";
import { z } from "zod";
import { parseChecklist } from "./checklist";
import {
  CHAIN_STATUSES,
  mayReceive,
  mayReturnHome,
  maySend,
  MOVABLE_STATUSES,
  problems,
  type ChecklistRow,
} from "./rules";

type Client = Db | Tx;

const librarySelect = {
  id: true,
  name: true,
  deliveryAddress: true,
  streetAddress: true,
  postalCode: true,
  city: true,
  contactEmail: true,
  contactPhone: true,
} as const;

export type LibraryContact = {
  id: string;
  name: string;
  /** The delivery address, else the street address with postcode and city; null when none is known. */
  address: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
};

function contactOf(l: {
  id: string;
  name: string;
  deliveryAddress: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}): LibraryContact {
  const street = [l.streetAddress, [l.postalCode, l.city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
  return {
    id: l.id,
    name: l.name,
    address: l.deliveryAddress?.trim() || street || null,
    contactEmail: l.contactEmail,
    contactPhone: l.contactPhone,
  };
}

type Link = { id: string; kitId: string; startDate: Date };

/** The reservation just before this one in the kit's chain (RETURNED: the kit went home in between), or null. */
export async function previousLink(client: Client, r: Link) {
  return client.kitReservation.findFirst({
    where: {
      kitId: r.kitId,
      id: { not: r.id },
      status: { in: [...CHAIN_STATUSES, "RETURNED"] },
      startDate: { lt: r.startDate },
    },
    orderBy: { startDate: "desc" },
    select: { id: true, status: true, libraryId: true, startDate: true, endDate: true },
  });
}

/** The next live reservation of the kit after this one, or null. */
export async function nextLink(client: Client, r: Link) {
  return client.kitReservation.findFirst({
    where: { kitId: r.kitId, id: { not: r.id }, status: { in: [...LIVE_STATUSES] }, startDate: { gt: r.startDate } },
    orderBy: { startDate: "asc" },
    select: { id: true, status: true, libraryId: true, startDate: true, endDate: true },
  });
}

/** Who sends the kit to this reservation: the previous holder's library, else the kit's home library. */
export async function senderOf(client: Client, r: Link & { homeLibraryId: string | null }) {
  const previous = await previousLink(client, r);
  if (previous && previous.status !== "RETURNED") return { previous, libraryId: previous.libraryId };
  return { previous: null, libraryId: r.homeLibraryId };
}

export type HandoverReport = {
  id: string;
  handedOverAt: Date;
  from: string | null;
  to: string | null;
  condition: string | null;
  problems: ChecklistRow[];
};

export type ReservationDetail = {
  id: string;
  status: KitReservationStatus;
  startDate: string;
  endDate: string;
  shippingDays: number;
  kit: { id: string; slug: string; name: string; status: string; contents: KitContentsItem[] };
  library: LibraryContact;
  /** Where the kit comes from: the previous holder, or its home library. */
  from:
    | { kind: "library"; status: KitReservationStatus; library: LibraryContact }
    | { kind: "home"; library: LibraryContact | null };
  /** Where it goes when this loan ends: the next live reservation's library, or home. */
  next:
    | {
        kind: "library";
        reservationId: string;
        status: KitReservationStatus;
        startDate: string;
        library: LibraryContact;
      }
    | { kind: "home"; library: LibraryContact | null };
  latestReport: HandoverReport | null;
  may: {
    /** Mark this reservation's kit sent (CONFIRMED, the sender or a coordinator). */
    sendThis: boolean;
    /** Mark the next reservation's kit sent (this one holds it: RECEIVED). */
    sendNext: boolean;
    receive: boolean;
    returnHome: boolean;
    manage: boolean;
  };
};

/** A reservation's detail for its library and the coordinators; null for anyone else (a 404). */
export async function getReservationDetail(actor: Actor | null, id: string): Promise<ReservationDetail | null> {
  if (!actor || !z.uuid().safeParse(id).success) return null;
  const client = db();
  const r = await client.kitReservation.findUnique({
    where: { id },
    select: {
      id: true,
      kitId: true,
      libraryId: true,
      status: true,
      startDate: true,
      endDate: true,
      shippingDays: true,
      library: { select: librarySelect },
      kit: {
        select: {
          id: true,
          slug: true,
          name: true,
          status: true,
          contents: true,
          homeLibraryId: true,
          homeLibrary: { select: librarySelect },
        },
      },
    },
  });
  if (!r || !maySeeReservation(actor, r)) return null;
  const home = r.kit.homeLibrary ? contactOf(r.kit.homeLibrary) : null;
  const [previous, next, report] = await Promise.all([
    previousLink(client, r),
    nextLink(client, r),
    client.kitHandover.findFirst({
      where: { kitId: r.kitId },
      orderBy: { handedOverAt: "desc" },
      select: {
        id: true,
        handedOverAt: true,
        checklist: true,
        condition: true,
        fromLibrary: { select: { name: true } },
        toLibrary: { select: { name: true } },
      },
    }),
  ]);
  const libraryOf = (libraryId: string) =>
    client.library.findUniqueOrThrow({ where: { id: libraryId }, select: librarySelect }).then(contactOf);
  const from: ReservationDetail["from"] =
    previous && previous.status !== "RETURNED"
      ? { kind: "library", status: previous.status, library: await libraryOf(previous.libraryId) }
      : { kind: "home", library: home };
  const nextOut: ReservationDetail["next"] = next
    ? {
        kind: "library",
        reservationId: next.id,
        status: next.status,
        startDate: dayOf(next.startDate),
        library: await libraryOf(next.libraryId),
      }
    : { kind: "home", library: home };
  const senderId = from.kind === "library" ? from.library.id : r.kit.homeLibraryId;
  return {
    id: r.id,
    status: r.status,
    startDate: dayOf(r.startDate),
    endDate: dayOf(r.endDate),
    shippingDays: r.shippingDays,
    kit: {
      id: r.kit.id,
      slug: r.kit.slug,
      name: r.kit.name,
      status: r.kit.status,
      contents: parseKitContents(r.kit.contents),
    },
    library: contactOf(r.library),
    from,
    next: nextOut,
    latestReport: report
      ? {
          id: report.id,
          handedOverAt: report.handedOverAt,
          from: report.fromLibrary?.name ?? null,
          to: report.toLibrary?.name ?? null,
          condition: report.condition,
          problems: problems(parseChecklist(report.checklist)),
        }
      : null,
    may: {
      sendThis: r.status === "CONFIRMED" && maySend(actor, senderId),
      sendNext: r.status === "RECEIVED" && next?.status === "CONFIRMED" && maySend(actor, r.libraryId),
      receive: r.status === "SENT" && mayReceive(actor, r),
      returnHome: r.status === "RECEIVED" && mayReturnHome(actor, r, !!next),
      manage: can(actor, "kit.manage"),
    },
  };
}

export type MaintenanceView = {
  kit: { id: string; slug: string; name: string; status: string };
  /** Its live reservations that have not ended, first first. */
  rows: ReservationRow[];
  /** The loans not yet on their way, each with the other kits free for all its days (shipping days included). */
  movable: { row: ReservationRow; kits: { id: string; name: string }[] }[];
};

/** The maintenance page of a kit: coordinators only (others: null, a 404). */
export async function getKitMaintenance(
  actor: Actor | null,
  slug: string,
  now = new Date(),
): Promise<MaintenanceView | null> {
  if (!can(actor, "kit.manage")) return null;
  const kit = await db().kit.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, status: true },
  });
  if (!kit) return null;
  const rows = await db().kitReservation.findMany({
    where: { kitId: kit.id, status: { in: [...LIVE_STATUSES] }, endDate: { gte: dateOf(today(now)) } },
    orderBy: { startDate: "asc" },
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      shippingDays: true,
      declineReason: true,
      library: { select: { id: true, name: true } },
    },
  });
  const viewRows: ReservationRow[] = rows.map((r) => ({
    id: r.id,
    status: r.status,
    startDate: dayOf(r.startDate),
    endDate: dayOf(r.endDate),
    shippingDays: r.shippingDays,
    declineReason: r.declineReason,
    kit: { id: kit.id, slug: kit.slug, name: kit.name },
    library: r.library,
  }));
  // One free-kits search per loan not yet sent: a kit has a handful of future loans.
  const movable = await Promise.all(
    viewRows
      .filter((row) => (MOVABLE_STATUSES as readonly string[]).includes(row.status))
      .map(async (row) => {
        const { free } = await findFreeKits(actor, row);
        return { row, kits: free.filter((k) => k.id !== kit.id).map((k) => ({ id: k.id, name: k.name })) };
      }),
  );
  return { kit, rows: viewRows, movable };
}
