import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { removeMaterialAction } from "@/lib/materials/actions";
import { getMaterialForRemoval } from "@/lib/materials/data";
import { canEditMaterials } from "@/lib/materials/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("materials.removeTitle") };
}

/** The confirmation step before a material is removed; works without JavaScript. */
export default async function RemoveMaterialPage({
  params,
}: PageProps<"/[locale]/kokoukset/[id]/materiaalit/[materialId]/poista">) {
  const { id, materialId } = await params;
  const actor = await getActor();
  if (!actor) {
    redirect(
      `/kirjaudu?callbackUrl=/kokoukset/${encodeURIComponent(id)}/materiaalit/${encodeURIComponent(materialId)}/poista`,
    );
  }
  const found = await getMaterialForRemoval(actor, id, materialId);
  if (!found) notFound();
  const back = `/kokoukset/${found.meeting.id}/materiaalit`;
  // Approved minutes lock the materials; the materials page says so.
  if (!canEditMaterials(actor, found.meeting)) redirect(back);
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("materials.removeTitle")} lead={found.meeting.title} />
      <div className="max-w-2xl space-y-3">
        <p className="text-lg break-words">
          {t("materials.removeQuestion", {
            title: found.material.title,
            position: found.item.position,
            item: found.item.title,
          })}
        </p>
        <p>{t("materials.removeFinal")}</p>
        <ConfirmActionForm
          action={removeMaterialAction}
          fields={{ meetingId: found.meeting.id, materialId: found.material.id }}
          submitLabel="materials.removeSubmit"
          text={pickText(t, ["materials."])}
        />
        <p>
          <Link href={back}>{t("materials.removeKeep")}</Link>
        </p>
      </div>
    </>
  );
}
