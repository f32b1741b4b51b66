import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import { KITS_TAG } from "@/lib/cache/tags";
import { KitList } from "@/components/kits/kit-list";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";
import { listKits } from "@/lib/kits/data";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("kits.title") };
}

export default async function KitsPage() {
  // The same for every visitor (public data, asked as nobody in particular): served from the cache.
  "use cache";
  cacheTag(KITS_TAG);
  cacheLife("hours");
  const [{ locale, t }, kits] = await Promise.all([getI18n(), listKits(null)]);
  return (
    <>
      <PageHeader title={t("kits.title")} lead={t("kits.lead")} />
      <KitList kits={kits} locale={locale} t={t} />
    </>
  );
}
