// The offers list's query (issue 15 items 2 and 6): a round (the current one
// when left out), a training theme, a region and a municipality.
import { z } from "zod";
import { ExchangeMode, Region } from "@/lib/db/enums";
import { blankToUndefined, optionalText, requiredId, requiredText } from "@/lib/http/fields";
import { isoDay } from "../fields";

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

/** The most visitors one offer takes (a day's shadowing is for a few at a time). */
export const MAX_PLACES = 10;

/** A day as a date field ("2027-04-14") or as Finns write it ("14.4.2027"), as a UTC midnight; null if neither. */
export function parseDay(token: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(token);
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(token);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : fi ? [fi[3], fi[2], fi[1]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
    ? date
    : null;
}

/** A library's offer as its supervisor (or a coordinator) publishes it (issue 15 item 2). */
export const offerSchema = z
  .object({
    roundId: requiredId,
    hostLibraryId: requiredId,
    hostName: optionalText(200),
    title: requiredText(200),
    description: requiredText(4_000),
    themes: z.preprocess(
      (value): unknown[] => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
      z
        .array(z.string().regex(/^[a-z0-9-]{1,80}$/, { error: "validation.invalid" }), { error: "validation.invalid" })
        .min(1, { error: "exchangeOffers.error.themesRequired" })
        .max(6, { error: "validation.invalid" }),
    ),
    startDate: z.preprocess(blankToUndefined, isoDay),
    endDate: z.preprocess(blankToUndefined, isoDay),
    /** Particular days, comma-separated; blank: any day of the range. */
    dates: z
      .preprocess(blankToUndefined, z.string().max(500, { error: "validation.tooLong" }).optional())
      .transform((value, ctx) => {
        const tokens = (value ?? "").split(/[\s,;]+/).filter(Boolean);
        const days = tokens.map(parseDay);
        if (days.some((d) => d === null)) {
          ctx.addIssue({ code: "custom", message: "exchangeOffers.error.dates" });
          return z.NEVER;
        }
        return [...new Map((days as Date[]).map((d) => [d.getTime(), d])).values()].sort((a, b) => +a - +b);
      }),
    places: z.preprocess(
      blankToUndefined,
      z.coerce
        .number({ error: (i) => (i.input === undefined ? "validation.required" : "exchangeOffers.error.places") })
        .int({ error: "exchangeOffers.error.places" })
        .min(1, { error: "exchangeOffers.error.places" })
        .max(MAX_PLACES, { error: "exchangeOffers.error.places" }),
    ),
    mode: z.enum(ExchangeMode, { error: "validation.invalid" }),
    accessibilityNotes: optionalText(1_000),
    travelNotes: optionalText(1_000),
  })
  .superRefine((offer, ctx) => {
    if (offer.endDate < offer.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "exchangeOffers.error.endBeforeStart" });
    }
    if (offer.dates.some((d) => d < offer.startDate || d > offer.endDate)) {
      ctx.addIssue({ code: "custom", path: ["dates"], message: "exchangeOffers.error.datesOutside" });
    }
  });
export type OfferInput = z.output<typeof offerSchema>;
