import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { MenuForm } from "@/components/trainings-admin/menu-form";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("trainingsAdmin.menu.newTitle") };
}

export default async function NewMenuPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/koulutukset/hallinta/tarjottimet/uusi");
  if (!can(actor, "menu.manage")) notFound();
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/koulutukset/hallinta">{t("trainingsAdmin.back")}</Link>
      </p>
      <PageHeader title={t("trainingsAdmin.menu.newTitle")} />
      <MenuForm mode="create" defaults={{}} text={pickText(t, ["trainingsAdmin."])} />
    </>
  );
}
