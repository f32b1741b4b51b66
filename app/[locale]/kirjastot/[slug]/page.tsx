import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LibraryDetails } from "@/components/libraries/library-details";
import { ServicePointList } from "@/components/libraries/service-point-list";
import { LibraryNews } from "@/components/news-round/library-news";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getLibrary } from "@/lib/libraries/data";
import { listLibraryNewsRound } from "@/lib/news-round/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/kirjastot/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const [{ t }, library] = await Promise.all([getI18n(), getLibrary(await getActor(), slug)]);
  return { title: library?.name ?? t("notFound.title") };
}

export default async function LibraryPage({ params }: PageProps<"/[locale]/kirjastot/[slug]">) {
  const { slug } = await params;
  const actor = await getActor();
  const library = await getLibrary(actor, slug);
  if (!library) notFound();
  // Null when the viewer may see no meeting at all: then no section.
  const [{ t }, news] = await Promise.all([getI18n(), listLibraryNewsRound(actor, library.slug)]);
  return (
    <>
      <p className="mb-4">
        <Link href="/kirjastot">{t("libraries.backToList")}</Link>
      </p>
      <PageHeader title={library.name} />
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
        <ServicePointList servicePoints={library.servicePoints} t={t} />
      </section>
      {news ? <LibraryNews items={news} t={t} /> : null}
    </>
  );
}
