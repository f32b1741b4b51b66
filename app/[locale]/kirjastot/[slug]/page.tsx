import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LibraryDetails } from "@/components/libraries/library-details";
import { LibraryParticipation } from "@/components/libraries/library-participation";
import { ServicePointList } from "@/components/libraries/service-point-list";
import { LibraryNews } from "@/components/news-round/library-news";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { cachedLibrary } from "@/lib/libraries/cached";
import { getLibraryParticipation } from "@/lib/libraries/data";
import { listLibraryNewsRound } from "@/lib/news-round/data";

// Per request: the news-round entries, the participation and the edit links depend on the reader
// (ADR 17). The library's public data comes from the cache (lib/libraries/cached.ts),
// invalidated by every change to the library or its service points.
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/kirjastot/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const [{ t }, library] = await Promise.all([getI18n(), cachedLibrary(slug)]);
  return { title: library?.name ?? t("notFound.title") };
}

export default async function LibraryPage({ params }: PageProps<"/[locale]/kirjastot/[slug]">) {
  const { slug } = await params;
  const [actor, library] = await Promise.all([getActor(), cachedLibrary(slug)]);
  if (!library) notFound();
  // Null when the viewer may see no meeting at all: then no section.
  // Null for readers other than the library's supervisors and coordinators.
  const [{ t }, news, participation] = await Promise.all([
    getI18n(),
    listLibraryNewsRound(actor, library.slug),
    getLibraryParticipation(actor, library.id),
  ]);
  const editBase = can(actor, "libraries.editContent") ? `/kirjastot/${library.slug}` : undefined;
  return (
    <>
      <p className="mb-4">
        <Link href="/kirjastot">{t("libraries.backToList")}</Link>
      </p>
      <PageHeader title={library.name} />
      {editBase ? (
        <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={`${editBase}/muokkaa`}>{t("libraries.edit.link")}</Link>
          <Link href={`${editBase}/toimipisteet/uusi`}>{t("libraries.servicePoint.newLink")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="perustiedot" className="mb-8">
        <h2 id="perustiedot" className="mb-3 text-2xl font-bold text-brand-900">
          {t("libraries.detailsTitle")}
        </h2>
        <LibraryDetails library={library} t={t} />
      </section>
      <section aria-labelledby="toimipisteet">
        <h2 id="toimipisteet" className="mb-3 text-2xl font-bold text-brand-900">
          {t("libraries.servicePointsTitle")}
        </h2>
        <ServicePointList servicePoints={library.servicePoints} t={t} editBase={editBase} />
      </section>
      {news ? <LibraryNews items={news} t={t} /> : null}
      {participation ? <LibraryParticipation participation={participation} t={t} /> : null}
    </>
  );
}
