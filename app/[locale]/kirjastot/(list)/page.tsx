import type { Metadata } from "next";
import { LibraryDirectory } from "@/components/libraries/library-directory";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listLibrariesByRegion } from "@/lib/libraries/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("libraries.title") };
}

export default async function LibrariesPage() {
  const actor = await getActor();
  const [{ t }, groups] = await Promise.all([getI18n(), listLibrariesByRegion(actor)]);
  return (
    <>
      <PageHeader title={t("libraries.title")} lead={t("libraries.lead")} />
      <LibraryDirectory groups={groups} t={t} />
    </>
  );
}
