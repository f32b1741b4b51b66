import type { Metadata } from "next";
import Link from "next/link";
import { OfferFilters } from "@/components/exchanges/offer-filters";
import { OfferListingCard } from "@/components/exchanges/offer-listing";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatDay } from "@/lib/dates";
import { getCurrentRound, listOffers } from "@/lib/exchanges/offers/data";
import { offersQuerySchema, type OffersQuery } from "@/lib/exchanges/offers/schema";
import { getI18n } from "@/lib/i18n/server";
import { listThemes } from "@/lib/trainings/data";

// Per request: the filters are in the query, and a signed-in reader sees how far each offer is (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exchangeOffers.browse.title") };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function OffersPage({ searchParams }: PageProps<"/[locale]/tyon-varjostus/paikat">) {
  const [query, actor, { t, locale }] = await Promise.all([searchParams, getActor(), getI18n()]);
  // Finnish names in the address, as the menu's filters have (?teema=).
  const raw = { theme: one(query.teema), region: one(query.alue), municipality: one(query.kunta) };
  const parsed = offersQuerySchema.safeParse(raw);
  const filter: OffersQuery = parsed.success ? parsed.data : {};
  const round = await getCurrentRound(actor);
  const [all, offers, themes] = round
    ? await Promise.all([
        listOffers(actor, { round: round.id }),
        listOffers(actor, { ...filter, round: round.id }),
        listThemes(),
      ])
    : [[], [], []];
  const municipalities = [...new Set(all.map((o) => o.hostLibrary.municipality))].sort((a, b) =>
    a.localeCompare(b, "fi"),
  );
  const usedThemes = new Set(all.flatMap((o) => o.themes.map((theme) => theme.slug)));
  return (
    <>
      <p className="mb-4">
        <Link href="/tyon-varjostus">{t("exchanges.title")}</Link>
      </p>
      <PageHeader
        title={t("exchangeOffers.browse.title")}
        lead={
          round
            ? t("exchangeOffers.browse.lead", {
                round: round.title,
                from: formatDay(round.applicationOpensAt),
                to: formatDay(round.applicationClosesAt),
              })
            : t("exchangeOffers.noRound")
        }
      />
      {can(actor, "exchange.offer") && round?.offersOpen ? (
        <p className="mb-6">
          <Link href="/tyon-varjostus/paikat/uusi">{t("exchangeOffers.new")}</Link>
        </p>
      ) : null}
      {round ? (
        <>
          <OfferFilters
            values={parsed.success ? raw : {}}
            themes={themes
              .filter((theme) => usedThemes.has(theme.slug))
              .map((theme) => [theme.slug, locale === "en" ? theme.nameEn : theme.nameFi])}
            municipalities={municipalities}
            t={t}
          />
          {parsed.success ? null : (
            <div className="mb-4">
              <Alert tone="error">{t("exchangeOffers.filter.invalid")}</Alert>
            </div>
          )}
          <p role="status" className="mb-3">
            {t("exchangeOffers.browse.count", { count: offers.length })}
          </p>
          {!actor ? <p className="mb-3 text-sm text-gray-700">{t("exchangeOffers.browse.signInForDistance")}</p> : null}
          {offers.length > 0 ? (
            <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
              {offers.map((offer) => (
                <OfferListingCard key={offer.id} offer={offer} locale={locale} t={t} />
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </>
  );
}
