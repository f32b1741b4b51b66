import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { MenuForm } from "@/components/trainings-admin/menu-form";
import { MenuStatusForm } from "@/components/trainings-admin/menu-status-form";
import { OfferingTable } from "@/components/trainings-admin/offering-table";
import { pickText } from "@/components/forms/pick-text";
import { MenuStatusBadge } from "@/components/trainings-admin/status-badges";
import { dayInput } from "@/components/forms/values";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getMenuForManagement } from "@/lib/trainings/data";
import { nextMenuStatuses } from "@/lib/trainings/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/koulutukset/hallinta/tarjottimet/[menuId]">): Promise<Metadata> {
  const { menuId } = await params;
  const [{ t }, menu] = await Promise.all([getI18n(), getMenuForManagement(await getActor(), menuId)]);
  return { title: menu?.title ?? t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";

export default async function MenuAdminPage({
  params,
}: PageProps<"/[locale]/koulutukset/hallinta/tarjottimet/[menuId]">) {
  const { menuId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/koulutukset/hallinta/tarjottimet/${encodeURIComponent(menuId)}`);
  const menu = await getMenuForManagement(actor, menuId);
  if (!menu) notFound();
  const { locale, t } = await getI18n();
  const text = pickText(t, ["trainingsAdmin."]);
  const next = nextMenuStatuses(menu.status)[0];
  return (
    <>
      <p className="mb-4">
        <Link href="/koulutukset/hallinta">{t("trainingsAdmin.back")}</Link>
      </p>
      <PageHeader title={menu.title}>
        <p className="mt-2">
          <MenuStatusBadge status={menu.status} t={t} />
        </p>
      </PageHeader>
      <section aria-labelledby="julkaisu" className="mb-8">
        <h2 id="julkaisu" className={H2}>
          {t("trainingsAdmin.menu.status")}
        </h2>
        <p className="mb-2">
          {t("trainingsAdmin.menu.statusNow", { status: t(`trainingsAdmin.status.${menu.status}`) })}
        </p>
        {menu.status === "PUBLISHED" ? (
          <p className="mb-3">
            <Link href="/koulutukset">{t("trainingsAdmin.menu.publicLink")}</Link>
          </p>
        ) : null}
        {next ? <MenuStatusForm menuId={menu.id} next={next} text={text} /> : null}
      </section>
      <section aria-labelledby="koulutukset" className="mb-8">
        <h2 id="koulutukset" className={H2}>
          {t("trainingsAdmin.menu.offerings")}
        </h2>
        <p className="mb-4">
          <Link
            href={`/koulutukset/hallinta/tarjottimet/${menu.id}/uusi-koulutus`}
            className="inline-flex min-h-11 items-center rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
          >
            {t("trainingsAdmin.menu.newOffering")}
          </Link>
        </p>
        {menu.offerings.length === 0 ? (
          <p>{t("trainingsAdmin.menu.noOfferings")}</p>
        ) : (
          <OfferingTable offerings={menu.offerings} t={t} locale={locale} />
        )}
      </section>
      <section aria-labelledby="tiedot">
        <h2 id="tiedot" className={H2}>
          {t("trainingsAdmin.menu.details")}
        </h2>
        <MenuForm
          mode="edit"
          defaults={{
            menuId: menu.id,
            title: menu.title,
            slug: menu.slug,
            periodStart: dayInput(menu.periodStart),
            periodEnd: dayInput(menu.periodEnd),
            intro: menu.intro ?? "",
          }}
          text={text}
        />
      </section>
    </>
  );
}
