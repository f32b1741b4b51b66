import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import { notFound } from "next/navigation";
import { ActionItemsView } from "@/components/action-items/action-items-view";
import { listActionItemsForPage } from "@/lib/action-items/data";
import { canSeeActionItems } from "@/lib/action-items/rules";
import { filtersOfSegment } from "@/lib/action-items/schema";
import { audienceActor } from "@/lib/auth/audience";
import { authSecret } from "@/lib/auth/secret";
import { MEETINGS_TAG } from "@/lib/cache/tags";
import { getI18n } from "@/lib/i18n/server";
import { BUILD_PLACEHOLDER } from "@/lib/pages/placeholder";

// The action items page as one audience sees it with filters that name
// nobody (ADR 23): reached only through proxy.ts's rewrite of /toimenpiteet,
// cached until a meetings write invalidates MEETINGS_TAG, or a minute passes
// (overdue follows the day). Whose items are the reader's own, the islands say.
export function generateStaticParams() {
  return [{ audience: BUILD_PLACEHOLDER, filters: BUILD_PLACEHOLDER }];
}

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("actionItems.page.title"), robots: { index: false } };
}

export default async function AudienceActionItemsPage({
  params,
}: PageProps<"/[locale]/nakyma/[audience]/toimenpiteet/[filters]">) {
  const { audience, filters } = await params;
  return <CachedActionItems audience={audience} filters={filters} />;
}

async function CachedActionItems({ audience, filters: segment }: { audience: string; filters: string }) {
  "use cache";
  cacheTag(MEETINGS_TAG);
  cacheLife("minutes");
  const actor = audienceActor(audience, authSecret);
  const filters = filtersOfSegment(segment);
  if (!actor || !filters || !canSeeActionItems(actor)) notFound();
  const [{ t }, page] = await Promise.all([getI18n(), listActionItemsForPage(actor, filters)]);
  return <ActionItemsView actor={actor} filters={filters} page={page} audience t={t} />;
}
