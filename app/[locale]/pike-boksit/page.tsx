import type { Metadata } from "next";
import { KitList } from "@/components/kits/kit-list";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listKits } from "@/lib/kits/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("kits.title") };
}

export default async function KitsPage() {
  const actor = await getActor();
  const [{ locale, t }, kits] = await Promise.all([getI18n(), listKits(actor)]);
  return (
    <>
      <PageHeader title={t("kits.title")} lead={t("kits.lead")} />
      <KitList kits={kits} locale={locale} t={t} />
    </>
  );
}
