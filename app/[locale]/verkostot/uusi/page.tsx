import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { NewNetworkForm } from "@/components/networks/network-admin-forms";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { createNetworkAction } from "@/lib/networks/actions";
import { listChairCandidates } from "@/lib/networks/admin/data";

// Per request: reads the session (ADR 17); coordinators only (others: 404).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("networkAdmin.newTitle") };
}

export default async function NewNetworkPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/verkostot/uusi");
  if (!can(actor, "network.manage")) notFound();
  const [{ t }, candidates] = await Promise.all([getI18n(), listChairCandidates(actor)]);
  return (
    <>
      <p className="mb-4">
        <Link href="/verkostot">{t("networks.backToList")}</Link>
      </p>
      <PageHeader title={t("networkAdmin.newTitle")} lead={t("networkAdmin.newLead")} />
      <NewNetworkForm
        action={createNetworkAction}
        chairs={candidates.map((group) => ({
          label: group.library || t("networkAdmin.noLibrary"),
          options: group.people.map((p) => ({ value: p.id, label: p.label })),
        }))}
        text={pickText(t, ["networkAdmin.", "networks.error."])}
      />
    </>
  );
}
