import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { OfferForm } from "@/components/exchanges/offer-form";
import { pickText } from "@/components/forms/pick-text";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatDay } from "@/lib/dates";
import { publishOfferAction } from "@/lib/exchanges/offers/actions";
import { getCurrentRound, listOfferLibraries } from "@/lib/exchanges/offers/data";
import { getI18n } from "@/lib/i18n/server";
import { listThemes } from "@/lib/trainings/data";

// Per request: reads the session (ADR 17); supervisors and coordinators only (others: 404).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exchangeOffers.new") };
}

export default async function NewOfferPage({ searchParams }: PageProps<"/[locale]/tyon-varjostus/paikat/uusi">) {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/tyon-varjostus/paikat/uusi");
  if (!can(actor, "exchange.offer")) notFound();
  const [{ t, locale }, round, themes, libraries, query] = await Promise.all([
    getI18n(),
    getCurrentRound(actor),
    listThemes(),
    listOfferLibraries(actor),
    searchParams,
  ]);
  const coordinates = can(actor, "exchange.manage");
  const own = coordinates
    ? null
    : (libraries.flatMap((g) => g.options).find((o) => o.value === actor.libraryId) ?? null);
  return (
    <>
      <p className="mb-4">
        <Link href="/tyon-varjostus">{t("exchanges.title")}</Link>
      </p>
      <PageHeader title={t("exchangeOffers.new")} lead={t("exchangeOffers.newLead")} />
      {query.tehty === "julkaistu" ? (
        <div className="mb-4">
          <Alert tone="success">
            {t("exchangeOffers.published")} <Link href="/tyon-varjostus">{t("exchangeOffers.seeOffers")}</Link>
          </Alert>
        </div>
      ) : null}
      {!round?.offersOpen ? (
        <p>
          {round
            ? t("exchangeOffers.windowClosedOn", {
                round: round.title,
                from: formatDay(round.offerOpensAt),
                to: formatDay(round.offerClosesAt),
              })
            : t("exchangeOffers.noRound")}
        </p>
      ) : !coordinates && !own ? (
        <p>{t("exchangeOffers.noLibrary")}</p>
      ) : (
        <>
          <p className="mb-4">
            {t("exchangeOffers.forRound", {
              round: round.title,
              from: formatDay(round.visitStartsOn),
              to: formatDay(round.visitEndsOn),
            })}
          </p>
          <OfferForm
            action={publishOfferAction}
            roundId={round.id}
            library={own ? { id: own.value, name: own.label } : null}
            libraries={libraries.map((g) => ({ label: t(`libraries.region.${g.region}`), options: g.options }))}
            themes={themes.map((theme) => ({
              value: theme.slug,
              label: locale === "en" ? theme.nameEn : theme.nameFi,
            }))}
            text={pickText(t, ["exchangeOffers.", "exchanges.error.", "exchangeRounds.error."])}
          />
        </>
      )}
    </>
  );
}
