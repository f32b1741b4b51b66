import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import { LIBRARIES_TAG } from "@/lib/cache/tags";
import { LibraryDirectory } from "@/components/libraries/library-directory";
import { NewLibraryLink } from "@/components/libraries/new-library-link";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";
import { listLibrariesByRegion } from "@/lib/libraries/data";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("libraries.title") };
}

export default async function LibrariesPage() {
  // The same for every visitor (public data, asked as nobody in particular): served from the cache.
  "use cache";
  cacheTag(LIBRARIES_TAG);
  cacheLife("hours");
  const [{ t }, groups] = await Promise.all([getI18n(), listLibrariesByRegion(null)]);
  return (
    <>
      <PageHeader title={t("libraries.title")} lead={t("libraries.lead")} />
      <NewLibraryLink label={t("libraries.new.link")} />
      <LibraryDirectory groups={groups} t={t} />
    </>
  );
}
