import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown/markdown";
import { MeetingNav } from "@/components/meetings/meeting-nav";
import { ApprovalNote } from "@/components/minutes/approval-note";
import { RevisionList } from "@/components/revisions/revision-list";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getMinutesHistory } from "@/lib/minutes/data";
import { REVISION_HISTORY_LIMIT } from "@/lib/minutes/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

type Props = PageProps<"/[locale]/kokoukset/[id]/muistio/[itemId]/historia">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, itemId } = await params;
  const [{ t }, history] = await Promise.all([getI18n(), getMinutesHistory(await getActor(), id, itemId)]);
  if (!history) return { title: t("notFound.title") };
  return {
    title:
      history.view === "revisions"
        ? t("minutes.history.metaTitle", { item: history.item.title })
        : `${t("minutes.history.textTitle")}: ${history.item.title}`,
  };
}

/**
 * Every saved version of one agenda item's minutes, who saved it and when —
 * for the minutes' writers. Others who read the minutes (approved: every
 * member) land here from a shared link too, and get the item's text as it
 * stands, with who approved it: never an earlier draft.
 */
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
        title={t(history.view === "revisions" ? "minutes.history.title" : "minutes.history.textTitle")}
        lead={t("minutes.history.lead", { position: item.position, item: item.title, meeting: meeting.title })}
      />
      <MeetingNav meeting={meeting} actor={actor} current="minutes" t={t} />
      <ApprovalNote approval={history.approval} t={t} locale={locale} />
      {history.view === "text" ? (
        <>
          <p className="mb-4">
            {t(history.approval ? "minutes.history.approvedTextOnly" : "minutes.history.textOnly")}
          </p>
          {history.minutes?.trim() ? (
            <Markdown source={history.minutes} headingLevel={2} />
          ) : (
            <p className="text-gray-700">{t("minutes.noMinutes")}</p>
          )}
        </>
      ) : history.total === 0 ? (
        <p>{t("minutes.history.empty")}</p>
      ) : (
        <>
          <p className="mb-4">
            {history.total > history.revisions.length
              ? t("minutes.history.limited", { limit: REVISION_HISTORY_LIMIT, count: history.total })
              : t("minutes.history.count", { count: history.total })}
          </p>
          <RevisionList
            revisions={history.revisions.map(({ minutes, ...revision }) => ({ ...revision, text: minutes }))}
            emptyText={t("minutes.history.emptyRevision")}
            t={t}
            locale={locale}
          />
        </>
      )}
    </>
  );
}
