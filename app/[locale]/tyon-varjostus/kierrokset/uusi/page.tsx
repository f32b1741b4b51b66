import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { NewRoundForm } from "@/components/exchanges/round-forms";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { helsinkiToday } from "@/lib/dates";
import { createRoundAction } from "@/lib/exchanges/rounds/actions";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session (ADR 17); coordinators only (others: 404).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("exchangeRounds.new") };
}

export default async function NewExchangeRoundPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/tyon-varjostus/kierrokset/uusi");
  if (!can(actor, "exchange.manage")) notFound();
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/tyon-varjostus/kierrokset">{t("exchangeRounds.title")}</Link>
      </p>
      <PageHeader title={t("exchangeRounds.new")} lead={t("exchangeRounds.newLead")} />
      <NewRoundForm
        action={createRoundAction}
        defaultYear={helsinkiToday().getUTCFullYear() + 1}
        text={pickText(t, ["exchangeRounds.", "exchanges.error."])}
      />
    </>
  );
}
