import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { PollForm } from "@/components/polls/poll-form";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { formatDate } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { listMeetingsForActor } from "@/lib/meetings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("polls.newTitle") };
}

export default async function NewPollPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/kokoukset/kyselyt/uusi");
  if (!can(actor, "meeting.manage")) notFound();
  const [{ t }, { upcoming, past }] = await Promise.all([getI18n(), listMeetingsForActor(actor)]);
  // The poll usually serves the "next meeting" item of the latest meeting: the most recent first.
  const meetings = [...[...upcoming].reverse(), ...past].map((meeting) => ({
    value: meeting.id,
    label: `${meeting.title} (${formatDate(meeting.startsAt)})`,
  }));
  return (
    <>
      <p className="mb-4">
        <Link href="/kokoukset/kyselyt">{t("polls.backToList")}</Link>
      </p>
      <PageHeader title={t("polls.newTitle")} lead={t("polls.newLead")} />
      <PollForm defaults={{}} meetings={meetings} text={pickText(t, ["polls."])} />
    </>
  );
}
