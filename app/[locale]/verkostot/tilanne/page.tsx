import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { NetworkHealthReport } from "@/components/networks/network-health";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getNetworkHealth } from "@/lib/networks/health/data";

// Per request: reads the session (ADR 17); coordinators only (others: 404).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("networkHealth.title") };
}

export default async function NetworkHealthPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/verkostot/tilanne");
  const [{ t }, view] = await Promise.all([getI18n(), getNetworkHealth(actor)]);
  if (!view) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/verkostot">{t("networks.backToList")}</Link>
      </p>
      <PageHeader title={t("networkHealth.title")} lead={t("networkHealth.lead", { months: 6 })} />
      <NetworkHealthReport view={view} t={t} />
    </>
  );
}
