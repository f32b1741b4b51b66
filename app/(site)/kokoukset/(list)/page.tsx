import type { Metadata } from "next";
import Link from "next/link";
import { MeetingList } from "@/components/meetings/meeting-list";
import { SearchForm } from "@/components/search/search-form";
import { PageHeader } from "@/components/ui/page-header";
import { visibleMeetingStatuses } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listMeetingsForActor } from "@/lib/meetings/data";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("meetings.title") };
}

export default async function MeetingsPage() {
  const [{ locale, t }, actor] = await Promise.all([getI18n(), getActor()]);
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
  return (
    <>
      <PageHeader title={t("meetings.title")} lead={t("meetings.lead")}>
        <SearchForm t={t} />
      </PageHeader>
      {upcoming.length === 0 && past.length === 0 ? (
        <p>{t("meetings.empty")}</p>
      ) : (
        <MeetingList upcoming={upcoming} past={past} t={t} locale={locale} />
      )}
    </>
  );
}
