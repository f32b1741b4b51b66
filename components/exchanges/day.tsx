import { formatDay } from "@/lib/dates";

/** A @db.Date value as Finns write it, machine-readable as an ISO date. */
export function Day({ date }: { date: Date }) {
  return <time dateTime={date.toISOString().slice(0, 10)}>{formatDay(date)}</time>;
}
