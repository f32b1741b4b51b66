import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { ThemeForm } from "@/components/trainings-admin/theme-form";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listThemesForManagement } from "@/lib/trainings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("trainingsAdmin.theme.editTitle") };
}

export default async function ThemeAdminPage({ params }: PageProps<"/[locale]/koulutukset/hallinta/teemat/[themeId]">) {
  const { themeId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/koulutukset/hallinta/teemat/${encodeURIComponent(themeId)}`);
  const theme = (await listThemesForManagement(actor))?.find((row) => row.id === themeId);
  if (!theme) notFound();
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/koulutukset/hallinta/teemat">{t("trainingsAdmin.themes.title")}</Link>
      </p>
      <PageHeader title={`${t("trainingsAdmin.theme.editTitle")}: ${theme.nameFi}`} />
      <ThemeForm
        mode="rename"
        defaults={{
          themeId: theme.id,
          nameFi: theme.nameFi,
          nameEn: theme.nameEn,
          description: theme.description ?? "",
        }}
        text={pickText(t, ["trainingsAdmin."])}
      />
    </>
  );
}
