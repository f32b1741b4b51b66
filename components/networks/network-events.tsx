import Link from "next/link";
import { SessionCard } from "@/components/trainings/session-card";
import { formatRange, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { NetworkEvents } from "@/lib/networks/events/data";

/**
 * A network's events on its page: upcoming ones as the menu's cards (people
 * enrol on the offering's page), the latest past ones as a list, the public
 * calendar feed, and a chair's link to add one.
 */
export function NetworkEventsSection({
  slug,
  events,
  mayCreate,
  t,
  locale,
}: {
  slug: string;
  events: NetworkEvents;
  mayCreate: boolean;
  t: Translate;
  locale: Locale;
}) {
  return (
    <section aria-labelledby="tapahtumat" className="mb-8">
      <h2 id="tapahtumat" className="mb-3 text-2xl font-bold text-brand-900">
        {t("networkEvents.title")}
      </h2>
      {mayCreate ? (
        <p className="mb-4">
          <Link href={`/verkostot/${slug}/tapahtumat/uusi`} className="font-semibold">
            {t("networkEvents.new")}
          </Link>
        </p>
      ) : null}
      {events.upcoming.length > 0 ? (
        <>
          <h3 className="sr-only">{t("networkEvents.upcoming")}</h3>
          <ul className="grid gap-4 md:grid-cols-2" aria-label={t("networkEvents.upcoming")}>
            {events.upcoming.map((session) => (
              <SessionCard key={session.id} session={session} t={t} locale={locale} />
            ))}
          </ul>
        </>
      ) : (
        <p>{t("networkEvents.none")}</p>
      )}
      {events.past.length > 0 ? (
        <>
          <h3 className="mb-2 mt-6 text-xl font-semibold">{t("networkEvents.past")}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {events.past.map((session) => (
              <li key={session.id}>
                <time dateTime={isoInstant(session.startsAt)}>
                  {formatRange(session.startsAt, session.endsAt, locale)}
                </time>
                {": "}
                {session.title ?? session.offering.title}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="mt-4">
        <a href={`/api/networks/${slug}/events.ics`}>{t("networkEvents.calendar")}</a>
        <br />
        <span className="text-sm text-gray-700">{t("networkEvents.calendarHint")}</span>
      </p>
    </section>
  );
}
