import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { NetworkEventForm } from "@/components/networks/network-event-form";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getChairedNetwork, getNetwork } from "@/lib/networks/data";
import { createNetworkEventAction } from "@/lib/networks/events/actions";

// Per request: reads the session (ADR 17); the network's chairs and coordinators only (others: 404).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/verkostot/[slug]/tapahtumat/uusi">): Promise<Metadata> {
  const [{ t }, { slug }] = await Promise.all([getI18n(), params]);
  const network = await getNetwork(null, slug);
  return { title: network ? t("networkEvents.newTitle", { network: network.name }) : t("notFound.title") };
}

export default async function NewNetworkEventPage({ params }: PageProps<"/[locale]/verkostot/[slug]/tapahtumat/uusi">) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/verkostot/${encodeURIComponent(slug)}/tapahtumat/uusi`);
  const network = await getChairedNetwork(actor, slug);
  if (!network) notFound();
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href={`/verkostot/${network.slug}`}>{network.name}</Link>
      </p>
      <PageHeader title={t("networkEvents.newTitle", { network: network.name })} lead={t("networkEvents.newLead")} />
      <NetworkEventForm
        action={createNetworkEventAction}
        networkId={network.id}
        text={pickText(t, ["networkEvents.", "trainingsAdmin.error."])}
      />
    </>
  );
}
