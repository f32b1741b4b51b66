// The annual figures' year (issue 16 items 3 and 5): four digits in the path,
// from FIRST_REPORT_YEAR to next year in Helsinki; anything else is a 422 on
// the field "year".
import { z } from "zod";
import { FIRST_REPORT_YEAR, lastReportYear } from "./rules";

const yearText = z.string().regex(/^\d{4}$/, { error: "validation.invalid" });

/** As the OpenAPI document describes the path (the upper bound moves with the clock). */
export const annualParamsSchema = z.object({
  year: yearText.meta({ description: `A Helsinki calendar year, ${FIRST_REPORT_YEAR} to next year (yyyy)` }),
});

function annualYearSchema(now: Date) {
  const year = yearText
    .transform(Number)
    .pipe(
      z
        .int()
        .min(FIRST_REPORT_YEAR, { error: "validation.invalid" })
        .max(lastReportYear(now), { error: "validation.invalid" }),
    );
  return z.object({ year });
}

/** The path's year; a ZodError (422 on "year") when it is not one that may be asked for. */
export function parseAnnualYear(params: { year: string }, now: Date = new Date()): number {
  return annualYearSchema(now).parse(params).year;
}

/** The same for a page: null where the API answers 422 (the page is then not found). */
export function annualYearOrNull(year: string, now: Date = new Date()): number | null {
  const parsed = annualYearSchema(now).safeParse({ year });
  return parsed.success ? parsed.data.year : null;
}
