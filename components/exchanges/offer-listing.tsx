import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { OfferListing } from "@/lib/exchanges/offers/data";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { Day } from "./day";

/** One offer in the browsable list: where, how far, when, how many places are left, and the notes. */
export function OfferListingCard({
  offer,
  locale,
  t,
  hideTitle = false,
}: {
  offer: OfferListing;
  locale: Locale;
  t: Translate;
  /** On the offer's own page its title is the page's heading; the card links there otherwise. */
  hideTitle?: boolean;
}) {
  const row = (label: string, value: React.ReactNode) => (
    <div className="flex flex-wrap gap-x-1">
      <dt className="font-semibold after:content-[':']">{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <li className="rounded border border-gray-300 p-4 break-words">
      <article
        aria-label={hideTitle ? offer.title : undefined}
        aria-labelledby={hideTitle ? undefined : `paikka-${offer.id}`}
      >
        {hideTitle ? null : (
          <h2 id={`paikka-${offer.id}`} className="text-lg font-semibold text-brand-900" lang="fi">
            <Link href={`/tyon-varjostus/paikat/${offer.id}`}>{offer.title}</Link>
          </h2>
        )}
        {offer.distance ? (
          <p className="text-sm font-semibold">{t(`exchangeOffers.distance.${offer.distance}`)}</p>
        ) : null}
        {offer.description ? (
          <p lang="fi" className="mt-2 max-w-3xl whitespace-pre-line">
            {offer.description}
          </p>
        ) : null}
        <dl className="mt-3 space-y-1 text-sm">
          {row(
            t("exchanges.field.hostLibrary"),
            <>
              <Link href={`/kirjastot/${offer.hostLibrary.slug}`}>{offer.hostLibrary.name}</Link> (
              {offer.hostLibrary.municipality}, {t(`libraries.region.${offer.hostLibrary.region}`)})
            </>,
          )}
          {offer.hostName ? row(t("exchanges.field.host"), offer.hostName) : null}
          {row(
            t("exchanges.field.dates"),
            offer.dates.length > 0 ? (
              <span>
                {offer.dates.map((d, i) => (
                  <span key={d.toISOString()}>
                    {i > 0 ? ", " : null}
                    <Day date={d} />
                  </span>
                ))}
              </span>
            ) : (
              <>
                <Day date={offer.startDate} />–<Day date={offer.endDate} />
              </>
            ),
          )}
          {row(
            t("exchanges.field.places"),
            t("exchangeOffers.placesLeft", { left: offer.placesLeft, places: offer.places }),
          )}
          {row(t("exchangeOffers.field.mode"), t(`exchangeOffers.mode.${offer.mode}`))}
          {offer.accessibilityNotes
            ? row(t("exchangeOffers.field.accessibilityNotes"), offer.accessibilityNotes)
            : null}
          {offer.travelNotes ? row(t("exchangeOffers.field.travelNotes"), offer.travelNotes) : null}
          {offer.themes.length > 0
            ? row(
                t("exchanges.field.themes"),
                <ul className="inline-flex flex-wrap gap-1">
                  {offer.themes.map((theme) => (
                    <li key={theme.slug}>
                      <Badge>{(locale === "en" ? theme.nameEn : theme.nameFi) ?? theme.slug}</Badge>
                    </li>
                  ))}
                </ul>,
              )
            : null}
        </dl>
      </article>
    </li>
  );
}
