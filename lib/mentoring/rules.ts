// Pure rules of mentoring registration: when applications are taken.
import { dayNumber, dayOf, today as helsinkiDay } from "@/lib/dates/days";

/** Open until the end of the offering's deadline day (Helsinki); without a deadline, while published. */
export function registrationOpen(deadline: Date | null, now: Date): boolean {
  if (!deadline) return true;
  return dayNumber(helsinkiDay(now)) <= dayNumber(dayOf(deadline));
}
