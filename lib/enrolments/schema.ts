// Inputs of enrolment. Messages are catalogue
// keys (lib/i18n/messages/enrolments.ts); the API answers them in English.
import { z } from "zod";
import { idSchema } from "@/lib/http/fields";

/** The enrol and cancel buttons post only the id of what they act on. */
export const enrolInputSchema = z.object({ sessionId: idSchema });
export const cancelInputSchema = z.object({ enrolmentId: idSchema });

export const setCapacitySchema = z.object({
  capacity: z.coerce
    .number({ error: "enrolments.validation.capacity" })
    .int({ error: "enrolments.validation.capacity" })
    .min(0, { error: "enrolments.validation.capacity" })
    .max(10_000, { error: "enrolments.validation.capacity" }),
});
