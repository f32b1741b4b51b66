// Workshop orders (Tilaa koulutus omaan kirjastoon): the supervisor's order
// form and the coordinator's answers. Errors are message keys.
import { z } from "zod";
import { checkbox, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { checkSession, sessionFields } from "@/lib/trainings/schema";

export const orderCreateSchema = z.object({
  offeringId: requiredId,
  preferredDates: requiredText(500),
  expectedParticipants: z.preprocess(
    (value) => {
      if (value === null || (typeof value === "string" && value.trim() === "")) return undefined;
      return typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    },
    z
      .number({
        error: (issue) => (issue.input === undefined ? "validation.required" : "orders.error.participants"),
      })
      .int({ error: "orders.error.participants" })
      .min(1, { error: "orders.error.participants" })
      .max(500, { error: "orders.error.participants" }),
  ),
  message: optionalText(2000),
});
export type OrderCreateInput = z.infer<typeof orderCreateSchema>;

export const orderAcceptSchema = z.object({ orderId: requiredId });
export type OrderAcceptInput = z.infer<typeof orderAcceptSchema>;

export const orderDeclineSchema = z.object({ orderId: requiredId, reason: requiredText(1000) });
export type OrderDeclineInput = z.infer<typeof orderDeclineSchema>;

const { eligibility: _eligibility, restrictedLibraryId: _restricted, ...sessionWithoutEligibility } = sessionFields;

/**
 * Scheduling creates the session: the same fields as the session form, but
 * who may enrol follows from the order (its library, or the whole region when
 * the spare seats are opened to neighbouring libraries).
 */
export const orderScheduleSchema = z
  .object({ ...sessionWithoutEligibility, orderId: requiredId, openToRegion: checkbox })
  .superRefine((input, ctx) => checkSession({ ...input, eligibility: "REGION" }, ctx));
export type OrderScheduleInput = z.infer<typeof orderScheduleSchema>;
