import type { Metadata } from "next";
import { JoinViaChair } from "@/components/networks/join-via-chair";
import { NetworkList } from "@/components/networks/network-list";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listNetworks } from "@/lib/networks/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("networks.title") };
}

export default async function NetworksPage() {
  const actor = await getActor();
  const [{ t }, networks] = await Promise.all([getI18n(), listNetworks(actor)]);
  return (
    <>
      <PageHeader title={t("networks.title")} lead={t("networks.lead")} />
      <JoinViaChair t={t} />
      <NetworkList networks={networks} t={t} />
    </>
  );
}
