import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AgendaEditor } from "@/components/meetings-admin/agenda-editor";
import { AgendaItemForm } from "@/components/meetings-admin/agenda-item-form";
import { AgendaMailingList } from "@/components/meetings-admin/agenda-mailing";
import { AttendanceForm } from "@/components/meetings-admin/attendance-form";
import { MeetingForm } from "@/components/meetings-admin/meeting-form";
import { StatusForm } from "@/components/meetings-admin/status-form";
import { StatusHistory } from "@/components/meetings-admin/status-history";
import { AttendeeList } from "@/components/meetings/attendee-list";
import { MeetingNav } from "@/components/meetings/meeting-nav";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { MEETING_FORM_TEXT } from "@/components/meetings-admin/form-text";
import { pickText } from "@/components/forms/pick-text";
import { helsinkiLocalInput } from "@/components/forms/values";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getActor } from "@/lib/auth/session";
import { formatRange } from "@/lib/dates";
import { getI18n } from "@/lib/i18n/server";
import {
  getAgendaMailing,
  getMeetingForEdit,
  listMeetingPeople,
  listMeetingStatusHistory,
} from "@/lib/meetings/admin/data";
import { canDeleteMeeting, isMeetingLocked, MEETING_TRANSITIONS } from "@/lib/meetings/rules";
import { displayNameWithLibrary } from "@/lib/users/rules";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

export async function generateMetadata({ params }: PageProps<"/[locale]/kokoukset/[id]/muokkaa">): Promise<Metadata> {
  const { id } = await params;
  const [{ t }, meeting] = await Promise.all([getI18n(), getMeetingForEdit(await getActor(), id)]);
  return { title: meeting ? `${t("meetingNav.edit")}: ${meeting.title}` : t("notFound.title") };
}

const H2 = "mb-3 text-2xl font-bold text-brand-900";
const H3 = "mb-2 text-xl font-bold text-brand-900";

/** Coordinators: the meeting's stage, details, attendance and agenda on one page. */
export default async function EditMeetingPage({ params, searchParams }: PageProps<"/[locale]/kokoukset/[id]/muokkaa">) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await getActor();
  if (!actor) redirect(`/kirjaudu?callbackUrl=/kokoukset/${encodeURIComponent(id)}/muokkaa`);
  const meeting = await getMeetingForEdit(actor, id);
  if (!meeting) notFound();
  const [{ locale, t }, people, history, mailing] = await Promise.all([
    getI18n(),
    listMeetingPeople(actor),
    listMeetingStatusHistory(actor, meeting.id),
    getAgendaMailing(actor, meeting.id),
  ]);
  const text = pickText(t, MEETING_FORM_TEXT);
  const locked = isMeetingLocked(meeting.status);
  const next = MEETING_TRANSITIONS[meeting.status][0];
  return (
    <>
      <p className="mb-4">
        <Link href={`/kokoukset/${meeting.id}`}>{t("meetingsAdmin.backToMeeting")}</Link>
      </p>
      <PageHeader title={meeting.title} lead={formatRange(meeting.startsAt, meeting.endsAt, locale)}>
        <p className="mt-2">
          <span className="sr-only">{t("meetings.status")}: </span>
          <MeetingStatusBadge status={meeting.status} t={t} />
        </p>
      </PageHeader>
      <MeetingNav meeting={meeting} actor={actor} current="edit" t={t} />
      {query.uusi === "1" ? (
        <div className="mb-6">
          <Alert tone="success">{t("meetingsAdmin.created")}</Alert>
        </div>
      ) : null}

      <section aria-labelledby="vaihe" className="mb-10">
        <h2 id="vaihe" className={H2}>
          {t("meetingsAdmin.status.title")}
        </h2>
        <p className="mb-3 max-w-3xl">{t(`meetingsAdmin.status.lead.${meeting.status}`)}</p>
        {next ? (
          <StatusForm
            meetingId={meeting.id}
            current={meeting.status}
            next={next}
            recipients={{
              mailed: meeting.attendees.filter((a) => a.invitable).map((a) => displayNameWithLibrary(a, t)),
              notMailed: meeting.attendees.filter((a) => !a.invitable).map((a) => displayNameWithLibrary(a, t)),
            }}
            text={text}
          />
        ) : null}
        {mailing ? <AgendaMailingList mailing={mailing} t={t} locale={locale} /> : null}
        <h3 className={`${H3} mt-6`}>{t("meetingsAdmin.history.title")}</h3>
        <StatusHistory entries={history} t={t} locale={locale} />
      </section>

      <section aria-labelledby="tiedot" className="mb-10">
        <h2 id="tiedot" className={H2}>
          {t("meetingsAdmin.details.title")}
        </h2>
        {locked ? (
          <Alert>{t("meetingsAdmin.details.locked")}</Alert>
        ) : (
          <MeetingForm
            mode="edit"
            defaults={{
              meetingId: meeting.id,
              title: meeting.title,
              startsAt: helsinkiLocalInput(meeting.startsAt),
              endsAt: helsinkiLocalInput(meeting.endsAt),
              location: meeting.location ?? "",
              remoteUrl: meeting.remoteUrl ?? "",
              chairId: meeting.chairId ?? "",
              secretaryId: meeting.secretaryId ?? "",
              attendeeIds: meeting.attendees.map((a) => a.userId),
            }}
            people={people}
            text={text}
          />
        )}
      </section>

      <section aria-labelledby="lasnaolo" className="mb-10">
        <h2 id="lasnaolo" className={H2}>
          {t("meetingsAdmin.attendance.title")}
        </h2>
        {locked || meeting.attendees.length === 0 ? (
          <AttendeeList attendees={meeting.attendees} t={t} />
        ) : (
          <>
            <p className="mb-3 max-w-3xl">{t("meetingsAdmin.attendance.lead")}</p>
            <AttendanceForm meetingId={meeting.id} attendees={meeting.attendees} text={text} />
          </>
        )}
      </section>

      <section aria-labelledby="asialista" className="mb-10">
        <h2 id="asialista" className={H2}>
          {t("meetingsAdmin.agenda.title")}
        </h2>
        {locked ? (
          <ol className="list-decimal space-y-1 pl-6">
            {meeting.items.map((item) => (
              <li key={item.id} className="break-words">
                {item.title}
              </li>
            ))}
          </ol>
        ) : (
          <>
            <p className="mb-4 max-w-3xl">{t("meetingsAdmin.agenda.lead")}</p>
            <AgendaEditor meetingId={meeting.id} items={meeting.items} people={people} text={text} />
            <h3 className={`${H3} mt-8`}>{t("meetingsAdmin.agenda.add")}</h3>
            <AgendaItemForm
              mode="create"
              idPrefix="uusi-kohta-"
              defaults={{ meetingId: meeting.id }}
              people={people}
              text={text}
            />
          </>
        )}
      </section>

      {canDeleteMeeting(meeting.status) ? (
        <section aria-labelledby="poisto">
          <h2 id="poisto" className={H2}>
            {t("meetingsAdmin.delete.title")}
          </h2>
          <p className="mb-2 max-w-3xl">{t("meetingsAdmin.delete.lead")}</p>
          <p>
            <Link href={`/kokoukset/${meeting.id}/muokkaa/poista`}>{t("meetingsAdmin.delete.link")}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
