import type { Metadata } from "next";
import Link from "next/link";
import { cacheLife, cacheTag } from "next/cache";
import { KITS_TAG } from "@/lib/cache/tags";
import { NewKitLink } from "@/components/kits/kit-manage-links";
import { KitList } from "@/components/kits/kit-list";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";
import { cachedKitCatalogue } from "@/lib/kits/catalogue/cached";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("kits.title") };
}

export default async function KitsPage() {
  // The same for every visitor (public data, asked as nobody in particular): served from the cache.
  "use cache";
  cacheTag(KITS_TAG);
  cacheLife("hours");
  const [{ locale, t }, { kits, photos }] = await Promise.all([getI18n(), cachedKitCatalogue()]);
  return (
    <>
      <PageHeader title={t("kits.title")} lead={t("kits.lead")}>
        <p className="mt-4">
          <Link href="/pike-boksit/varaa">{t("kitReservations.link.reserve")}</Link>
        </p>
      </PageHeader>
      <NewKitLink label={t("kitCatalogue.newLink")} />
      <KitList kits={kits} photos={photos} locale={locale} t={t} />
    </>
  );
}
