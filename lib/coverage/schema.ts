// The coverage report's query (issue 16): a period of whole Helsinki days and
// a region. An integration gets a 422 with the field for what it sent wrong;
// a parameter given twice is refused rather than silently picked.
import { z } from "zod";
import { Region } from "@/lib/db/enums";
import { parseDay } from "@/lib/dates/days";

const day = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDay(value) === value, {
  error: "validation.invalid",
});

export const coverageQuerySchema = z
  .object({
    from: day
      .optional()
      .meta({ description: "First Helsinki day, included (yyyy-mm-dd); default: 1 January of `to`'s year" }),
    to: day.optional().meta({ description: "Last Helsinki day, included (yyyy-mm-dd); default: today in Helsinki" }),
    region: z
      .enum(Region, { error: "validation.invalid" })
      .optional()
      .meta({ description: "Only this region's member libraries; default: both regions" }),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    error: "enrolments.validation.range",
  });

export type CoverageQuery = z.output<typeof coverageQuerySchema>;

const QUERY_KEYS = ["from", "to", "region"] as const;

export function parseCoverageQuery(params: URLSearchParams): CoverageQuery {
  const raw: Record<string, string> = {};
  const repeated: z.core.$ZodIssue[] = [];
  for (const key of QUERY_KEYS) {
    const values = params.getAll(key);
    if (values.length > 1) {
      repeated.push({ code: "custom", path: [key], message: "validation.invalid", input: values });
    } else if (values[0] !== undefined && values[0].trim() !== "") {
      raw[key] = values[0].trim();
    }
  }
  if (repeated.length > 0) throw new z.ZodError(repeated);
  return coverageQuerySchema.parse(raw);
}

/**
 * The dashboard's address (/raportit?jakso&alku&loppu&alue): a period choice
 * (rules.ts choicePeriod) or "oma" with both days; Finnish names, as the
 * other pages' filters have. Errors name the form's fields.
 */
export const dashboardQuerySchema = z
  .object({
    jakso: z
      .string()
      .regex(/^(\d{4}(-(kevat|syksy))?|oma)$/, { error: "validation.invalid" })
      .optional(),
    alku: day.optional(),
    loppu: day.optional(),
    alue: z.enum(Region, { error: "validation.invalid" }).optional(),
  })
  .superRefine((query, ctx) => {
    const custom = query.jakso === "oma" || (!query.jakso && (query.alku || query.loppu));
    if (!custom) return;
    if (!query.alku) ctx.addIssue({ code: "custom", path: ["alku"], message: "validation.required" });
    if (!query.loppu) ctx.addIssue({ code: "custom", path: ["loppu"], message: "validation.required" });
    if (query.alku && query.loppu && query.alku > query.loppu)
      ctx.addIssue({ code: "custom", path: ["loppu"], message: "enrolments.validation.range" });
  });

export type DashboardQuery = z.output<typeof dashboardQuerySchema>;

/** The first value of each known parameter (the tables' pages too), blanks left out (a page shows errors in its form, never throws). */
export function dashboardParams(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const key of ["jakso", "alku", "loppu", "alue", "kirjastot", "kunnat"]) {
    const value = params[key];
    const first = (Array.isArray(value) ? value[0] : value)?.trim();
    if (first) raw[key] = first;
  }
  return raw;
}
