import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { placeChoices } from "@/components/trainings-admin/place-choices";
import { SessionForm } from "@/components/trainings-admin/session-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getOfferingForManagement, listPlaceOptions } from "@/lib/trainings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("trainingsAdmin.createSession") };
}

export default async function NewSessionPage({
  params,
}: PageProps<"/[locale]/koulutukset/hallinta/koulutukset/[offeringId]/uusi-tilaisuus">) {
  const { offeringId } = await params;
  const actor = await getActor();
  if (!actor) {
    redirect(
      `/kirjaudu?callbackUrl=/koulutukset/hallinta/koulutukset/${encodeURIComponent(offeringId)}/uusi-tilaisuus`,
    );
  }
  if (!can(actor, "session.manage")) notFound();
  const offering = await getOfferingForManagement(actor, offeringId);
  if (!offering) notFound();
  const [{ t }, places] = await Promise.all([getI18n(), listPlaceOptions()]);
  return (
    <>
      <p className="mb-4">
        <Link href={`/koulutukset/hallinta/koulutukset/${offering.id}`}>
          {t("trainingsAdmin.session.backToOffering")}
        </Link>
      </p>
      <PageHeader title={t("trainingsAdmin.session.newTitle", { offering: offering.title })} />
      <SessionForm
        mode="create"
        defaults={{ offeringId: offering.id, eligibility: "REGION" }}
        places={placeChoices(places)}
        text={pickText(t, ["trainingsAdmin."])}
      />
    </>
  );
}
