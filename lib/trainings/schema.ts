// The training menu's filters as they arrive in the URL (?teema=&tyyppi=&q=).
// Anything malformed is dropped rather than refused: a stale bookmark still
// shows the menu.
import { z } from "zod";
import { OfferingKind } from "@/lib/db/enums";

const firstValue = (value: unknown) => (Array.isArray(value) ? (value[0] as unknown) : value);

const param = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema.optional()).catch(undefined);

export const trainingFiltersSchema = z.object({
  teema: param(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  tyyppi: param(z.enum(OfferingKind)),
  q: param(
    z
      .string()
      .trim()
      .max(100)
      .transform((s) => s || undefined),
  ),
});

export type TrainingFilters = { theme?: string; kind?: OfferingKind; q?: string };

export function parseTrainingFilters(searchParams: Record<string, string | string[] | undefined>): TrainingFilters {
  const { teema, tyyppi, q } = trainingFiltersSchema.parse(searchParams);
  return { theme: teema, kind: tyyppi, q };
}

export function hasFilters(filters: TrainingFilters): boolean {
  return !!(filters.theme || filters.kind || filters.q);
}
