import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { MENU_PAGE_SIZE, type TrainingMenuPage, type ThemeName } from "@/lib/trainings/data";
import { trainingFiltersQuery, type TrainingFilters as Filters } from "@/lib/trainings/schema";
import { CurrentMenus } from "@/components/trainings/current-menus";
import { OfferingCard } from "@/components/trainings/offering-card";
import { PastMenuList } from "@/components/trainings/past-menu-list";
import { SessionCard } from "@/components/trainings/session-card";
import { TrainingFilters } from "@/components/trainings/training-filters";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";

const H2 = "mb-3 text-2xl font-bold text-brand-900";

/** A page of the menu's sessions: the first unfiltered one is the cached /koulutukset, the rest /koulutukset/haku. */
function menuPageHref(filters: Filters, page: number): string {
  const query = new URLSearchParams(trainingFiltersQuery(filters));
  if (page === 1 && query.size === 0) return "/koulutukset";
  if (page > 1) query.set("sivu", String(page));
  return `/koulutukset/haku?${query.toString()}`;
}

/** Koulutustarjotin: the cached unfiltered page and the filtered one (/koulutukset/haku) alike. */
export function TrainingMenuView({
  menu,
  themes,
  libraries,
  months,
  filters,
  active,
  t,
  locale,
}: {
  menu: TrainingMenuPage;
  themes: ThemeName[];
  libraries: { slug: string; name: string }[];
  /** The month filter's choices (from the render that made the page). */
  months: string[];
  filters: Filters;
  active: boolean;
  t: Translate;
  locale: Locale;
}) {
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
        months={months}
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
            <p className="mb-3 text-gray-800">
              {menu.page === 1 && !menu.moreSessions
                ? t("trainings.upcomingCount", { count: menu.sessions.length })
                : t("trainings.upcomingRange", {
                    from: (menu.page - 1) * MENU_PAGE_SIZE + 1,
                    to: (menu.page - 1) * MENU_PAGE_SIZE + menu.sessions.length,
                  })}
            </p>
            <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
              {menu.sessions.map((session) => (
                <SessionCard key={session.id} session={session} t={t} locale={locale} />
              ))}
            </ul>
            <Pager page={menu.page} hasNext={menu.moreSessions} hrefFor={(page) => menuPageHref(filters, page)} t={t} />
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
