// Reads of workshop orders. Coordinators see every order; a supervisor sees
// their own library's orders only, and another library's order does not exist
// for them (404).
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { pageOf, pageWindow, type Page } from "@/lib/http/paging";
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

/** Orders a page of the list shows. */
export const ORDERS_PAGE_SIZE = 50;

const OPEN: WorkshopOrderStatus[] = ["REQUESTED", "ACCEPTED"];
const ANSWERED: WorkshopOrderStatus[] = ["SCHEDULED", "DECLINED"];

export type OrderPage = Page<OrderRow>;

/**
 * A page of the orders this actor may see: open orders first (oldest first:
 * they have waited longest), then the answered ones, newest first. Ten years
 * hold thousands of orders, so the list is paged (ORDERS_PAGE_SIZE): two
 * counts, then the page's share of each part, at most four statements.
 */
export async function listWorkshopOrders(actor: Actor | null, page = 1): Promise<OrderPage | null> {
  const scope = orderScope(actor);
  if (!scope) return null;
  const open = { ...scope, status: { in: OPEN } };
  const answered = { ...scope, status: { in: ANSWERED } };
  const [openCount, answeredCount] = await Promise.all([
    db().workshopOrder.count({ where: open }),
    db().workshopOrder.count({ where: answered }),
  ]);
  const total = openCount + answeredCount;
  const window = pageWindow(total, page, ORDERS_PAGE_SIZE);
  const { offset } = window;
  const fromOpen = Math.max(0, Math.min(ORDERS_PAGE_SIZE, openCount - offset));
  const [openRows, answeredRows] = await Promise.all([
    fromOpen > 0
      ? db().workshopOrder.findMany({
          where: open,
          select: orderSelect,
          orderBy: [{ createdAt: "asc" }, { id: "desc" }],
          skip: offset,
          take: fromOpen,
        })
      : [],
    fromOpen < ORDERS_PAGE_SIZE
      ? db().workshopOrder.findMany({
          where: answered,
          select: orderSelect,
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          skip: Math.max(0, offset - openCount),
          take: ORDERS_PAGE_SIZE - fromOpen,
        })
      : [],
  ]);
  const rows = [...openRows, ...answeredRows].map(toOrderRow);
  return pageOf(rows, window, total);
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
