import { Markdown } from "@/components/markdown/markdown";
import type { ExchangeRoundView } from "@/lib/exchanges/data";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { ApplicationStateBadge } from "./application-state-badge";
import { Day } from "./day";
import { ExchangeOfferCard } from "./exchange-offer-card";

export function ExchangeRounds({ rounds, locale, t }: { rounds: ExchangeRoundView[]; locale: Locale; t: Translate }) {
  if (rounds.length === 0) return <p>{t("exchanges.empty")}</p>;
  return (
    <div className="space-y-10">
      {rounds.map((round) => (
        <section key={round.id} aria-labelledby={`kierros-${round.id}`}>
          <h2 id={`kierros-${round.id}`} className="text-2xl font-bold break-words text-brand-900">
            {round.title}
          </h2>
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
            <ApplicationStateBadge round={round} t={t} />
            <p>
              <span className="font-semibold">{t("exchanges.applicationWindow")}:</span>{" "}
              <Day date={round.applicationOpensAt} />–<Day date={round.applicationClosesAt} />
            </p>
          </div>
          <Markdown breaks source={round.description} headingLevel={3} lang="fi" className="mt-3" />
          {round.offers.length === 0 ? (
            <p className="mt-4">{t("exchanges.offersEmpty")}</p>
          ) : (
            <ul
              aria-label={t("exchanges.offersTitle", { round: round.title })}
              className="mt-4 grid grid-cols-1 gap-3 md:grid-cols-2"
            >
              {round.offers.map((offer) => (
                <ExchangeOfferCard key={offer.id} offer={offer} locale={locale} t={t} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
