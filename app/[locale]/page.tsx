import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { EXCHANGES_TAG, MENU_TAG, pageTag } from "@/lib/cache/tags";
import { CurrentExchange } from "@/components/home/current-exchange";
import { getCurrentRound } from "@/lib/exchanges/offers/data";
import { Vision } from "@/components/home/vision";
import { SessionCard } from "@/components/trainings/session-card";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { cachedPage } from "@/lib/pages/cached";
import { cachedUpcomingSessions } from "@/lib/trainings/cached";

const SERVICES: { href: string; label: MessageKey; description: MessageKey }[] = [
  { href: "/kokoukset", label: "nav.meetings", description: "home.section.meetings" },
  { href: "/koulutukset", label: "nav.trainings", description: "home.section.trainings" },
  { href: "/pike-boksit", label: "nav.kits", description: "home.section.kits" },
  { href: "/verkostot", label: "nav.networks", description: "home.section.networks" },
  { href: "/tyon-varjostus", label: "nav.exchanges", description: "home.section.exchanges" },
  { href: "/kirjastot", label: "nav.libraries", description: "home.section.libraries" },
];

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function HomePage() {
  // The rendered page is the cache entry (tags: the menu, the vision text, the rounds).
  // An application window opening or closing shows within the cache's minutes.
  "use cache";
  cacheTag(MENU_TAG, pageTag("visio"), EXCHANGES_TAG);
  cacheLife("minutes");
  const [{ locale, t }, vision, sessions, exchangeRound] = await Promise.all([
    getI18n(),
    cachedPage("visio"),
    cachedUpcomingSessions(4),
    getCurrentRound(null),
  ]);
  return (
    <>
      <PageHeader title={t("home.title")} lead={t("home.lead")} />
      {vision ? <Vision page={vision} /> : null}
      <CurrentExchange round={exchangeRound} t={t} className={H2} />
      <section aria-labelledby="tulevat-koulutukset" className="mb-8">
        <h2 id="tulevat-koulutukset" className={H2}>
          {t("home.upcomingTitle")}
        </h2>
        {sessions.length === 0 ? (
          <p>{t("home.noUpcoming")}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {sessions.map((session) => (
              <SessionCard key={session.id} session={session} t={t} locale={locale} />
            ))}
          </ul>
        )}
        <p className="mt-4">
          <Link href="/koulutukset">{t("home.allTrainings")}</Link>
        </p>
      </section>
      <section aria-labelledby="palvelut">
        <h2 id="palvelut" className={H2}>
          {t("home.sections")}
        </h2>
        <ul className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {SERVICES.map((service) => (
            <li key={service.href} className="break-words rounded border border-gray-300 p-4">
              <h3 className="text-lg font-semibold">
                <Link href={service.href}>{t(service.label)}</Link>
              </h3>
              <p className="mt-1 text-gray-800">{t(service.description)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
