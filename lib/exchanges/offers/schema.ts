// The offers list's query (issue 15 items 2 and 6): a round (the current one
// when left out), a training theme, a region and a municipality.
import { z } from "zod";
import { Region } from "@/lib/db/enums";
import { blankToUndefined } from "@/lib/http/fields";

export const offersQuerySchema = z.object({
  round: z.preprocess(blankToUndefined, z.uuid({ error: "validation.invalid" }).optional()),
  theme: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(80, { error: "validation.tooLong" })
      .regex(/^[a-z0-9-]+$/, { error: "validation.invalid" })
      .optional(),
  ),
  region: z.preprocess(blankToUndefined, z.enum(Region, { error: "validation.invalid" }).optional()),
  municipality: z.preprocess(blankToUndefined, z.string().trim().max(80, { error: "validation.tooLong" }).optional()),
});
export type OffersQuery = z.output<typeof offersQuerySchema>;

export function parseOffersQuery(params: URLSearchParams): OffersQuery {
  return offersQuerySchema.parse({
    round: params.get("round") ?? undefined,
    theme: params.get("theme") ?? undefined,
    region: params.get("region") ?? undefined,
    municipality: params.get("municipality") ?? undefined,
  });
}
