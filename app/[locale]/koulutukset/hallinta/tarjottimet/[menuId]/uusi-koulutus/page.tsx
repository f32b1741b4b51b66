import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { OfferingForm } from "@/components/trainings-admin/offering-form";
import { pickText } from "@/components/forms/pick-text";
import { themeName } from "@/components/trainings/theme-names";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getMenuForManagement, listMenuOptions, listThemeOptions } from "@/lib/trainings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("trainingsAdmin.createOffering") };
}

export default async function NewOfferingPage({
  params,
}: PageProps<"/[locale]/koulutukset/hallinta/tarjottimet/[menuId]/uusi-koulutus">) {
  const { menuId } = await params;
  const actor = await getActor();
  if (!actor) {
    redirect(`/kirjaudu?callbackUrl=/koulutukset/hallinta/tarjottimet/${encodeURIComponent(menuId)}/uusi-koulutus`);
  }
  if (!can(actor, "offering.manage")) notFound();
  const menu = await getMenuForManagement(actor, menuId);
  if (!menu) notFound();
  const [{ locale, t }, menus, themes] = await Promise.all([getI18n(), listMenuOptions(), listThemeOptions()]);
  return (
    <>
      <p className="mb-4">
        <Link href={`/koulutukset/hallinta/tarjottimet/${menu.id}`}>{t("trainingsAdmin.offering.backToMenu")}</Link>
      </p>
      <PageHeader title={t("trainingsAdmin.offering.newTitle", { menu: menu.title })} />
      <OfferingForm
        mode="create"
        defaults={{ menuId: menu.id }}
        menus={menus.map((m) => ({ value: m.id, label: `${m.title} (${t(`trainingsAdmin.status.${m.status}`)})` }))}
        themes={themes.map((theme) => ({ value: theme.id, label: themeName({ slug: "", ...theme }, locale) }))}
        text={pickText(t, ["trainingsAdmin.", "trainings.kind."])}
      />
    </>
  );
}
