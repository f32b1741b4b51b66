import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
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
import { listPreviousActionItems } from "@/lib/action-items/data";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getMeetingForActor } from "@/lib/meetings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/kokoukset/[id]">): Promise<Metadata> {
  const { id } = await params;
  const [{ t }, meeting] = await Promise.all([getI18n(), getMeetingForActor(await getActor(), id)]);
  return { title: meeting?.title ?? t("notFound.title") };
}

export default async function MeetingPage({ params }: PageProps<"/[locale]/kokoukset/[id]">) {
  const { id } = await params;
  const actor = await getActor();
  const meeting = await getMeetingForActor(actor, id);
  if (!meeting) notFound();
  const [{ locale, t }, previousActionItems] = await Promise.all([
    getI18n(),
    meeting.items.some((item) => item.kind === "PREVIOUS_ACTIONS") ? listPreviousActionItems(actor, meeting) : null,
  ]);
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
