"use server";
// The forms of the handover chain (ADR 26): sent, received (with the
// handover report) and returned home, on a reservation's detail page, and
// the coordinators' maintenance decisions; each success redirects with ?tehty=. Each
// goes origin → session → mutation, which decides per record (runFormAction).
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { redirect } from "next/navigation";
import { isUuid } from "@/lib/http/fields";
import { fieldError } from "@/lib/http/errors";
import { markKitSent, moveKitReservation, recordKitReceipt, returnKitHome, setKitMaintenance } from "./mutations";
import { cancelKitReservation, KitConflictError } from "@/lib/kits/reservations/mutations";
import { cancelSchema } from "@/lib/kits/reservations/schema";
import type { HandoverStep } from "./rules";
import { receiptInputOf } from "./schema";

const idOf = (value: unknown) => (typeof value === "string" && isUuid(value) ? value : null);

function revalidate(reservationId: unknown) {
  revalidatePage("/pike-boksit/varaukset");
  const id = idOf(reservationId);
  if (id) revalidatePage(`/pike-boksit/varaukset/${id}`);
}

/**
 * After a step the page is rendered again without its form, so the notice
 * travels in the address (`?tehty=<step>`, lib/kits/handovers/rules.ts). The
 * page is the one the form was on: a sender passes the next loan on from its
 * own reservation's page (`pageId`), else the reservation's own.
 */
function backToPage(values: Record<string, unknown>, step: HandoverStep): never {
  const pageId = idOf(values.pageId) ?? idOf(values.reservationId);
  redirect(pageId ? `/pike-boksit/varaukset/${pageId}?tehty=${step}` : "/pike-boksit/varaukset");
}

export async function markKitSentAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => markKitSent(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values.reservationId);
  revalidate(outcome.values.pageId);
  backToPage(outcome.values, "lahetetty");
}

export async function recordKitReceiptAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) =>
    recordKitReceipt(actor, receiptInputOf(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values.reservationId);
  backToPage(outcome.values, "vastaanotettu");
}

export async function returnKitHomeAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => returnKitHome(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values.reservationId);
  backToPage(outcome.values, "palautettu");
}

/** A coordinator moves the kit to maintenance, then decides on its future loans on the maintenance page. */
export async function setKitMaintenanceAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "kit.manage", (actor, values) =>
    setKitMaintenance(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePage("/pike-boksit");
  redirect(`/pike-boksit/${encodeURIComponent(outcome.result.slug)}/huolto?tehty=huolto`);
}

/**
 * The maintenance page's decision on one future loan: cancel it (with mail,
 * as any cancellation), then back to the page with a notice. `slug` is bound
 * by the page; only the path is built from it.
 */
export async function cancelForMaintenanceAction(
  slug: string,
  prev: FormState,
  formData: FormData,
): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "kit.manage", (actor, values) => {
    const { reservationId } = cancelSchema.parse(values);
    return cancelKitReservation(actor, reservationId);
  });
  if (!outcome.ok) return outcome.state;
  revalidatePage("/pike-boksit/varaukset");
  revalidate(outcome.values.reservationId);
  redirect(`/pike-boksit/${encodeURIComponent(slug)}/huolto?tehty=peruttu`);
}

/**
 * The maintenance page's other decision: move a future loan to another kit
 * for the same days. A kit taken meanwhile is a message at the choice.
 */
export async function moveForMaintenanceAction(slug: string, prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "kit.manage", async (actor, values) => {
    try {
      return await moveKitReservation(actor, values);
    } catch (error) {
      if (error instanceof KitConflictError) throw fieldError("kitId", "kitHandovers.error.moveConflict");
      throw error;
    }
  });
  if (!outcome.ok) return outcome.state;
  revalidatePage("/pike-boksit");
  revalidate(outcome.values.reservationId);
  redirect(`/pike-boksit/${encodeURIComponent(slug)}/huolto?tehty=siirretty`);
}
