// Pure rules of the feedback report (issue 16 item 4): whose feedback counts,
// the instants that bound a Helsinki year, the years the trend and the year
// select show, and the comments' pages.
import { EnrolmentStatus } from "@/lib/db/enums";
import { helsinkiYear, helsinkiYearStart } from "@/lib/dates";
import { mayGiveFeedback, RATINGS, type Rating } from "../rules";

/**
 * The enrolments that may give feedback (mayGiveFeedback) are the report's
 * denominator, and only their feedback counts: a response whose attendance a
 * coordinator corrected afterwards is left out, so the share never exceeds 1.
 */
export const RESPONDENT_STATUSES: EnrolmentStatus[] = Object.values(EnrolmentStatus).filter(mayGiveFeedback);

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** How many years the trend shows, the chosen year last. */
export const TREND_YEARS = 5;

/** Comments per page. */
export const COMMENTS_PAGE_SIZE = 20;

/** From the first instant of 1 January in Helsinki (included) to that of the next year (excluded). */
export function yearInstants(year: number): { start: Date; end: Date } {
  return { start: helsinkiYearStart(year), end: helsinkiYearStart(year + 1) };
}

/** The report's year: the one asked for, else the current Helsinki year. */
export function reportYear(asked: number | undefined, now: Date = new Date()): number {
  return asked ?? helsinkiYear(now);
}

/** The trend's years, oldest first, ending with `year`. */
export function trendYears(year: number): number[] {
  return Array.from({ length: TREND_YEARS }, (_, i) => year - TREND_YEARS + 1 + i);
}

/** The year select: this year and the nine before it, newest first, and the chosen one if older or later. */
export function yearOptions(chosen: number, now: Date = new Date()): number[] {
  const current = helsinkiYear(now);
  const years = Array.from({ length: 10 }, (_, i) => current - i);
  if (!years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}

/** The comments' page as offset and limit. */
export function commentsWindow(page: number | undefined): { page: number; offset: number; limit: number } {
  const current = page ?? 1;
  return { page: current, offset: (current - 1) * COMMENTS_PAGE_SIZE, limit: COMMENTS_PAGE_SIZE };
}

export type Distribution = { rating: Rating; count: number }[];

/** The five counted columns r1…r5 of a row as the 1–5 distribution. */
export function distributionOf(row: Record<`r${Rating}`, number>): Distribution {
  return RATINGS.map((rating) => ({ rating, count: row[`r${rating}`] }));
}
