// Steering-group meetings as calendar events: one wording for the meeting's
// own .ics, the personal feed and the agenda mail's invitation.
import type { MeetingStatus } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";
import { snapshotOf, type CalendarSnapshot } from "./changes";
import type { IcsEvent } from "./ics";
import { safeHttpUrl } from "@/lib/http/fields";

/** What a calendar entry says about one meeting. */
export type CalendarMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  remoteUrl: string | null;
  status: MeetingStatus;
  updatedAt: Date;
  /** The entry's SEQUENCE (lib/calendar/changes.ts). */
  icsSequence: number;
  /** Agenda item titles in order, listed in the description when given. */
  agendaTitles?: readonly string[];
};

/** Stable across the meeting's .ics, the feed and the mail, so calendars update instead of duplicating. */
export function meetingUid(meetingId: string): string {
  return `meeting-${meetingId}@pike-portaali`;
}

export function meetingUrl(appUrl: string, meetingId: string): string {
  return new URL(`/kokoukset/${meetingId}`, appUrl).toString();
}

export function meetingEvent(meeting: CalendarMeeting, options: { appUrl: string; t: Translate }): IcsEvent {
  const { t, appUrl } = options;
  const url = meetingUrl(appUrl, meeting.id);
  const remoteUrl = safeHttpUrl(meeting.remoteUrl);
  const agenda = meeting.agendaTitles?.length
    ? [t("calendar.meeting.agenda"), ...meeting.agendaTitles.map((title, i) => `${i + 1}. ${title}`)].join("\n")
    : null;
  const description = [
    meeting.status === "PLANNED" ? t("calendar.meeting.planned") : null,
    agenda,
    remoteUrl ? t("calendar.ics.remoteLink", { url: remoteUrl }) : null,
    t("calendar.ics.moreInfo", { url }),
  ].filter((line): line is string => !!line);
  return {
    uid: meetingUid(meeting.id),
    start: meeting.startsAt,
    end: meeting.endsAt,
    summary: meeting.title,
    location: meeting.location?.trim() || (remoteUrl ? t("common.remote") : null),
    description: description.join("\n\n"),
    url,
    status: meeting.status === "PLANNED" ? "TENTATIVE" : "CONFIRMED",
    lastModified: meeting.updatedAt,
    sequence: meeting.icsSequence,
  };
}

/** The meeting as a change notice remembers it. */
export function meetingSnapshot(
  meeting: Pick<CalendarMeeting, "title" | "startsAt" | "endsAt" | "location" | "remoteUrl">,
): CalendarSnapshot {
  return snapshotOf({ ...meeting, place: meeting.location, remoteUrl: safeHttpUrl(meeting.remoteUrl) });
}
