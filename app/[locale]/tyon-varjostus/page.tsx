import type { Metadata } from "next";
import { ExchangeRounds } from "@/components/exchanges/exchange-rounds";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { listExchangeRounds } from "@/lib/exchanges/data";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exchanges.title") };
}

export default async function ExchangesPage() {
  const actor = await getActor();
  const [{ locale, t }, rounds] = await Promise.all([getI18n(), listExchangeRounds(actor)]);
  return (
    <>
      <PageHeader title={t("exchanges.title")} lead={t("exchanges.lead")} />
      <ExchangeRounds rounds={rounds} locale={locale} t={t} />
    </>
  );
}
