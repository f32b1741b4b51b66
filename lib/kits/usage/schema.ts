// Inputs of kit usage (ADR 27): a loan's feedback form and the usage
// figures' period. Messages are catalogue keys (lib/i18n/messages/kits-usage.ts).
import { z } from "zod";
import { blankToUndefined, optionalText, requiredId } from "@/lib/http/fields";

/** How a kit was used (stored as text; the form offers these). */
export const USE_KINDS = ["STAFF_TRAINING", "CUSTOMER_EVENT", "GROUP_VISIT", "DISPLAY", "OTHER"] as const;
export type UseKind = (typeof USE_KINDS)[number];

export const MAX_PEOPLE = 100_000;
export const MAX_COMMENT = 2_000;

const toList = (value: unknown): unknown[] =>
  value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? (value as unknown[]) : [value];

/** The feedback form and its server action. */
export const feedbackInputSchema = z.object({
  reservationId: requiredId,
  uses: z.preprocess(
    toList,
    z
      .array(z.string({ error: "kitsUsage.validation.use" }), { error: "kitsUsage.validation.use" })
      .min(1, { error: "kitsUsage.validation.useRequired" })
      .max(USE_KINDS.length, { error: "kitsUsage.validation.use" })
      // One message for the group, not one per checkbox.
      .refine((list) => list.every((v) => (USE_KINDS as readonly string[]).includes(v)), {
        error: "kitsUsage.validation.use",
      })
      .transform((list) => [...new Set(list)] as UseKind[]),
  ),
  peopleReached: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "kitsUsage.validation.people" })
      .int({ error: "kitsUsage.validation.people" })
      .min(0, { error: "kitsUsage.validation.people" })
      .max(MAX_PEOPLE, { error: "kitsUsage.validation.people" }),
  ),
  comment: optionalText(MAX_COMMENT),
});
export type FeedbackInput = z.output<typeof feedbackInputSchema>;

/** GET /api/exports/kits/usage.{csv,xlsx}?from&to (as described in the OpenAPI; parsed by rules.parsePeriod). */
export const usagePeriodQuery = z.object({
  from: z.string().optional().meta({ description: "First day, yyyy-mm-dd (default: 1 January this year)" }),
  to: z.string().optional().meta({ description: "Last day, yyyy-mm-dd (default: 31 December this year)" }),
});
