import type { Metadata } from "next";
import Link from "next/link";
import { ActionItemsView } from "@/components/action-items/action-items-view";
import { PageHeader } from "@/components/ui/page-header";
import { listActionItemsForPage } from "@/lib/action-items/data";
import { canSeeActionItems } from "@/lib/action-items/rules";
import { parsePageFilters } from "@/lib/action-items/schema";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";

// Per request: reads the session or the query (ADR 17). A reader whose
// filters name nobody in particular gets their audience's cached copy
// instead (proxy.ts → /nakyma/…/toimenpiteet/[filters], ADR 23).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("actionItems.page.title") };
}

export default async function ActionItemsPage({ searchParams }: PageProps<"/[locale]/toimenpiteet">) {
  const [{ t }, actor, params] = await Promise.all([getI18n(), getActor(), searchParams]);
  if (!actor) {
    return (
      <>
        <PageHeader title={t("actionItems.page.title")} lead={t("actionItems.page.signedOut")} />
        <p>
          <Link href="/kirjaudu?callbackUrl=/toimenpiteet">{t("meetings.signInLink")}</Link>
        </p>
      </>
    );
  }
  if (!canSeeActionItems(actor)) {
    return (
      <>
        <PageHeader title={t("actionItems.page.title")} />
        <p>{t("meetings.noLibrary")}</p>
      </>
    );
  }
  const filters = parsePageFilters(params);
  const page = await listActionItemsForPage(actor, filters);
  return <ActionItemsView actor={actor} filters={filters} page={page} markedDone={params.tehty === "1"} t={t} />;
}
