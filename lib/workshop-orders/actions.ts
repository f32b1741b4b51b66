"use server";
// The order form (supervisors) and the coordinator's answers to an order.
import { revalidatePage } from "@/lib/cache/paths";
import { redirect } from "next/navigation";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { acceptWorkshopOrder, createWorkshopOrder, declineWorkshopOrder, scheduleWorkshopOrder } from "./mutations";
import { orderAcceptSchema, orderCreateSchema, orderDeclineSchema, orderScheduleSchema } from "./schema";

function revalidateOrders() {
  revalidatePage("/tilaukset", "layout");
}

export async function createOrderAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "workshop.order", (actor, values) =>
    createWorkshopOrder(actor, orderCreateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateOrders();
  redirect(`/tilaukset/${outcome.result.id}?uusi=1`);
}

export async function acceptOrderAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "workshopOrder.manage", (actor, values) =>
    acceptWorkshopOrder(actor, orderAcceptSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateOrders();
  return savedState(prev, {}, { key: "orders.accepted" });
}

export async function declineOrderAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "workshopOrder.manage", (actor, values) =>
    declineWorkshopOrder(actor, orderDeclineSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidateOrders();
  return savedState(prev, {}, { key: "orders.declined" });
}

export async function scheduleOrderAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "workshopOrder.manage", async (actor, values) => {
    const input = orderScheduleSchema.parse(values);
    await scheduleWorkshopOrder(actor, input);
    return input.orderId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateOrders();
  revalidatePage("/koulutukset", "layout");
  redirect(`/tilaukset/${outcome.result}?aikataulutettu=1`);
}
