import type { Metadata } from "next";
import { cacheLife, cacheTag } from "next/cache";
import { notFound } from "next/navigation";
import { MeetingOverview } from "@/components/meetings/meeting-overview";
import { listPreviousActionItemsOf } from "@/lib/action-items/data";
import { audienceActor } from "@/lib/auth/audience";
import { authSecret } from "@/lib/auth/secret";
import { MEETINGS_TAG } from "@/lib/cache/tags";
import { getI18n } from "@/lib/i18n/server";
import { getMeetingForActor } from "@/lib/meetings/data";
import { BUILD_PLACEHOLDER } from "@/lib/pages/placeholder";

// A meeting's page as one audience sees it (ADR 23): reached only through
// proxy.ts's rewrite of /kokoukset/[id] for a signed-in reader, rendered on
// its first request and then served from the cache until a meetings write
// invalidates MEETINGS_TAG (or a minute passes: overdue flags follow the day).
export function generateStaticParams() {
  return [{ audience: BUILD_PLACEHOLDER, id: BUILD_PLACEHOLDER }];
}

type Props = PageProps<"/[locale]/nakyma/[audience]/kokoukset/[id]">;

async function cachedMeeting(audience: string, id: string) {
  "use cache";
  cacheTag(MEETINGS_TAG);
  cacheLife("minutes");
  const actor = audienceActor(audience, authSecret);
  return actor ? { actor, meeting: await getMeetingForActor(actor, id) } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { audience, id } = await params;
  const [{ t }, found] = await Promise.all([getI18n(), cachedMeeting(audience, id)]);
  return { title: found?.meeting?.title ?? t("notFound.title"), robots: { index: false } };
}

export default async function AudienceMeetingPage({ params }: Props) {
  const { audience, id } = await params;
  return <CachedMeetingPage audience={audience} id={id} />;
}

async function CachedMeetingPage({ audience, id }: { audience: string; id: string }) {
  "use cache";
  cacheTag(MEETINGS_TAG);
  cacheLife("minutes");
  const found = await cachedMeeting(audience, id);
  if (!found?.meeting) notFound();
  const { actor, meeting } = found;
  const [{ locale, t }, previousActionItems] = await Promise.all([
    getI18n(),
    listPreviousActionItemsOf(actor, meeting),
  ]);
  return (
    <MeetingOverview meeting={meeting} previousActionItems={previousActionItems} actor={actor} locale={locale} t={t} />
  );
}
