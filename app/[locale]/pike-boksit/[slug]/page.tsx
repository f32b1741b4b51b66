import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KitContents } from "@/components/kits/kit-contents";
import { KitFacts } from "@/components/kits/kit-facts";
import { KitReservations } from "@/components/kits/kit-reservations";
import { PageHeader } from "@/components/ui/page-header";
import { Markdown } from "@/components/markdown/markdown";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getKit } from "@/lib/kits/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/pike-boksit/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const [{ t }, kit] = await Promise.all([getI18n(), getKit(await getActor(), slug)]);
  return { title: kit?.name ?? t("notFound.title") };
}

export default async function KitPage({ params }: PageProps<"/[locale]/pike-boksit/[slug]">) {
  const { slug } = await params;
  const kit = await getKit(await getActor(), slug);
  if (!kit) notFound();
  const { locale, t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/pike-boksit">{t("kits.backToList")}</Link>
      </p>
      <PageHeader title={kit.name} />
      <Markdown breaks source={kit.description} lang="fi" className="mb-8" />
      <section aria-labelledby="perustiedot" className="mb-8">
        <h2 id="perustiedot" className="mb-3 text-2xl font-bold text-brand-900">
          {t("kits.detailsTitle")}
        </h2>
        <KitFacts kit={kit} locale={locale} t={t} />
      </section>
      <section aria-labelledby="sisaltolista" className="mb-8">
        <h2 id="sisaltolista" className="mb-3 text-2xl font-bold text-brand-900">
          {t("kits.contentsTitle")}
        </h2>
        <KitContents contents={kit.contents} t={t} />
      </section>
      <section aria-labelledby="varatut-ajanjaksot">
        <h2 id="varatut-ajanjaksot" className="mb-3 text-2xl font-bold text-brand-900">
          {t("kits.reservationsTitle")}
        </h2>
        <KitReservations reservations={kit.reservations} t={t} />
      </section>
    </>
  );
}
