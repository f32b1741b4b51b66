import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import { MENU_TAG } from "@/lib/cache/tags";
import { TrainingMenuView } from "@/components/trainings/training-menu-view";
import { getI18n } from "@/lib/i18n/server";
import { cachedTrainingMenu } from "@/lib/trainings/cached";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("trainings.title") };
}

/** Koulutustarjotin, the same for everyone: served from the cache (tag "menu"). Filtered: /koulutukset/haku. */
export default async function TrainingsPage() {
  // The rendered page is the cache entry: dates are formatted once per change, not per visit.
  "use cache";
  cacheTag(MENU_TAG);
  cacheLife("minutes");
  const [{ locale, t }, { menu, themes, libraries, months }] = await Promise.all([getI18n(), cachedTrainingMenu()]);
  return (
    <TrainingMenuView
      menu={menu}
      themes={themes}
      libraries={libraries}
      months={months}
      filters={{}}
      active={false}
      t={t}
      locale={locale}
    />
  );
}
