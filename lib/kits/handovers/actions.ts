"use server";
// The forms of the handover chain (ADR 26): sent, received (with the
// handover report) and returned home, on a reservation's detail page. Each
// goes origin → session → mutation, which decides per record (runFormAction).
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { redirect } from "next/navigation";
import { markKitSent, recordKitReceipt, returnKitHome, setKitMaintenance } from "./mutations";
import { receiptInputOf } from "./schema";

function revalidate(reservationId: unknown) {
  revalidatePage("/pike-boksit/varaukset");
  if (typeof reservationId === "string" && /^[0-9a-f-]{36}$/i.test(reservationId))
    revalidatePage(`/pike-boksit/varaukset/${reservationId}`);
}

export async function markKitSentAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => markKitSent(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values.reservationId);
  return savedState(prev, {}, { key: "kitHandovers.send.done" });
}

export async function recordKitReceiptAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) =>
    recordKitReceipt(actor, receiptInputOf(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values.reservationId);
  return savedState(prev, {}, { key: "kitHandovers.receive.done" });
}

export async function returnKitHomeAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => returnKitHome(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values.reservationId);
  return savedState(prev, {}, { key: "kitHandovers.return.done" });
}

/** A coordinator moves the kit to maintenance, then decides on its future loans on the maintenance page. */
export async function setKitMaintenanceAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "kit.manage", (actor, values) =>
    setKitMaintenance(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePage("/pike-boksit");
  redirect(`/pike-boksit/${encodeURIComponent(outcome.result.slug)}/huolto`);
}
