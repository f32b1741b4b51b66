// Inputs of kit reservations, shared by the forms, the server actions and
// the API. Messages are catalogue keys (lib/i18n/messages/kits-reservations.ts);
// the API answers them in English. Rules that need today (no past days, the
// longest loan) are the mutation's (rules.ts rangeRefusal), so that a form and
// the API refuse alike.
import { z } from "zod";
import { blankToUndefined, confirmed, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { daysBetween, parseDay } from "@/lib/dates/days";
import { MAX_WINDOW_DAYS } from "./rules";

/** A whole day: "2027-03-16" (date inputs, the API) or "16.3.2027"; normalised to yyyy-mm-dd. */
export const daySchema = z.preprocess(
  blankToUndefined,
  z
    .string({
      error: (issue) => (issue.input === undefined ? "validation.required" : "kitReservations.validation.date"),
    })
    .transform((value, ctx) => {
      const day = parseDay(value);
      if (!day) {
        ctx.addIssue({ code: "custom", message: "kitReservations.validation.date" });
        return z.NEVER;
      }
      return day;
    })
    .meta({ description: "A calendar day, yyyy-mm-dd (16.3.2027 is read too)" }),
);

/** POST /api/kits/{id}/reservations and the reserve form. */
export const reservationInputSchema = z.object({
  libraryId: requiredId.meta({ description: "The library that borrows the kit (a staff member's own)" }),
  startDate: daySchema,
  endDate: daySchema,
});
export type ReservationInput = z.output<typeof reservationInputSchema>;

/** The date search's one reserve form: the kit is a radio of the page's free kits. */
export const reserveFormSchema = reservationInputSchema.extend({
  kitId: z.preprocess(blankToUndefined, z.uuid({ error: "kitReservations.validation.kit" })),
});

/** A window of days: `from` to `to`, both included, at most MAX_WINDOW_DAYS. */
function windowSchema<F extends string, T extends string>(fromKey: F, toKey: T) {
  return z
    .object({ [fromKey]: daySchema, [toKey]: daySchema } as Record<F | T, typeof daySchema>)
    .superRefine((value, ctx) => {
      const from = (value as Record<string, string>)[fromKey]!;
      const to = (value as Record<string, string>)[toKey]!;
      if (to < from)
        ctx.addIssue({ code: "custom", path: [toKey], message: "kitReservations.validation.endBeforeStart" });
      else if (daysBetween(from, to) + 1 > MAX_WINDOW_DAYS) {
        ctx.addIssue({ code: "custom", path: [toKey], message: "kitReservations.validation.windowTooLong" });
      }
    });
}

/** GET /api/kits/{id}/availability?from&to. */
export const availabilityQuerySchema = windowSchema("from", "to");

/** The date search page: /pike-boksit/vapaat?alku=…&loppu=… (Finnish names, as the menu's filters). */
export const freeKitsSearchSchema = windowSchema("alku", "loppu");

/** A coordinator's decline: an optional reason, sent to the library. */
export const declineSchema = z.object({ reservationId: requiredId, reason: optionalText(1_000) });

/** Cancel: the confirmation step's hidden "yes". */
export const cancelSchema = z.object({ reservationId: requiredId, confirm: confirmed() });

/** A coordinator's exception: fewer shipping days after this one loan, and why (audited). */
export const shippingDaysSchema = z.object({
  reservationId: requiredId,
  shippingDays: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "kitReservations.validation.shippingDays" })
      .int({ error: "kitReservations.validation.shippingDays" })
      .min(0, { error: "kitReservations.validation.shippingDays" })
      .max(60, { error: "kitReservations.validation.shippingDays" }),
  ),
  reason: requiredText(500),
});

/** A coordinator moves a reservation on in its flow (confirm, sent, received, passed on / returned). */
export const statusStepSchema = z.object({
  reservationId: requiredId,
  status: z.enum(["CONFIRMED", "SENT", "RECEIVED", "PASSED_ON", "RETURNED"], { error: "validation.invalid" }),
});
