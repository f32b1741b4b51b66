// Pure rules of the coverage report (issue 16): the reporting period in whole
// Helsinki days and the instants that bound it, the period before it, the
// trend between two figures, and what of the report an actor may see.
import { can, hasRole, type Actor } from "@/lib/auth/policy";
import { helsinkiLocalTime } from "@/lib/dates";
import { addDays, daysBetween, today, type Day } from "@/lib/dates/days";

/** Whole Helsinki days, both ends included. */
export type Period = { from: Day; to: Day };

/** 1 January of the current Helsinki year to today (Helsinki), the report's default. */
export function defaultPeriod(now: Date = new Date()): Period {
  const to = today(now);
  return { from: `${to.slice(0, 4)}-01-01`, to };
}

/** A period from what the caller gave: `to` defaults to today, `from` to 1 January of `to`'s year. */
export function periodOf(given: { from?: Day; to?: Day }, now: Date = new Date()): Period {
  const to = given.to ?? today(now);
  return { from: given.from ?? `${to.slice(0, 4)}-01-01`, to };
}

/** How many days the period covers (1 for a single day). */
export function periodLength(period: Period): number {
  return daysBetween(period.from, period.to) + 1;
}

/** The same day a year earlier; 29 February becomes 28 February, not 1 March. */
export function yearEarlier(day: Day): Day {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return new Date(Date.UTC(y - 1, m - 1, Math.min(d, lastOfMonth))).toISOString().slice(0, 10);
}

/**
 * The trend's baseline: the same days a year earlier, because a library's year
 * has seasons (quiet summers, busy autumns); a period longer than a year is
 * compared with the one of equal length just before it.
 */
export function previousPeriod(period: Period): Period {
  const back = { from: yearEarlier(period.from), to: yearEarlier(period.to) };
  if (back.to < period.from) return back;
  const length = periodLength(period);
  return { from: addDays(period.from, -length), to: addDays(period.from, -1) };
}

/** Midnight in Helsinki at the start of a day (midnight always exists: the clocks change at 03:00/04:00). */
function helsinkiMidnight(day: Day): Date {
  const parsed = helsinkiLocalTime(`${day}T00:00`);
  if (!parsed.ok) throw new RangeError(`not a day: ${day}`);
  return parsed.date;
}

/**
 * The instants that bound the period: from the first instant of `from` in
 * Helsinki (included) to the first instant of the day after `to` (excluded).
 */
export function periodInstants(period: Period): { start: Date; end: Date } {
  return { start: helsinkiMidnight(period.from), end: helsinkiMidnight(addDays(period.to, 1)) };
}

/** A library not reached since this day (the period's end less 12 months) is flagged as without contact. */
export function noContactCutoff(period: Period): Day {
  return yearEarlier(period.to);
}

export type Trend = { current: number; previous: number; change: number; percent: number | null };

/** The change from the previous period; percent is null when the previous figure is 0. */
export function trend(current: number, previous: number): Trend {
  const change = current - previous;
  return { current, previous, change, percent: previous === 0 ? null : Math.round((change / previous) * 1000) / 10 };
}

/**
 * What of the report the actor sees: coordinators and admins (reports.read)
 * every library and the totals; a supervisor their own library's row and its
 * municipality; the steering group the totals only; anyone else nothing.
 * Roles add up (a supervisor in the steering group sees both).
 */
export type CoverageScope = { allLibraries: boolean; ownLibraryId: string | null; totals: boolean };

export function coverageScope(actor: Actor | null | undefined): CoverageScope | null {
  if (!actor) return null;
  if (can(actor, "reports.read")) return { allLibraries: true, ownLibraryId: null, totals: true };
  const ownLibraryId = hasRole(actor, "SUPERVISOR") ? actor.libraryId : null;
  const totals = hasRole(actor, "STEERING");
  if (!ownLibraryId && !totals) return null;
  return { allLibraries: false, ownLibraryId, totals };
}

/**
 * The dashboard's period choices: a calendar year, its spring (January–June)
 * or autumn (July–December) term, or a custom range. A choice that reaches
 * past today ends today, so sessions planned for later are not counted as held.
 */
export type PeriodChoice = `${number}` | `${number}-kevat` | `${number}-syksy` | "oma";

const CHOICE = /^(\d{4})(?:-(kevat|syksy))?$/;

export function choicePeriod(choice: Exclude<PeriodChoice, "oma">, now: Date = new Date()): Period | null {
  const match = CHOICE.exec(choice);
  if (!match) return null;
  const year = match[1]!;
  const from = match[2] === "syksy" ? `${year}-07-01` : `${year}-01-01`;
  const to = match[2] === "kevat" ? `${year}-06-30` : `${year}-12-31`;
  const end = today(now);
  if (from > end) return null;
  return { from, to: to > end ? end : to };
}

/** The choices offered: this year and the nine before, each with its terms, newest first (terms not yet begun left out). */
export function periodChoices(now: Date = new Date()): Exclude<PeriodChoice, "oma">[] {
  const year = Number(today(now).slice(0, 4));
  return Array.from({ length: 10 }, (_, i) => year - i).flatMap((y) =>
    ([`${y}`, `${y}-kevat`, `${y}-syksy`] as const).filter((choice) => choicePeriod(choice, now) !== null),
  );
}

/** The map's shade for a municipality: none without contact, else by its share of the largest figure. */
export function reachLevel(value: number, max: number, reached: boolean): "none" | "low" | "medium" | "high" {
  if (!reached && value === 0) return "none";
  if (max <= 0) return "low";
  const share = value / max;
  return share > 2 / 3 ? "high" : share > 1 / 3 ? "medium" : "low";
}
