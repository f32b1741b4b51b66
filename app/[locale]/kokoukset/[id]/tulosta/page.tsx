import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingNav } from "@/components/meetings/meeting-nav";
import { PrintButton } from "@/components/minutes/print-button";
import { PrintableMinutes } from "@/components/minutes/printable-minutes";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth/session";
import { getI18n } from "@/lib/i18n/server";
import { getPrintableMeeting } from "@/lib/meetings/data";

// Per request: reads the session or the query (ADR 17).
export const instant = false;

type Props = PageProps<"/[locale]/kokoukset/[id]/tulosta">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [{ t }, meeting] = await Promise.all([getI18n(), getPrintableMeeting(await getActor(), id)]);
  return { title: meeting ? t("minutes.print.metaTitle", { title: meeting.title }) : t("notFound.title") };
}

export default async function PrintMinutesPage({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  const meeting = await getPrintableMeeting(actor, id);
  if (!meeting) notFound();
  const { locale, t } = await getI18n();
  return (
    <>
      <p className="mb-4 print:hidden">
        <Link href={`/kokoukset/${meeting.id}`}>{t("minutes.backToMeeting")}</Link>
      </p>
      {meeting.minutesDraft ? (
        // Repeated on every printed page (position: fixed), hidden on screen.
        <div aria-hidden="true" className="print-watermark hidden print:block">
          {t("minutes.print.draftMark")}
        </div>
      ) : null}
      <div className="mb-6">
        <p className="text-sm font-bold tracking-widest text-gray-700 uppercase">
          {t(meeting.minutesVisible ? "minutes.print.minutesDocument" : "minutes.print.agendaDocument")}
        </p>
        <h1 className="text-3xl font-bold break-words hyphens-auto text-brand-900">{meeting.title}</h1>
        {meeting.minutesDraft ? (
          <p className="mt-3 inline-block border-4 border-double border-gray-900 px-3 py-1 text-2xl font-bold tracking-widest">
            {t("minutes.print.draftMark")}
            <span className="sr-only">: {t("minutes.print.draftNote")}</span>
          </p>
        ) : null}
      </div>
      <MeetingNav meeting={meeting} actor={actor} current="print" t={t} />
      <div className="mb-6 flex flex-wrap items-center gap-4 print:hidden">
        <PrintButton label={t("minutes.print.button")} />
        <p className="text-gray-700">{t("minutes.print.hint")}</p>
      </div>
      {meeting.minutesDraft ? (
        <div className="mb-6 print:hidden">
          <Alert>{t("minutes.print.draftNote")}</Alert>
        </div>
      ) : null}
      {!meeting.minutesVisible ? (
        <div className="mb-6 print:hidden">
          <Alert>{t("minutes.print.agendaNote")}</Alert>
        </div>
      ) : null}
      <PrintableMinutes meeting={meeting} t={t} locale={locale} />
    </>
  );
}
