import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { AnnouncementForm } from "@/components/networks/announcement-form";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { postAnnouncementAction } from "@/lib/networks/announcements/actions";
import { getChairedNetwork, getNetwork } from "@/lib/networks/data";

// Per request: reads the session (ADR 17); the network's chairs and coordinators only (others: 404).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/verkostot/[slug]/tiedotteet/uusi">): Promise<Metadata> {
  const [{ t }, { slug }] = await Promise.all([getI18n(), params]);
  const network = await getNetwork(null, slug);
  return { title: network ? t("networkAnnouncements.newTitle", { network: network.name }) : t("notFound.title") };
}

export default async function NewAnnouncementPage({ params }: PageProps<"/[locale]/verkostot/[slug]/tiedotteet/uusi">) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/verkostot/${encodeURIComponent(slug)}/tiedotteet/uusi`);
  const network = await getChairedNetwork(actor, slug);
  if (!network) notFound();
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href={`/verkostot/${network.slug}`}>{network.name}</Link>
      </p>
      <PageHeader
        title={t("networkAnnouncements.newTitle", { network: network.name })}
        lead={t("networkAnnouncements.newLead")}
      />
      <AnnouncementForm
        action={postAnnouncementAction}
        networkId={network.id}
        text={pickText(t, ["networkAnnouncements."])}
      />
    </>
  );
}
