import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetingOverview } from "@/components/meetings/meeting-overview";
import { listPreviousActionItemsOf } from "@/lib/action-items/data";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getMeetingForActor } from "@/lib/meetings/data";

// Per request: reads the session (ADR 17). A reader whose audience's copy
// serves them gets /nakyma/…/kokoukset/[id] instead (proxy.ts, ADR 23); this
// page answers the rest: the meeting's secretary, and anyone the proxy could
// not place.
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/kokoukset/[id]">): Promise<Metadata> {
  const { id } = await params;
  const [{ t }, meeting] = await Promise.all([getI18n(), getMeetingForActor(await getActor(), id)]);
  return { title: meeting?.title ?? t("notFound.title") };
}

export default async function MeetingPage({ params }: PageProps<"/[locale]/kokoukset/[id]">) {
  const { id } = await params;
  const actor = await getActor();
  const meeting = await getMeetingForActor(actor, id);
  if (!meeting) notFound();
  const [{ locale, t }, previousActionItems] = await Promise.all([
    getI18n(),
    listPreviousActionItemsOf(actor, meeting),
  ]);
  return (
    <MeetingOverview meeting={meeting} previousActionItems={previousActionItems} actor={actor} locale={locale} t={t} />
  );
}
