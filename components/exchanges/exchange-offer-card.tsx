import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ExchangeOfferView } from "@/lib/exchanges/data";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { Day } from "./day";

export function ExchangeOfferCard({ offer, locale, t }: { offer: ExchangeOfferView; locale: Locale; t: Translate }) {
  return (
    <li className="rounded border border-gray-300 p-4 break-words">
      <h3 className="text-lg font-semibold text-brand-900">{offer.title}</h3>
      {offer.description ? (
        <p lang="fi" className="mt-2 max-w-3xl">
          {offer.description}
        </p>
      ) : null}
      <dl className="mt-3 space-y-1 text-sm">
        <div className="flex flex-wrap gap-x-1">
          <dt className="font-semibold after:content-[':']">{t("exchanges.field.hostLibrary")}</dt>
          <dd>
            <Link href={`/kirjastot/${offer.hostLibrary.slug}`}>{offer.hostLibrary.name}</Link>
          </dd>
        </div>
        {offer.hostName ? (
          <div className="flex flex-wrap gap-x-1">
            <dt className="font-semibold after:content-[':']">{t("exchanges.field.host")}</dt>
            <dd>{offer.hostName}</dd>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-x-1">
          <dt className="font-semibold after:content-[':']">{t("exchanges.field.dates")}</dt>
          <dd>
            <Day date={offer.startDate} />–<Day date={offer.endDate} />
          </dd>
        </div>
        <div className="flex flex-wrap gap-x-1">
          <dt className="font-semibold after:content-[':']">{t("exchanges.field.places")}</dt>
          <dd>{t("exchanges.places", { count: offer.places })}</dd>
        </div>
        {offer.themes.length > 0 ? (
          <div className="flex flex-wrap items-center gap-x-1">
            <dt className="font-semibold after:content-[':']">{t("exchanges.field.themes")}</dt>
            <dd>
              <ul className="flex flex-wrap gap-1">
                {offer.themes.map((theme) => (
                  <li key={theme.slug}>
                    <Badge>{(locale === "en" ? theme.nameEn : theme.nameFi) ?? theme.slug}</Badge>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
