import type { ReactNode } from "react";
import { formatDate, formatRange, isoInstant } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { MeetingDetail } from "@/lib/meetings/data";
import { displayName } from "@/lib/users/rules";
import { MeetingStatusBadge } from "./meeting-status-badge";

/** Time, place, remote link, chair, secretary and status of one meeting. */
export function MeetingFacts({ meeting, t, locale }: { meeting: MeetingDetail; t: Translate; locale: Locale }) {
  const rows: [string, ReactNode][] = [
    [
      t("meetings.time"),
      <time key="time" dateTime={isoInstant(meeting.startsAt)}>
        {formatRange(meeting.startsAt, meeting.endsAt, locale)}
      </time>,
    ],
    [t("meetings.place"), meeting.location ?? (meeting.remoteUrl ? t("common.remote") : t("common.none"))],
  ];
  if (meeting.remoteUrl) {
    rows.push([
      t("meetings.remote"),
      <a key="remote" href={meeting.remoteUrl} rel="noopener noreferrer">
        {t("meetings.remoteLink")}
      </a>,
    ]);
  }
  rows.push(
    [t("meetings.chair"), meeting.chair ? displayName(meeting.chair, t) : t("meetings.notSet")],
    [t("meetings.secretary"), meeting.secretary ? displayName(meeting.secretary, t) : t("meetings.notSet")],
    [
      t("meetings.status"),
      <span key="status" className="flex flex-wrap items-center gap-2">
        <MeetingStatusBadge status={meeting.status} t={t} />
        {meeting.status === "MINUTES_APPROVED" && meeting.approvedAt ? (
          <span>{t("meetings.approvedAt", { date: formatDate(meeting.approvedAt) })}</span>
        ) : null}
      </span>,
    ],
  );
  return (
    <dl className="grid max-w-3xl break-words grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
