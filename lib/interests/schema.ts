import { z } from "zod";
import { requiredId } from "@/lib/http/fields";

/** The "Kiinnostaa" toggle: the offering and whether the user is now interested. */
export const interestSchema = z.object({
  offeringId: requiredId,
  interested: z.enum(["true", "false"], { error: "validation.invalid" }).transform((value) => value === "true"),
});
export type InterestInput = z.infer<typeof interestSchema>;
