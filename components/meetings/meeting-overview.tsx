// A meeting's overview page, as the per-request page renders it for its
// reader and the audience page (ADR 23) for an audience's stand-in actor.
import Link from "next/link";
import { Agenda } from "@/components/meetings/agenda";
import { AttendeeList } from "@/components/meetings/attendee-list";
import { MeetingNav } from "@/components/meetings/meeting-nav";
import { MeetingCalendarLink } from "@/components/calendar/meeting-calendar-link";
import { MeetingFacts } from "@/components/meetings/meeting-facts";
import { MeetingSummary } from "@/components/meetings/meeting-summary";
import { NewsRound } from "@/components/meetings/news-round";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Markdown } from "@/components/markdown/markdown";
import type { PreviousActionItem } from "@/lib/action-items/data";
import type { Actor } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { MeetingDetail } from "@/lib/meetings/data";

export function MeetingOverview({
  meeting,
  previousActionItems,
  actor,
  locale,
  t,
}: {
  meeting: MeetingDetail;
  /** The review of earlier meetings' items, for a meeting that has one (listPreviousActionItemsOf). */
  previousActionItems: PreviousActionItem[] | null;
  actor: Actor | null;
  locale: Locale;
  t: Translate;
}) {
  const hasNewsRoundItem = meeting.items.some((item) => item.kind === "NEWS_ROUND");
  return (
    <>
      <p className="mb-4">
        <Link href="/kokoukset">{t("meetings.back")}</Link>
      </p>
      <PageHeader title={meeting.title} />
      <MeetingNav meeting={meeting} actor={actor} current="overview" t={t} />
      {meeting.minutesDraft ? (
        <div className="mb-6">
          <Alert>{t("meetings.minutesDraftNote")}</Alert>
        </div>
      ) : null}
      <MeetingFacts meeting={meeting} t={t} locale={locale} />
      <p className="mt-4 print:hidden">
        <MeetingCalendarLink meetingId={meeting.id} t={t} />
      </p>
      <Markdown breaks source={meeting.summary} headingLevel={2} className="mt-6" />
      <section aria-labelledby="osallistujat" className="mt-8">
        <h2 id="osallistujat" className="mb-3 text-2xl font-bold text-brand-900">
          {t("meetings.attendees")}
        </h2>
        <AttendeeList attendees={meeting.attendees} t={t} />
      </section>
      <section aria-labelledby="asialista" className="mt-8">
        <h2 id="asialista" className="mb-3 text-2xl font-bold text-brand-900">
          {t("meetings.agenda")}
        </h2>
        <Agenda meeting={meeting} previousActionItems={previousActionItems} t={t} locale={locale} />
      </section>
      {!hasNewsRoundItem && meeting.newsRound.length > 0 ? (
        <div className="mt-8">
          <NewsRound updates={meeting.newsRound} level={2} t={t} />
        </div>
      ) : null}
      <div className="mt-8">
        <MeetingSummary meeting={meeting} t={t} />
      </div>
    </>
  );
}
