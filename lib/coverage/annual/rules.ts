// Pure rules of the annual figures (issue 16 item 3): which years may be
// asked for, the Helsinki calendar year as a period, who may read them, and
// the change from the year before.
import { can, hasRole, type Actor } from "@/lib/auth/policy";
import { helsinkiYear } from "@/lib/dates";
import { trend, type Period } from "../rules";

/** The first year the network reports in the portal. */
export const FIRST_REPORT_YEAR = 2000;

/** Next year in Helsinki: its planned sessions may already be counted. */
export function lastReportYear(now: Date = new Date()): number {
  return helsinkiYear(now) + 1;
}

/** 1 January to 31 December, whole Helsinki days (periodInstants turns them into instants). */
export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * Coordinators and admins (reports.read) and the steering group: the figures
 * are regional totals, with no library's own figures in them.
 */
export function canReadAnnualFigures(actor: Actor | null | undefined): boolean {
  return can(actor, "reports.read") || hasRole(actor, "STEERING");
}

export type YearChange = { change: number; percent: number | null };

/** This year less the one before, to one decimal (hours have decimals); percent null when the year before is 0. */
export function yearChange(current: number, previous: number): YearChange {
  const { percent } = trend(current, previous);
  return { change: Math.round((current - previous) * 10) / 10, percent };
}
