import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import Link from "next/link";
import { EXCHANGES_TAG } from "@/lib/cache/tags";
import { ExchangeManageLink } from "@/components/exchanges/exchange-manage-link";
import { ExchangeRounds } from "@/components/exchanges/exchange-rounds";
import { PageHeader } from "@/components/ui/page-header";
import { listExchangeRounds } from "@/lib/exchanges/data";
import { getI18n } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exchanges.title") };
}

export default async function ExchangesPage() {
  // The same for every visitor (public data, asked as nobody in particular): served from the cache.
  "use cache";
  cacheTag(EXCHANGES_TAG);
  cacheLife("hours");
  const [{ locale, t }, rounds] = await Promise.all([getI18n(), listExchangeRounds(null)]);
  return (
    <>
      <PageHeader title={t("exchanges.title")} lead={t("exchanges.lead")} />
      <ExchangeManageLink label={t("exchangeRounds.manage")} />
      <ul className="mb-6 space-y-1">
        <li>
          <Link href="/tyon-varjostus/paikat">{t("exchangeOffers.browse.link")}</Link>
        </li>
        <li>
          {/* For signed-in staff: a signed-out reader is asked to sign in first. */}
          <Link href="/tyon-varjostus/raportit">{t("exchangeReports.list.link")}</Link>
        </li>
        <li>
          <Link href="/tyon-varjostus/omat">{t("exchangeOverview.link")}</Link>
        </li>
      </ul>
      <ExchangeRounds rounds={rounds} locale={locale} t={t} />
    </>
  );
}
