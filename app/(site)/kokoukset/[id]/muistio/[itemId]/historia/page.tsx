import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingNav } from "@/components/meetings/meeting-nav";
import { RevisionList } from "@/components/minutes/revision-list";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getMinutesHistory } from "@/lib/minutes/data";
import { REVISION_HISTORY_LIMIT } from "@/lib/minutes/rules";

type Props = PageProps<"/kokoukset/[id]/muistio/[itemId]/historia">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, itemId } = await params;
  const [{ t }, history] = await Promise.all([getI18n(), getMinutesHistory(await getActor(), id, itemId)]);
  return { title: history ? t("minutes.history.metaTitle", { item: history.item.title }) : t("notFound.title") };
}

/** Every saved version of one agenda item's minutes: who saved it and when. */
export default async function MinutesHistoryPage({ params }: Props) {
  const { id, itemId } = await params;
  const actor = await getActor();
  const history = await getMinutesHistory(actor, id, itemId);
  if (!history) notFound();
  const { locale, t } = await getI18n();
  const { meeting, item } = history;
  const back = history.canWrite
    ? { href: `/kokoukset/${meeting.id}/muistio#kohta-${item.position}`, label: t("minutes.history.backToEditor") }
    : { href: `/kokoukset/${meeting.id}#kohta-${item.position}`, label: t("minutes.backToMeeting") };
  return (
    <>
      <p className="mb-4 print:hidden">
        <Link href={back.href}>{back.label}</Link>
      </p>
      <PageHeader
        title={t("minutes.history.title")}
        lead={t("minutes.history.lead", { position: item.position, item: item.title, meeting: meeting.title })}
      />
      <MeetingNav meeting={meeting} actor={actor} current="minutes" t={t} />
      {history.total === 0 ? (
        <p>{t("minutes.history.empty")}</p>
      ) : (
        <>
          <p className="mb-4">
            {history.total > history.revisions.length
              ? t("minutes.history.limited", { limit: REVISION_HISTORY_LIMIT, count: history.total })
              : t("minutes.history.count", { count: history.total })}
          </p>
          <RevisionList revisions={history.revisions} t={t} locale={locale} />
        </>
      )}
    </>
  );
}
