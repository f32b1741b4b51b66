import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionList } from "@/components/revisions/revision-list";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";
import { REVISION_HISTORY_LIMIT } from "@/lib/minutes/rules";
import { getPlaybookHistory } from "@/lib/networks/playbook/data";

// Per request (ADR 17): the history grows with every save; it is public, like the playbook.
export const instant = false;

type Props = PageProps<"/[locale]/verkostot/[slug]/pelikirja/historia">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { slug }] = await Promise.all([getI18n(), params]);
  const history = await getPlaybookHistory(slug);
  return {
    title: history ? t("networksPlaybook.historyTitle", { network: history.network.name }) : t("notFound.title"),
  };
}

/** Every saved version of a network's playbook, who saved it and when, and what each changed. */
export default async function PlaybookHistoryPage({ params }: Props) {
  const { slug } = await params;
  const [{ t, locale }, history] = await Promise.all([getI18n(), getPlaybookHistory(slug)]);
  if (!history) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href={`/verkostot/${history.network.slug}`}>{t("networksPlaybook.backToNetwork")}</Link>
      </p>
      <PageHeader title={t("networksPlaybook.historyTitle", { network: history.network.name })} />
      {history.total === 0 ? (
        <p>{t("networksPlaybook.historyEmpty")}</p>
      ) : (
        <>
          <p className="mb-4">
            {history.total > history.revisions.length
              ? t("minutes.history.limited", { limit: REVISION_HISTORY_LIMIT, count: history.total })
              : t("minutes.history.count", { count: history.total })}
          </p>
          <RevisionList
            revisions={history.revisions.map(({ playbook, ...revision }) => ({ ...revision, text: playbook }))}
            diffs
            olderNotShown={history.total > history.revisions.length}
            emptyText={t("networksPlaybook.emptyRevision")}
            t={t}
            locale={locale}
          />
        </>
      )}
    </>
  );
}
