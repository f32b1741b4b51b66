import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatDay } from "@/lib/dates";
import { getMyExchanges, type ExchangeItem } from "@/lib/exchanges/overview/data";
import { getI18n } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { displayNameWithLibrary } from "@/lib/users/rules";

// Per request: one person's own exchanges.
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exchangeOverview.title") };
}

function ExchangeList({
  id,
  title,
  items,
  empty,
  showApplicant,
  t,
}: {
  id: string;
  title: string;
  items: ExchangeItem[];
  empty: string;
  showApplicant: boolean;
  t: Translate;
}) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-2xl font-bold text-brand-900">
        {title}
      </h2>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded border border-gray-300 p-3">
              <Link href={`/tyon-varjostus/hakemukset/${item.id}`} className="font-semibold">
                {item.offer.title}
              </Link>
              <p className="text-sm text-gray-700">
                {item.offer.hostLibrary.name} · {item.offer.round.title}
                {showApplicant ? ` · ${displayNameWithLibrary(item.applicant, t)}` : null}
              </p>
              <p>
                {t(`exchangeApplications.status.${item.status}`)}
                {item.visitDate ? ` · ${t("exchangeOverview.visitDate", { date: formatDay(item.visitDate) })}` : null}
                {item.reportDue ? <strong> · {t("exchangeOverview.reportDue")}</strong> : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function MyExchangesPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/tyon-varjostus/omat");
  const [{ t }, exchanges] = await Promise.all([getI18n(), getMyExchanges(actor)]);
  if (!exchanges) redirect("/kirjaudu?callbackUrl=/tyon-varjostus/omat");
  const supervises = actor.roles.includes("SUPERVISOR");
  const manages = actor.roles.includes("COORDINATOR") || actor.roles.includes("ADMIN");
  return (
    <>
      <p className="mb-4">
        <Link href="/tyon-varjostus">{t("exchanges.title")}</Link>
      </p>
      <PageHeader title={t("exchangeOverview.title")} lead={t("exchangeOverview.lead")} />
      <ExchangeList
        id="omat-hakemukset"
        title={t("exchangeOverview.mine")}
        items={exchanges.mine}
        empty={t("exchangeOverview.mineEmpty")}
        showApplicant={false}
        t={t}
      />
      {exchanges.hosting.length > 0 ? (
        <ExchangeList
          id="vastaanotettavat"
          title={t("exchangeOverview.hosting")}
          items={exchanges.hosting}
          empty=""
          showApplicant
          t={t}
        />
      ) : null}
      {supervises ? (
        <ExchangeList
          id="luvat"
          title={t("exchangeOverview.consent")}
          items={exchanges.consent}
          empty={t("exchangeOverview.consentEmpty")}
          showApplicant
          t={t}
        />
      ) : null}
      {manages ? (
        <ExchangeList
          id="toteutettavat"
          title={t("exchangeOverview.toComplete")}
          items={exchanges.toComplete}
          empty={t("exchangeOverview.toCompleteEmpty")}
          showApplicant
          t={t}
        />
      ) : null}
    </>
  );
}
