// Reads of workshop orders. Coordinators see every order; a supervisor sees
// their own library's orders only, and another library's order does not exist
// for them (404).
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Eligibility, OfferingKind, WorkshopOrderStatus } from "@/lib/db/enums";
import type { Prisma } from "@/lib/db/generated/client";
import { isUuid } from "@/lib/http/fields";
import { personNameSelect, toPersonNameOrNull } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";

/** The orders this actor may see, as a where clause; null when none. */
function orderScope(actor: Actor | null): Prisma.WorkshopOrderWhereInput | null {
  if (can(actor, "workshopOrder.manage")) return {};
  if (can(actor, "workshop.order") && actor?.libraryId) return { libraryId: actor.libraryId };
  return null;
}

export function canSeeOrders(actor: Actor | null): boolean {
  return orderScope(actor) !== null;
}

const orderSelect = {
  id: true,
  status: true,
  createdAt: true,
  updatedAt: true,
  preferredDates: true,
  expectedParticipants: true,
  offering: { select: { id: true, slug: true, title: true, kind: true } },
  library: { select: { id: true, name: true } },
  requestedBy: { select: personNameSelect },
  session: { select: { id: true, startsAt: true, endsAt: true, eligibility: true, status: true } },
} as const satisfies Prisma.WorkshopOrderSelect;

export type OrderRow = {
  id: string;
  status: WorkshopOrderStatus;
  createdAt: Date;
  updatedAt: Date;
  preferredDates: string | null;
  expectedParticipants: number | null;
  offering: { id: string; slug: string; title: string; kind: OfferingKind };
  library: { id: string; name: string };
  requestedBy: PersonName | null;
  session: { id: string; startsAt: Date; endsAt: Date; eligibility: Eligibility; cancelled: boolean } | null;
};

type OrderRowData = Prisma.WorkshopOrderGetPayload<{ select: typeof orderSelect }>;

function toOrderRow({ requestedBy, session, ...order }: OrderRowData): OrderRow {
  return {
    ...order,
    requestedBy: toPersonNameOrNull(requestedBy),
    session: session
      ? {
          id: session.id,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          eligibility: session.eligibility,
          cancelled: session.status === "CANCELLED",
        }
      : null,
  };
}

/** Open orders first (oldest first: they have waited longest), then the answered ones, newest first. */
export async function listWorkshopOrders(actor: Actor | null): Promise<OrderRow[] | null> {
  const scope = orderScope(actor);
  if (!scope) return null;
  const rows = await db().workshopOrder.findMany({
    where: scope,
    select: orderSelect,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  const open = rows.filter((r) => r.status === "REQUESTED" || r.status === "ACCEPTED").reverse();
  const answered = rows.filter((r) => r.status === "SCHEDULED" || r.status === "DECLINED");
  return [...open, ...answered].map(toOrderRow);
}

export type OrderDetail = OrderRow & { message: string | null; declineReason: string | null };

export async function getWorkshopOrder(actor: Actor | null, orderId: string): Promise<OrderDetail | null> {
  const scope = orderScope(actor);
  if (!scope || !isUuid(orderId)) return null;
  const order = await db().workshopOrder.findFirst({
    where: { AND: [scope, { id: orderId }] },
    select: { ...orderSelect, message: true, declineReason: true },
  });
  if (!order) return null;
  const { message, declineReason, ...row } = order;
  return { ...toOrderRow(row), message, declineReason };
}

export type OrderableOffering = { id: string; slug: string; title: string; kind: OfferingKind; summary: string | null };

const orderableWhere = { orderable: true, menu: { status: "PUBLISHED" } } as const satisfies Prisma.OfferingWhereInput;

/** Orderable offerings of published menus, for the order form. */
export async function listOrderableOfferings(): Promise<OrderableOffering[]> {
  return db().offering.findMany({
    where: orderableWhere,
    select: { id: true, slug: true, title: true, kind: true, summary: true },
    orderBy: [{ menu: { periodStart: "desc" } }, { title: "asc" }],
  });
}
