import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { MeetingNav } from "@/components/meetings/meeting-nav";
import { MEETING_FORM_TEXT } from "@/components/meetings-admin/form-text";
import { pickText } from "@/components/forms/pick-text";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatRange } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import { deleteMeetingAction } from "@/lib/meetings/actions";
import { getMeetingForEdit } from "@/lib/meetings/admin/data";
import { canDeleteMeeting } from "@/lib/meetings/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t("meetingsAdmin.delete.title") };
}

/** The confirmation step before a planned meeting is deleted; works without JavaScript. */
export default async function DeleteMeetingPage({ params }: PageProps<"/[locale]/kokoukset/[id]/muokkaa/poista">) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/kokoukset/${encodeURIComponent(id)}/muokkaa/poista`);
  const meeting = await getMeetingForEdit(actor, id);
  if (!meeting) notFound();
  const back = `/kokoukset/${meeting.id}/muokkaa`;
  if (!canDeleteMeeting(meeting.status)) redirect(back);
  const { locale, t } = await getI18n();
  return (
    <>
      <PageHeader title={t("meetingsAdmin.delete.title")} />
      <MeetingNav meeting={meeting} actor={actor} current="edit" t={t} />
      <div className="max-w-2xl space-y-3">
        <p className="text-lg">
          {t("meetingsAdmin.delete.question", {
            title: meeting.title,
            time: formatRange(meeting.startsAt, meeting.endsAt, locale),
          })}
        </p>
        <p>{t("meetingsAdmin.delete.final")}</p>
        <ConfirmActionForm
          action={deleteMeetingAction}
          fields={{ meetingId: meeting.id }}
          submitLabel="meetingsAdmin.delete.submit"
          text={pickText(t, MEETING_FORM_TEXT)}
        />
        <p>
          <Link href={back}>{t("meetingsAdmin.delete.keep")}</Link>
        </p>
      </div>
    </>
  );
}
