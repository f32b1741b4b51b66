import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplyForm } from "@/components/exchanges/application-forms";
import { OfferListingCard } from "@/components/exchanges/offer-listing";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatDay } from "@/lib/dates";
import { applyAction } from "@/lib/exchanges/applications/actions";
import { getOfferPage } from "@/lib/exchanges/offers/data";
import { isUuid } from "@/lib/http/fields";
import { getI18n } from "@/lib/i18n/server";

// Per request: what the reader may do (apply, their own application) is theirs (ADR 17).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/tyon-varjostus/paikat/[id]">): Promise<Metadata> {
  const [{ id }, { t }] = await Promise.all([params, getI18n()]);
  const offer = isUuid(id) ? await getOfferPage(null, id) : null;
  return { title: offer?.title ?? t("notFound.title") };
}

export default async function OfferPage({ params }: PageProps<"/[locale]/tyon-varjostus/paikat/[id]">) {
  const { id } = await params;
  const actor = await getActor();
  const offer = isUuid(id) ? await getOfferPage(actor, id) : null;
  if (!offer) notFound();
  const { t, locale } = await getI18n();
  const H2 = "mb-3 text-2xl font-bold text-brand-900";
  const window = { from: formatDay(offer.round.applicationOpensAt), to: formatDay(offer.round.applicationClosesAt) };
  const applySection = () => {
    if (!actor) {
      return (
        <p>
          <Link href={`/kirjaudu?callbackUrl=/tyon-varjostus/paikat/${offer.id}`}>
            {t("exchangeApplications.signInToApply")}
          </Link>
        </p>
      );
    }
    if (offer.ownApplicationId) {
      return (
        <p>
          <Link href={`/tyon-varjostus/hakemukset/${offer.ownApplicationId}`}>
            {t("exchangeApplications.ownApplication")}
          </Link>
        </p>
      );
    }
    if (!offer.applicationsOpen) return <p>{t("exchangeApplications.notOpen", window)}</p>;
    if (!can(actor, "exchange.apply") || !actor.libraryId) return <p>{t("exchanges.error.noLibrary")}</p>;
    if (offer.ownLibrary) return <p>{t("exchanges.error.ownLibrary")}</p>;
    return (
      <>
        <p className="mb-3">{t("exchangeApplications.applyLead", window)}</p>
        <ApplyForm
          action={applyAction}
          offerId={offer.id}
          days={offer.days.map((d) => ({ value: d.toISOString().slice(0, 10), label: formatDay(d) }))}
          text={pickText(t, ["exchangeApplications.", "exchanges.error."])}
        />
      </>
    );
  };
  return (
    <>
      <p className="mb-4">
        <Link href="/tyon-varjostus/paikat">{t("exchangeOffers.browse.title")}</Link>
      </p>
      <PageHeader title={offer.title} lead={offer.round.title} />
      <ul className="mb-8">
        <OfferListingCard offer={offer} locale={locale} t={t} hideTitle />
      </ul>
      <section aria-labelledby="haku">
        <h2 id="haku" className={H2}>
          {t("exchangeApplications.applyTitle")}
        </h2>
        {applySection()}
      </section>
    </>
  );
}
