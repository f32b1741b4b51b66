import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { PlaybookForm } from "@/components/networks/playbook-form";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { savePlaybookAction } from "@/lib/networks/playbook/actions";
import { getPlaybookForEdit } from "@/lib/networks/playbook/data";

// Per request: reads the session (ADR 17); the network's chairs and coordinators only (others: 404).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/verkostot/[slug]/muokkaa">): Promise<Metadata> {
  const [{ t }, { slug }] = await Promise.all([getI18n(), params]);
  const edit = await getPlaybookForEdit(await getActor(), slug);
  return { title: edit ? t("networksPlaybook.editTitle", { network: edit.network.name }) : t("notFound.title") };
}

export default async function EditPlaybookPage({ params }: PageProps<"/[locale]/verkostot/[slug]/muokkaa">) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/verkostot/${encodeURIComponent(slug)}/muokkaa`);
  const [{ t }, edit] = await Promise.all([getI18n(), getPlaybookForEdit(actor, slug)]);
  if (!edit) notFound();
  return (
    <>
      <PageHeader
        title={t("networksPlaybook.editTitle", { network: edit.network.name })}
        lead={t("networksPlaybook.editLead")}
      />
      <PlaybookForm
        action={savePlaybookAction}
        networkId={edit.network.id}
        slug={edit.network.slug}
        defaults={{ description: edit.description, playbook: edit.playbook, baseRevisionId: edit.baseRevisionId }}
        text={pickText(t, ["networksPlaybook.", "networks.error."])}
      />
    </>
  );
}
