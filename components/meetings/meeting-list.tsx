import Link from "next/link";
import { formatRange, helsinkiYear, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { MeetingSummary } from "@/lib/meetings/data";
import { MeetingStatusBadge } from "./meeting-status-badge";

type Props = { upcoming: MeetingSummary[]; past: MeetingSummary[]; t: Translate; locale: Locale };

/**
 * Upcoming meetings first (soonest first), then past ones (newest first),
 * each grouped under its (Helsinki) year.
 */
export function MeetingList({ upcoming, past, t, locale }: Props) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="tulevat">
        <h2 id="tulevat" className="mb-3 text-2xl font-bold text-brand-900">
          {t("meetings.upcoming")}
        </h2>
        {upcoming.length === 0 ? <p>{t("meetings.noUpcoming")}</p> : null}
        <YearGroups meetings={upcoming} idPrefix="tulevat" t={t} locale={locale} />
      </section>
      <section aria-labelledby="menneet">
        <h2 id="menneet" className="mb-3 text-2xl font-bold text-brand-900">
          {t("meetings.past")}
        </h2>
        {past.length === 0 ? <p>{t("meetings.noPast")}</p> : null}
        <YearGroups meetings={past} idPrefix="vuosi" t={t} locale={locale} />
      </section>
    </div>
  );
}

function YearGroups({
  meetings,
  idPrefix,
  t,
  locale,
}: {
  meetings: MeetingSummary[];
  idPrefix: string;
  t: Translate;
  locale: Locale;
}) {
  return groupByYear(meetings).map(([year, inYear]) => (
    <section key={year} aria-labelledby={`${idPrefix}-${year}`} className="mb-6">
      <h3 id={`${idPrefix}-${year}`} className="mb-2 text-xl font-bold text-brand-900">
        {year}
      </h3>
      <MeetingItems meetings={inYear} t={t} locale={locale} />
    </section>
  ));
}

function MeetingItems({ meetings, t, locale }: { meetings: MeetingSummary[]; t: Translate; locale: Locale }) {
  return (
    <ul className="space-y-3">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="break-words rounded border border-gray-300 p-4">
          <p className="text-lg font-semibold">
            <Link href={`/kokoukset/${meeting.id}`}>{meeting.title}</Link>
          </p>
          <p className="mt-1">
            <time dateTime={isoInstant(meeting.startsAt)}>{formatRange(meeting.startsAt, meeting.endsAt, locale)}</time>
          </p>
          <p className="text-gray-800">{placeText(meeting, t)}</p>
          <p className="mt-2">
            <span className="sr-only">{t("meetings.status")}: </span>
            <MeetingStatusBadge status={meeting.status} t={t} />
          </p>
        </li>
      ))}
    </ul>
  );
}

function placeText(meeting: MeetingSummary, t: Translate): string {
  return meeting.location ?? (meeting.hasRemote ? t("common.remote") : t("common.none"));
}

function groupByYear(meetings: MeetingSummary[]): [number, MeetingSummary[]][] {
  const years = new Map<number, MeetingSummary[]>();
  for (const meeting of meetings) {
    const year = helsinkiYear(meeting.startsAt);
    years.set(year, [...(years.get(year) ?? []), meeting]);
  }
  return [...years.entries()];
}
