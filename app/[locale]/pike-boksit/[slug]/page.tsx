import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KitAvailabilityCalendar } from "@/components/kits/kit-availability-calendar";
import { KitContents } from "@/components/kits/kit-contents";
import { KitFacts } from "@/components/kits/kit-facts";
import { EditKitLink } from "@/components/kits/kit-manage-links";
import { KitPhoto } from "@/components/kits/kit-photo";
import { Markdown } from "@/components/markdown/markdown";
import { PageHeader } from "@/components/ui/page-header";
import { kitTag } from "@/lib/cache/tags";
import { getI18n } from "@/lib/i18n/server";
import { cachedKitPage } from "@/lib/kits/catalogue/cached";
import { BUILD_PLACEHOLDER } from "@/lib/pages/placeholder";

// Rendered on a page's first request, then served from the cache until a
// change to the kit (or its reservations) invalidates kit:<slug> (ADR 17).
// The same for everyone: a coordinator's edit link is a client island.
export function generateStaticParams() {
  return [{ slug: BUILD_PLACEHOLDER }];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/pike-boksit/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const [{ t }, page] = await Promise.all([getI18n(), cachedKitPage(slug, null)]);
  return { title: page?.kit.name ?? t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function KitPage({ params }: PageProps<"/[locale]/pike-boksit/[slug]">) {
  const { slug } = await params;
  return <CachedKit slug={slug} />;
}

async function CachedKit({ slug }: { slug: string }) {
  "use cache";
  cacheTag(kitTag(slug));
  cacheLife("minutes");
  const page = await cachedKitPage(slug, null);
  if (!page) notFound();
  const { kit, extras, calendar, periods } = page;
  const { locale, t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/pike-boksit">{t("kits.backToList")}</Link>
      </p>
      <PageHeader title={kit.name} />
      <EditKitLink slug={kit.slug} label={t("kitCatalogue.editLink")} />
      <div className="mb-8 grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,20rem)]">
        <div>
          <Markdown breaks source={kit.description} lang="fi" className="mb-6" />
          <section aria-labelledby="perustiedot">
            <h2 id="perustiedot" className={H2}>
              {t("kits.detailsTitle")}
            </h2>
            <KitFacts kit={kit} locale={locale} t={t} />
            {extras.requiresApproval ? <p className="mt-2">{t("kitCatalogue.requiresApproval")}</p> : null}
          </section>
        </div>
        {extras.photo ? <KitPhoto photo={extras.photo} className="md:order-last" /> : null}
      </div>
      <section aria-labelledby="sisaltolista" className="mb-8">
        <h2 id="sisaltolista" className={H2}>
          {t("kits.contentsTitle")}
        </h2>
        <KitContents contents={kit.contents} t={t} />
      </section>
      {extras.guide?.trim() ? (
        <section aria-labelledby="kayttoohje" className="mb-8">
          <h2 id="kayttoohje" className={H2}>
            {t("kitCatalogue.guideTitle")}
          </h2>
          <Markdown source={extras.guide} headingLevel={3} lang="fi" />
        </section>
      ) : null}
      <section aria-labelledby="saatavuus">
        <h2 id="saatavuus" className={H2}>
          {t("kitCatalogue.calendar.title")}
        </h2>
        <p className="mb-3">{t("kitCatalogue.calendar.lead")}</p>
        <KitAvailabilityCalendar kitSlug={kit.slug} calendar={calendar} periods={periods} t={t} locale={locale} />
      </section>
    </>
  );
}
