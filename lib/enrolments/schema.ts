// Inputs of enrolment and the training sessions API. Messages are catalogue
// keys (lib/i18n/messages/enrolments.ts); the API answers them in English.
import { z } from "zod";
import { OfferingKind } from "@/lib/db/enums";
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

const day = z.iso.date({ error: "enrolments.validation.date" });
const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, { error: "enrolments.validation.slug" });

/**
 * GET /api/trainings?from&to&theme&kind&q&library. Unlike the menu page's
 * forgiving filters, an integration gets a 422 for what it sent wrong.
 * from/to are Helsinki calendar days, both inclusive; from defaults to now.
 */
export const trainingsQuerySchema = z
  .object({
    from: day.optional().meta({ description: "Helsinki day, included; default: from now on" }),
    to: day.optional().meta({ description: "Helsinki day, included" }),
    theme: slug.optional().meta({ description: "Theme slug" }),
    kind: z.enum(OfferingKind, { error: "enrolments.validation.kind" }).optional(),
    q: z
      .string()
      .trim()
      .min(1, { error: "enrolments.validation.q" })
      .max(100, { error: "validation.tooLong" })
      .optional(),
    library: slug
      .optional()
      .meta({ description: "Library slug: sessions held there (host library or its service points)" }),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    error: "enrolments.validation.range",
  });

export type TrainingsQuery = z.infer<typeof trainingsQuerySchema>;

const QUERY_KEYS = ["from", "to", "theme", "kind", "q", "library"] as const;

/** Each parameter once; a repeated one is refused rather than silently picked. */
export function parseTrainingsQuery(params: URLSearchParams): TrainingsQuery {
  const raw: Record<string, string> = {};
  const repeated: z.core.$ZodIssue[] = [];
  for (const key of QUERY_KEYS) {
    const values = params.getAll(key);
    if (values.length > 1) {
      repeated.push({ code: "custom", path: [key], message: "enrolments.validation.repeated", input: values });
    } else if (values[0] !== undefined) {
      raw[key] = values[0];
    }
  }
  if (repeated.length > 0) throw new z.ZodError(repeated);
  return trainingsQuerySchema.parse(raw);
}
