// Workshop orders: a supervisor orders an orderable offering to their own
// library; a coordinator accepts, declines or schedules it. Every step is one
// transaction with its audit row and the e-mail job to the orderer (outbox).
import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db";
import type { WorkshopOrderStatus } from "@/lib/db/enums";
import { AppError } from "@/lib/http/errors";
import { enqueue } from "@/lib/jobs/mutations";
import { audit } from "@/lib/audit/mutations";
import { insertSession } from "@/lib/trainings/mutations";
import { assertCan } from "@/lib/auth/policy";
import { fieldError } from "@/lib/http/errors";
import { canTransition } from "./rules";
import type { OrderAcceptInput, OrderCreateInput, OrderDeclineInput, OrderScheduleInput } from "./schema";

export async function createWorkshopOrder(actor: Actor | null, input: OrderCreateInput): Promise<{ id: string }> {
  assertCan(actor, "workshop.order");
  const libraryId = actor.libraryId;
  // Orders are always for the orderer's own library.
  if (!libraryId) throw fieldError("_", "orders.error.noLibrary");
  return db().$transaction(async (tx) => {
    const offering = await tx.offering.findFirst({
      where: { id: input.offeringId, orderable: true, menu: { status: "PUBLISHED" } },
      select: { id: true },
    });
    if (!offering) throw fieldError("offeringId", "orders.error.notOrderable");
    const data = {
      offeringId: offering.id,
      libraryId,
      requestedById: actor.id,
      preferredDates: input.preferredDates,
      expectedParticipants: input.expectedParticipants,
      message: input.message ?? null,
    };
    const order = await tx.workshopOrder.create({ data, select: { id: true } });
    await enqueue(tx, "email.workshopOrderUpdated", { workshopOrderId: order.id, status: "REQUESTED" });
    await audit(tx, actor, "workshopOrder.create", { type: "WorkshopOrder", id: order.id }, { after: data });
    return order;
  });
}

/** Locks the order and checks that it may move to `to`; unknown ids are a field error. */
async function lockOrderFor(tx: Tx, orderId: string, to: WorkshopOrderStatus) {
  await tx.$queryRaw`SELECT id FROM "WorkshopOrder" WHERE id = ${orderId}::uuid FOR UPDATE`;
  const order = await tx.workshopOrder.findUnique({
    where: { id: orderId },
    select: { id: true, status: true, offeringId: true, libraryId: true },
  });
  if (!order) throw fieldError("orderId", "orders.error.unknownOrder");
  if (!canTransition(order.status, to)) {
    throw new AppError("CONFLICT", `A ${order.status} order cannot become ${to}.`, { _: "orders.error.transition" });
  }
  return order;
}

async function recordStep(
  tx: Tx,
  actor: Actor,
  order: { id: string; status: WorkshopOrderStatus },
  to: WorkshopOrderStatus,
  extra: Record<string, unknown> = {},
) {
  await enqueue(tx, "email.workshopOrderUpdated", { workshopOrderId: order.id, status: to });
  await audit(
    tx,
    actor,
    `workshopOrder.${to.toLowerCase()}`,
    { type: "WorkshopOrder", id: order.id },
    { before: { status: order.status }, after: { status: to, ...extra } },
  );
}

export async function acceptWorkshopOrder(actor: Actor | null, input: OrderAcceptInput): Promise<void> {
  assertCan(actor, "workshopOrder.manage");
  await db().$transaction(async (tx) => {
    const order = await lockOrderFor(tx, input.orderId, "ACCEPTED");
    await tx.workshopOrder.update({ where: { id: order.id }, data: { status: "ACCEPTED" } });
    await recordStep(tx, actor, order, "ACCEPTED");
  });
}

export async function declineWorkshopOrder(actor: Actor | null, input: OrderDeclineInput): Promise<void> {
  assertCan(actor, "workshopOrder.manage");
  await db().$transaction(async (tx) => {
    const order = await lockOrderFor(tx, input.orderId, "DECLINED");
    await tx.workshopOrder.update({
      where: { id: order.id },
      data: { status: "DECLINED", declineReason: input.reason },
    });
    await recordStep(tx, actor, order, "DECLINED", { declineReason: input.reason });
  });
}

/**
 * Creates the session for the ordering library (its staff only, unless the
 * spare seats are opened to the region) and links the order to it.
 */
export async function scheduleWorkshopOrder(
  actor: Actor | null,
  input: OrderScheduleInput,
): Promise<{ sessionId: string }> {
  assertCan(actor, "workshopOrder.manage");
  assertCan(actor, "session.manage");
  return db().$transaction(async (tx) => {
    const order = await lockOrderFor(tx, input.orderId, "SCHEDULED");
    const session = await insertSession(
      tx,
      actor,
      order.offeringId,
      { ...input, eligibility: input.openToRegion ? "REGION" : "LIBRARY", restrictedLibraryId: undefined },
      {
        eligibility: input.openToRegion ? "REGION" : "LIBRARY",
        restrictedLibraryId: input.openToRegion ? null : order.libraryId,
        hostLibraryId: order.libraryId,
      },
    );
    await tx.workshopOrder.update({ where: { id: order.id }, data: { status: "SCHEDULED", sessionId: session.id } });
    await recordStep(tx, actor, order, "SCHEDULED", { sessionId: session.id, openToRegion: input.openToRegion });
    return { sessionId: session.id };
  });
}
