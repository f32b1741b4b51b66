import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { MenuTable } from "@/components/trainings-admin/menu-table";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listMenusForManagement } from "@/lib/trainings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("trainingsAdmin.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function TrainingsAdminPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/koulutukset/hallinta");
  const menus = await listMenusForManagement(actor);
  if (!menus) notFound();
  const { t } = await getI18n();
  return (
    <>
      <PageHeader title={t("trainingsAdmin.title")} lead={t("trainingsAdmin.lead")} />
      <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/koulutukset/hallinta/teemat">{t("trainingsAdmin.nav.themes")}</Link>
        </li>
        <li>
          <Link href="/tilaukset">{t("trainingsAdmin.nav.orders")}</Link>
        </li>
        <li>
          <Link href="/koulutukset">{t("trainingsAdmin.nav.publicMenu")}</Link>
        </li>
      </ul>
      <section aria-labelledby="tarjottimet">
        <h2 id="tarjottimet" className={H2}>
          {t("trainingsAdmin.menus.title")}
        </h2>
        <p className="mb-4">
          <Link
            href="/koulutukset/hallinta/tarjottimet/uusi"
            className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
          >
            {t("trainingsAdmin.menus.new")}
          </Link>
        </p>
        {menus.length === 0 ? <p>{t("trainingsAdmin.menus.empty")}</p> : <MenuTable menus={menus} t={t} />}
      </section>
    </>
  );
}
