import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { pickText } from "@/components/forms/pick-text";
import { ThemeForm } from "@/components/trainings-admin/theme-form";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listThemesForManagement } from "@/lib/trainings/data";
import { ScrollRegion } from "@/components/ui/scroll-region";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("trainingsAdmin.themes.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function ThemesAdminPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/koulutukset/hallinta/teemat");
  const themes = await listThemesForManagement(actor);
  if (!themes) notFound();
  const { t } = await getI18n();
  return (
    <>
      <p className="mb-4">
        <Link href="/koulutukset/hallinta">{t("trainingsAdmin.back")}</Link>
      </p>
      <PageHeader title={t("trainingsAdmin.themes.title")} lead={t("trainingsAdmin.themes.lead")} />
      <section aria-labelledby="teemat" className="mb-8">
        <h2 id="teemat" className={H2}>
          {t("trainingsAdmin.themes.list")}
        </h2>
        {themes.length === 0 ? (
          <p>{t("trainingsAdmin.themes.empty")}</p>
        ) : (
          <ScrollRegion label={t("trainingsAdmin.themes.list")}>
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-gray-400">
                  <th scope="col" className="py-2 pr-4">
                    {t("trainingsAdmin.field.nameFi")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("trainingsAdmin.field.nameEn")}
                  </th>
                  <th scope="col" className="py-2 text-right">
                    {t("trainingsAdmin.themes.offerings")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {themes.map((theme) => (
                  <tr key={theme.id} className="border-b border-gray-300">
                    <th scope="row" className="py-2 pr-4 font-semibold">
                      <Link
                        href={`/koulutukset/hallinta/teemat/${theme.id}`}
                        aria-label={t("trainingsAdmin.themes.rename", { name: theme.nameFi })}
                      >
                        {theme.nameFi}
                      </Link>
                    </th>
                    <td className="py-2 pr-4" lang="en">
                      {theme.nameEn}
                    </td>
                    <td className="py-2 text-right">{theme.offeringCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
      <section aria-labelledby="uusi-teema">
        <h2 id="uusi-teema" className={H2}>
          {t("trainingsAdmin.themes.new")}
        </h2>
        <ThemeForm mode="create" defaults={{}} text={pickText(t, ["trainingsAdmin."])} />
      </section>
    </>
  );
}
