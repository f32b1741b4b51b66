// The feedback report's query (issue 16 item 4): a Helsinki calendar year, an
// optional theme and the page of comments. The page's filter form and the API
// send the same parameters; a parameter given twice is refused rather than
// silently picked, and an integration gets a 422 with the field it sent wrong.
import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "./rules";

const invalid = { error: "validation.invalid" };

export const feedbackReportQuerySchema = z.object({
  year: z.coerce
    .number(invalid)
    .int(invalid)
    .min(MIN_YEAR, invalid)
    .max(MAX_YEAR, invalid)
    .optional()
    .meta({ description: "Sessions starting in this Helsinki calendar year; default: the current one" }),
  theme: z
    .uuid(invalid)
    .optional()
    .meta({ description: "Only offerings with this theme (its id); default: every offering" }),
  comments: z.coerce
    .number(invalid)
    .int(invalid)
    .min(1, invalid)
    .max(10_000, invalid)
    .optional()
    .meta({ description: "The page of comments, newest first; default: 1" }),
});

export type FeedbackReportQuery = z.output<typeof feedbackReportQuerySchema>;

const QUERY_KEYS = ["year", "theme", "comments"] as const;

/** The query of the API and the page alike; a ZodError (→ 422) names the field. */
export function parseFeedbackReportQuery(params: URLSearchParams): FeedbackReportQuery {
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
  return feedbackReportQuerySchema.parse(raw);
}

/** A page's searchParams as URLSearchParams, repeated values kept (so that they are refused too). */
export function searchParamsOf(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, one);
  }
  return params;
}

/** The report's address with its filters, in a fixed order (the form, the comments' pages). */
export function feedbackReportHref(
  path: string,
  query: { year?: number; theme?: string | null; comments?: number },
): string {
  const params = new URLSearchParams();
  if (query.year !== undefined) params.set("year", String(query.year));
  if (query.theme) params.set("theme", query.theme);
  if (query.comments !== undefined && query.comments > 1) params.set("comments", String(query.comments));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
