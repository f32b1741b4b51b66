import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { MeetingForm } from "@/components/meetings-admin/meeting-form";
import { MEETING_FORM_TEXT } from "@/components/meetings-admin/form-text";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { listMeetingPeople } from "@/lib/meetings/admin/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("meetingsAdmin.new.title") };
}

/** Coordinators: a new meeting, PLANNED, with the standard agenda; the steering group invited by default. */
export default async function NewMeetingPage() {
  const actor = await getActor();
  if (!actor) redirect("/kirjaudu?callbackUrl=/kokoukset/uusi");
  if (!can(actor, "meeting.manage")) notFound();
  const [{ t }, people] = await Promise.all([getI18n(), listMeetingPeople(actor)]);
  return (
    <>
      <p className="mb-4">
        <Link href="/kokoukset">{t("meetings.back")}</Link>
      </p>
      <PageHeader title={t("meetingsAdmin.new.title")} lead={t("meetingsAdmin.new.lead")} />
      <MeetingForm
        mode="create"
        defaults={{ attendeeIds: people.filter((p) => p.steering).map((p) => p.id) }}
        people={people}
        text={pickText(t, MEETING_FORM_TEXT)}
      />
    </>
  );
}
