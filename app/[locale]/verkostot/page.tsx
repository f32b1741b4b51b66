import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import { NETWORKS_TAG } from "@/lib/cache/tags";
import { JoinViaChair } from "@/components/networks/join-via-chair";
import { NetworkList } from "@/components/networks/network-list";
import { NetworkManageLinks } from "@/components/networks/network-manage-links";
import { NetworkSuggestions } from "@/components/networks/network-suggestions";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { getI18n } from "@/lib/i18n/server";
import { listNetworks } from "@/lib/networks/data";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("networks.title") };
}

export default async function NetworksPage() {
  // The same for every visitor (public data, asked as nobody in particular): served from the cache.
  "use cache";
  cacheTag(NETWORKS_TAG);
  cacheLife("hours");
  const [{ t }, networks] = await Promise.all([getI18n(), listNetworks(null)]);
  return (
    <>
      <PageHeader title={t("networks.title")} lead={t("networks.lead")} />
      <NetworkManageLinks newLabel={t("networkAdmin.new")} healthLabel={t("networkHealth.link")} />
      <JoinViaChair t={t} />
      <NetworkSuggestions text={pickText(t, ["networkSuggestions.", "libraries.region."])} />
      <NetworkList networks={networks} t={t} />
    </>
  );
}
