import Link from "next/link";
import { formatDay, formatMonth } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { KitCalendarPeriod } from "@/lib/kits/catalogue/data";
import type { CalendarMonth, DayState } from "@/lib/kits/catalogue/rules";
import { ScrollRegion } from "@/components/ui/scroll-region";

// Booked days are filled, shipping days dashed: told apart by shape as well as colour (WCAG 1.4.1).
const CELL: Record<DayState, string> = {
  free: "border border-gray-300 bg-white text-gray-900",
  booked: "border-2 border-brand-900 bg-brand-800 text-white",
  shipping: "border-2 border-dashed border-amber-800 bg-amber-50 text-gray-900",
};

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const DAY_MS = 86_400_000;

function Day({ date }: { date: Date }) {
  return <time dateTime={date.toISOString().slice(0, 10)}>{formatDay(date)}</time>;
}

/**
 * A kit's availability for one month: a table (weekday headers, a row per
 * week), links to the months either side (plain links: the keyboard and
 * every browser without JavaScript reach them), and the month's booked
 * periods as a list, the calendar's text alternative.
 */
export function KitAvailabilityCalendar({
  kitSlug,
  calendar,
  periods,
  headingLevel = 2,
  t,
  locale,
}: {
  kitSlug: string;
  calendar: CalendarMonth;
  periods: KitCalendarPeriod[];
  headingLevel?: 1 | 2;
  t: Translate;
  locale: Locale;
}) {
  const monthName = formatMonth(calendar.month, locale);
  const monthHref = (month: string) => `/pike-boksit/${kitSlug}/kalenteri/${month}`;
  const ListHeading = headingLevel === 1 ? "h2" : "h3";
  return (
    <div>
      <nav aria-label={t("kitCatalogue.calendar.title")} className="mb-3 flex flex-wrap gap-x-6 gap-y-2">
        {calendar.previous ? (
          <Link href={monthHref(calendar.previous)} rel="prev">
            <span aria-hidden="true">← </span>
            {t("kitCatalogue.calendar.previousTo", { month: formatMonth(calendar.previous, locale) })}
          </Link>
        ) : null}
        {calendar.next ? (
          <Link href={monthHref(calendar.next)} rel="next">
            {t("kitCatalogue.calendar.nextTo", { month: formatMonth(calendar.next, locale) })}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </nav>
      <ScrollRegion label={t("kitCatalogue.calendar.caption", { month: monthName })}>
        <table className="w-full max-w-xl table-fixed border-separate border-spacing-1 text-center">
          <caption className="mb-2 text-left text-lg font-semibold">
            {t("kitCatalogue.calendar.caption", { month: monthName })}
          </caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col" className="py-1 text-sm font-semibold">
                  <abbr title={t(`kitCatalogue.calendar.weekday.${d}`)} className="no-underline">
                    {t(`kitCatalogue.calendar.weekdayShort.${d}`)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {calendar.weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, d) =>
                  day ? (
                    <td
                      key={d}
                      data-date={day.iso}
                      data-state={day.state}
                      className={`h-11 rounded ${CELL[day.state]} ${day.today ? "outline-3 outline-offset-1 outline-gray-900" : ""}`}
                    >
                      <time dateTime={day.iso}>{day.day}</time>
                      <span className="sr-only">
                        {`, ${t(`kitCatalogue.calendar.state.${day.state}`)}`}
                        {day.today ? `, ${t("kitCatalogue.calendar.today")}` : ""}
                      </span>
                    </td>
                  ) : (
                    <td key={d} />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <div className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm" aria-hidden="true">
        {(["free", "booked", "shipping"] as const).map((state) => (
          <span key={state} className="inline-flex items-center gap-2">
            <span className={`inline-block h-5 w-5 rounded ${CELL[state]}`} />
            {t(`kitCatalogue.calendar.state.${state}`)}
          </span>
        ))}
      </div>
      <ListHeading className="mt-6 mb-2 text-xl font-semibold">
        {t("kitCatalogue.calendar.listTitle", { month: monthName })}
      </ListHeading>
      {periods.length === 0 ? (
        <p>{t("kitCatalogue.calendar.listEmpty")}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-6" data-testid="booked-periods">
          {periods.map((period) => (
            <li key={period.id}>
              <Day date={period.startDate} />–<Day date={period.endDate} />:{" "}
              <Link href={`/kirjastot/${period.library.slug}`}>{period.library.name}</Link>
              {period.shippingDays > 0 ? (
                <>
                  {" ("}
                  {t("kitCatalogue.calendar.shipping", {
                    start: formatDay(new Date(period.startDate.getTime() - period.shippingDays * DAY_MS)),
                    end: formatDay(new Date(period.endDate.getTime() + period.shippingDays * DAY_MS)),
                  })}
                  {")"}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
