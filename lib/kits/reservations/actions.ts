"use server";
// The forms of kit reservations: reserve (from the date search), cancel
// (after a confirmation step), and the coordinators' confirm/decline and
// shipping-day exception. Each goes origin → session → policy → validation
// → mutation (runFormAction); the mutation decides per record again.
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import type { DayRange } from "@/lib/dates/days";
import {
  cancelKitReservation,
  decideKitReservation,
  KitConflictError,
  reserveKit,
  shortenShippingDays,
  type ReservationResult,
} from "./mutations";
import { cancelSchema, declineSchema, reserveFormSchema } from "./schema";
import { AppError, fieldError } from "@/lib/http/errors";
import { z } from "zod";

export type ReserveState = FormState & {
  /** The live reservation in the way: its period is named in the message. */
  conflict?: DayRange;
};

function revalidate() {
  revalidatePage("/pike-boksit/varaa");
  revalidatePage("/pike-boksit/varaukset");
}

/** Reserves the kit chosen in the form (a radio of the free kits) for the days of the search. */
export async function reserveKitAction(prev: ReserveState, formData: FormData): Promise<ReserveState> {
  const outcome = await runFormAction(prev, formData, "kit.requestReservation", async (actor, values) => {
    const { kitId, ...input } = reserveFormSchema.parse(values);
    try {
      return { reservation: await reserveKit(actor, kitId, input) };
    } catch (error) {
      if (error instanceof KitConflictError) return { conflict: error.conflict };
      // The radio's kit was retired or removed meanwhile (or the form was forged): say so at the choice.
      if (error instanceof AppError && error.code === "NOT_FOUND") {
        throw fieldError("kitId", "kitReservations.validation.unknownKit");
      }
      throw error;
    }
  });
  if (!outcome.ok) return outcome.state;
  const attempt = (prev.attempt ?? 0) + 1;
  if ("conflict" in outcome.result && outcome.result.conflict) {
    const { conflict } = outcome.result;
    return {
      status: "error",
      values: outcome.values,
      attempt,
      formError: "kitReservations.error.conflict",
      conflict: { startDate: conflict.startDate, endDate: conflict.endDate },
    };
  }
  revalidate();
  const reservation = (outcome.result as { reservation: ReservationResult }).reservation;
  // The search's answer changes with the reservation: the library's list says what was reserved.
  redirect(`/pike-boksit/varaukset?varattu=${reservation.id}`);
}

export async function cancelKitReservationAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", async (actor, values) => {
    const { reservationId } = cancelSchema.parse(values);
    return cancelKitReservation(actor, reservationId);
  });
  if (!outcome.ok) return outcome.state;
  revalidate();
  return savedState(prev, {}, { key: "kitReservations.cancel.done" });
}

const decisionSchema = z.object({ decision: z.enum(["CONFIRMED", "DECLINED"], { error: "validation.invalid" }) });

export async function decideKitReservationAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "kit.manage", async (actor, values) => {
    const { reservationId, reason } = declineSchema.parse(values);
    const { decision } = decisionSchema.parse(values);
    return decideKitReservation(actor, reservationId, decision, reason);
  });
  if (!outcome.ok) return outcome.state;
  revalidate();
  return savedState(
    prev,
    {},
    { key: `kitReservations.decided.${outcome.result.status === "CONFIRMED" ? "CONFIRMED" : "DECLINED"}` },
  );
}

export async function shortenShippingDaysAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "kit.manage", (actor, values) =>
    shortenShippingDays(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidate();
  return savedState(prev, {}, { key: "kitReservations.shipping.done" });
}
