// Stored values → the strings a form's inputs start with.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { TIME_ZONE } from "@/lib/dates";

/** A datetime-local value in Helsinki wall-clock time ("2027-03-16T09:00"); empty for none. */
export function helsinkiLocalInput(date: Date | null | undefined): string {
  return date ? format(new TZDate(date.getTime(), TIME_ZONE), "yyyy-MM-dd'T'HH:mm") : "";
}

/** A @db.Date value as yyyy-mm-dd. */
export function dayInput(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
