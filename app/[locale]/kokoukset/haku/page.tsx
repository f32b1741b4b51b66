import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { translateKey } from "@/lib/i18n/translate";
import { searchMeetingsCached } from "@/lib/search/cached";
import { searchQuerySchema } from "@/lib/search/schema";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("search.title") };
}

export default async function MeetingSearchPage({ searchParams }: PageProps<"/[locale]/kokoukset/haku">) {
  const [{ t }, actor, params] = await Promise.all([getI18n(), getActor(), searchParams]);
  const raw = typeof params.q === "string" ? params.q : "";
  if (!actor) {
    return (
      <>
        <PageHeader title={t("search.title")} lead={t("search.signedOut")} />
        <p>
          <Link href={`/kirjaudu?callbackUrl=${encodeURIComponent(`/kokoukset/haku?q=${encodeURIComponent(raw)}`)}`}>
            {t("search.signInLink")}
          </Link>
        </p>
      </>
    );
  }
  if (!raw.trim()) {
    return (
      <>
        <PageHeader title={t("search.title")} lead={t("search.lead")}>
          <SearchForm t={t} />
        </PageHeader>
        <p>{t("search.empty")}</p>
      </>
    );
  }
  const parsed = searchQuerySchema.safeParse({ q: raw });
  if (!parsed.success) {
    const error = translateKey(t, parsed.error.issues[0]?.message);
    return (
      <PageHeader title={t("search.title")} lead={t("search.lead")}>
        <SearchForm t={t} defaultValue={raw} error={error} />
      </PageHeader>
    );
  }
  const { q } = parsed.data;
  const hits = await searchMeetingsCached(actor, q);
  return (
    <>
      <PageHeader title={t("search.title")} lead={t("search.lead")}>
        <SearchForm t={t} defaultValue={q} />
      </PageHeader>
      <p role="status" className="mb-4 font-semibold">
        {hits.length === 0 ? t("search.noResults", { q }) : t("search.resultCount", { count: hits.length })}
      </p>
      {hits.length > 0 ? <SearchResults hits={hits} t={t} /> : null}
    </>
  );
}
