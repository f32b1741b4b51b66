// A host's decision on a job-shadowing application (issue 15 item 3).
import { z } from "zod";
import { blankToUndefined, optionalText, requiredId } from "@/lib/http/fields";
import { isoDay } from "../fields";

export const MAX_HOST_MESSAGE = 2_000;

export const decideApplicationSchema = z.discriminatedUnion(
  "decision",
  [
    z.object({
      applicationId: requiredId,
      decision: z.literal("accept"),
      visitDate: z.preprocess(blankToUndefined, isoDay),
      message: optionalText(MAX_HOST_MESSAGE),
    }),
    z.object({
      applicationId: requiredId,
      decision: z.literal("decline"),
      message: optionalText(MAX_HOST_MESSAGE),
    }),
  ],
  { error: "validation.invalid" },
);
export type DecideApplicationInput = z.output<typeof decideApplicationSchema>;

export const MAX_MOTIVATION = 2_000;
/** A visitor names a few days that suit them; the host picks one. */
export const MAX_PREFERRED_DATES = 5;

const dayList = z.preprocess(
  (value): unknown[] =>
    value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? (value as unknown[]) : [value],
  z
    .array(isoDay, { error: "validation.invalid" })
    .min(1, { error: "exchanges.error.preferredDatesRequired" })
    .max(MAX_PREFERRED_DATES, { error: "exchanges.error.tooManyDates" }),
);

export const applySchema = z.object({
  offerId: requiredId,
  motivation: z.preprocess(
    blankToUndefined,
    z
      .string({ error: (issue) => (issue.input === undefined ? "validation.required" : "validation.invalid") })
      .trim()
      .max(MAX_MOTIVATION, { error: "validation.tooLong" }),
  ),
  preferredDates: dayList,
});
export type ApplyInput = z.output<typeof applySchema>;

export const consentSchema = z.object({
  applicationId: requiredId,
  decision: z.enum(["approve", "decline"], { error: "validation.invalid" }),
});
export type ConsentInput = z.output<typeof consentSchema>;

export const withdrawSchema = z.object({ applicationId: requiredId });
