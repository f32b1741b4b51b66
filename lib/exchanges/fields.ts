// The form fields job shadowing shares: a whole day as a date field sends it.
import { z } from "zod";

/** A whole day as a date field sends it ("2027-04-14"), as a UTC midnight like the @db.Date columns. */
export const isoDay = z
  .string({ error: (issue) => (issue.input === undefined ? "validation.required" : "validation.invalid") })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "exchanges.error.day" })
  .transform((value, ctx) => {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "exchanges.error.day" });
      return z.NEVER;
    }
    return date;
  });
