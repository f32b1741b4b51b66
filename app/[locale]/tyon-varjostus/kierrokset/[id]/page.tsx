import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { RoundFiguresView } from "@/components/exchanges/round-figures";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getRoundFigures } from "@/lib/exchanges/figures/data";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session (ADR 17); coordinators only (others: 404).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exchangeFigures.pageTitle") };
}

/** One round's figures and their downloads (issue 15 item 5). */
export default async function ExchangeRoundFiguresPage({
  params,
}: PageProps<"/[locale]/tyon-varjostus/kierrokset/[id]">) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/tyon-varjostus/kierrokset/${encodeURIComponent(id)}`);
  if (!can(actor, "exchange.manage")) notFound();
  const [{ t }, figures] = await Promise.all([getI18n(), getRoundFigures(actor, id)]);
  if (!figures) notFound();
  const { round } = figures;
  return (
    <>
      <p className="mb-4">
        <Link href="/tyon-varjostus/kierrokset">{t("exchangeRounds.title")}</Link>
      </p>
      <PageHeader
        title={t("exchangeFigures.title", { round: `${round.title} (${round.year})` })}
        lead={t("exchangeFigures.lead")}
      >
        <p className="mt-2">{t("exchangeFigures.status", { status: t(`exchangeRounds.status.${round.status}`) })}</p>
      </PageHeader>
      <RoundFiguresView figures={figures} exportBase={`/api/exports/exchange-rounds/${round.id}/figures`} t={t} />
    </>
  );
}
