import type { Metadata } from "next";
import Link from "next/link";
import { MeetingList } from "@/components/meetings/meeting-list";
import { SearchForm } from "@/components/search/search-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can, visibleMeetingStatuses } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listMeetingsForActor } from "@/lib/meetings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("meetings.title") };
}

export default async function MeetingsPage({ searchParams }: PageProps<"/[locale]/kokoukset">) {
  const [{ locale, t }, actor, query] = await Promise.all([getI18n(), getActor(), searchParams]);
  if (!actor) {
    return (
      <>
        <PageHeader title={t("meetings.title")} lead={t("meetings.signedOut")} />
        <p>
          <Link href="/kirjaudu?callbackUrl=/kokoukset">{t("meetings.signInLink")}</Link>
        </p>
      </>
    );
  }
  if (visibleMeetingStatuses(actor).length === 0) {
    return (
      <>
        <PageHeader title={t("meetings.title")} />
        <p>{t("meetings.noLibrary")}</p>
      </>
    );
  }
  const { upcoming, past } = await listMeetingsForActor(actor);
  const manage = can(actor, "meeting.manage");
  return (
    <>
      <PageHeader title={t("meetings.title")} lead={t("meetings.lead")}>
        <SearchForm t={t} />
        <ul className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
          {manage ? (
            <li>
              <Link
                href="/kokoukset/uusi"
                className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900"
              >
                {t("meetingsAdmin.newMeeting")}
              </Link>
            </li>
          ) : null}
          {can(actor, "poll.answer") ? (
            <li>
              <Link href="/kokoukset/kyselyt">{t("polls.title")}</Link>
            </li>
          ) : null}
          <li>
            <Link href="/toimenpiteet">{t("meetings.allActionItems")}</Link>
          </li>
        </ul>
      </PageHeader>
      {manage && query.poistettu === "1" ? (
        <div className="mb-6">
          <Alert tone="success">{t("meetingsAdmin.deleted")}</Alert>
        </div>
      ) : null}
      {upcoming.length === 0 && past.length === 0 ? (
        <p>{t("meetings.empty")}</p>
      ) : (
        <MeetingList upcoming={upcoming} past={past} t={t} locale={locale} />
      )}
    </>
  );
}
