// Pure rules of kit usage (ADR 27): when a loan's feedback is due, who may
// answer it, and the period the usage figures cover. Unit-tested in
// tests/unit/kit-usage.test.ts.
import { can, type Actor } from "@/lib/auth/policy";
import type { KitReservationStatus } from "@/lib/db/enums";
import { daysBetween, parseDay, type Day, type DayRange } from "@/lib/dates/days";

/** The statuses of a loan that took place (not declined or cancelled). */
export const LENT_STATUSES = [
  "CONFIRMED",
  "SENT",
  "RECEIVED",
  "PASSED_ON",
  "RETURNED",
] as const satisfies KitReservationStatus[];

export function wasLent(status: KitReservationStatus): boolean {
  return (LENT_STATUSES as readonly KitReservationStatus[]).includes(status);
}

/** A loan may be answered for once it has ended: its last day is before today (Helsinki). */
export function feedbackOpen(loan: { status: KitReservationStatus; endDate: Day }, today: Day): boolean {
  return wasLent(loan.status) && loan.endDate < today;
}

/** Due: open and not answered yet (the library's list asks for it). */
export function feedbackDue(
  loan: { status: KitReservationStatus; endDate: Day; answered: boolean },
  today: Day,
): boolean {
  return feedbackOpen(loan, today) && !loan.answered;
}

/** Days after a loan's last day when the library is reminded to answer (once, if it has not). */
export const FEEDBACK_REMINDER_DAYS = 7;
/** Loans that ended longer ago than this (plus the reminder's days) are not reminded of: no mail about the distant past. */
export const FEEDBACK_REMINDER_WINDOW_DAYS = 30;

/** The loans ended by these statuses are reminded of: the box has moved on or gone home. */
export const FEEDBACK_REMINDER_STATUSES = ["PASSED_ON", "RETURNED"] as const satisfies KitReservationStatus[];

/** The borrowing library's staff (its supervisor too) and the coordinators answer. */
export function mayAnswerFeedback(actor: Actor | null, loan: { libraryId: string }): boolean {
  if (!actor) return false;
  if (can(actor, "kit.manage")) return true;
  return can(actor, "kit.requestReservation") && actor.libraryId === loan.libraryId;
}

/** The widest period the usage figures answer for (a few years, both ends included). */
export const MAX_PERIOD_DAYS = 366 * 5;

/** The default period: the current calendar year (Helsinki). */
export function defaultPeriod(today: Day): DayRange {
  const year = today.slice(0, 4);
  return { startDate: `${year}-01-01`, endDate: `${year}-12-31` };
}

export type PeriodParse = { ok: true; period: DayRange } | { ok: false; field: "from" | "to"; key: string };

/**
 * The period of ?from&to: each a day (2027-03-16 or 16.3.2027); a missing
 * end falls back to the current year's; `to` before `from` or a period over
 * MAX_PERIOD_DAYS is refused with the field and the message key.
 */
export function parsePeriod(from: unknown, to: unknown, today: Day): PeriodParse {
  const fallback = defaultPeriod(today);
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
  const start = blank(from) ? fallback.startDate : parseDay(from);
  if (!start) return { ok: false, field: "from", key: "kitsUsage.validation.date" };
  const end = blank(to) ? fallback.endDate : parseDay(to);
  if (!end) return { ok: false, field: "to", key: "kitsUsage.validation.date" };
  if (end < start) return { ok: false, field: "to", key: "kitsUsage.validation.endBeforeStart" };
  if (daysBetween(start, end) + 1 > MAX_PERIOD_DAYS)
    return { ok: false, field: "to", key: "kitsUsage.validation.tooLong" };
  return { ok: true, period: { startDate: start, endDate: end } };
}
