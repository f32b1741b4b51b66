import type { Metadata } from "next";
import Link from "next/link";
import { CurrentMenus } from "@/components/trainings/current-menus";
import { OfferingCard } from "@/components/trainings/offering-card";
import { PastMenuList } from "@/components/trainings/past-menu-list";
import { SessionCard } from "@/components/trainings/session-card";
import { TrainingFilters } from "@/components/trainings/training-filters";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";
import { upcomingMonths } from "@/lib/dates";
import { getTrainingMenu, listThemes, listVenueLibraries } from "@/lib/trainings/data";
import { hasFilters, parseTrainingFilters } from "@/lib/trainings/schema";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("trainings.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function TrainingsPage({ searchParams }: PageProps<"/koulutukset">) {
  const filters = parseTrainingFilters(await searchParams);
  const active = hasFilters(filters);
  const [{ locale, t }, menu, themes, libraries] = await Promise.all([
    getI18n(),
    getTrainingMenu(filters),
    listThemes(),
    listVenueLibraries(),
  ]);
  return (
    <>
      <PageHeader title={t("trainings.title")} lead={t("trainings.lead")} />
      {menu.currentMenus.length > 0 ? (
        <section aria-labelledby="tarjottimet" className="mb-8">
          <h2 id="tarjottimet" className={H2}>
            {t("trainings.currentMenus")}
          </h2>
          <CurrentMenus menus={menu.currentMenus} />
        </section>
      ) : null}
      <TrainingFilters
        filters={filters}
        themes={themes}
        months={upcomingMonths(12)}
        libraries={libraries}
        active={active}
        t={t}
        locale={locale}
      />
      <section aria-labelledby="tulevat" className="mb-8">
        <h2 id="tulevat" className={H2}>
          {t("trainings.upcoming")}
        </h2>
        {menu.sessions.length === 0 ? (
          <p>
            {active ? (
              <>
                {t("trainings.emptyFiltered")} <Link href="/koulutukset">{t("trainings.filter.clear")}</Link>
              </>
            ) : (
              t("trainings.empty")
            )}
          </p>
        ) : (
          <>
            <p className="mb-3 text-gray-800">{t("trainings.upcomingCount", { count: menu.sessions.length })}</p>
            <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
              {menu.sessions.map((session) => (
                <SessionCard key={session.id} session={session} t={t} locale={locale} />
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="jatkuvat" className="mb-8">
        <h2 id="jatkuvat" className={H2}>
          {t("trainings.continuous")}
        </h2>
        <p className="mb-3 text-gray-800">{t("trainings.continuousLead")}</p>
        {menu.continuous.length === 0 ? (
          <p>{t("trainings.continuousEmpty")}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {menu.continuous.map((offering) => (
              <OfferingCard key={offering.slug} offering={offering} t={t} locale={locale} />
            ))}
          </ul>
        )}
      </section>
      {menu.pastMenus.length > 0 ? (
        <section aria-labelledby="aiemmat">
          <h2 id="aiemmat" className={H2}>
            {t("trainings.pastMenus")}
          </h2>
          <PastMenuList menus={menu.pastMenus} t={t} />
        </section>
      ) : null}
    </>
  );
}
