import type { Metadata } from "next";
import { TrainingMenuView } from "@/components/trainings/training-menu-view";
import { upcomingMonths } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { getTrainingMenu, listThemes, listVenueLibraries } from "@/lib/trainings/data";
import { hasFilters, parseMenuPage, parseTrainingFilters } from "@/lib/trainings/schema";

// Per request: the filters are the query. The unfiltered menu (/koulutukset)
// is the cached page; old /koulutukset?teema=… links redirect here (next.config.ts).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("trainings.title") };
}

export default async function FilteredTrainingsPage({ searchParams }: PageProps<"/[locale]/koulutukset/haku">) {
  const params = await searchParams;
  const filters = parseTrainingFilters(params);
  const [{ locale, t }, menu, themes, libraries] = await Promise.all([
    getI18n(),
    getTrainingMenu(filters, new Date(), parseMenuPage(params)),
    listThemes(),
    listVenueLibraries(),
  ]);
  return (
    <TrainingMenuView
      menu={menu}
      themes={themes}
      libraries={libraries}
      months={upcomingMonths(12)}
      filters={filters}
      active={hasFilters(filters)}
      t={t}
      locale={locale}
    />
  );
}
