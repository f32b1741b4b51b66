// Whole calendars: the public menu feed, a person's own feed, one meeting's
// .ics, and the single event attached to mails.
import { helsinkiToday, isoDay } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { type CalendarSession, sessionEvent } from "./events";
import { ICS_CONTENT_TYPE, renderCalendar } from "./ics";
import { type CalendarMeeting, meetingEvent } from "./meetings";

/** Subscribed clients refresh about this often (Outlook takes its own pace). */
const FEED_REFRESH_MINUTES = 60;

export function menuCalendar(
  sessions: readonly CalendarSession[],
  options: { appUrl: string; theme?: { nameFi: string } | null; now?: Date },
): string {
  const t = translator("fi");
  return renderCalendar(
    {
      name: options.theme
        ? t("calendar.ics.menuNameTheme", { theme: options.theme.nameFi })
        : t("calendar.ics.menuName"),
      refreshMinutes: FEED_REFRESH_MINUTES,
      events: sessions.map((session) => sessionEvent(session, { appUrl: options.appUrl, t })),
    },
    options.now,
  );
}

/** A person's own trainings, then the steering-group meetings they may see. */
export function personalCalendar(
  feed: {
    locale: Locale;
    entries: readonly { status: "CONFIRMED" | "WAITLISTED"; session: CalendarSession }[];
    meetings?: readonly CalendarMeeting[];
  },
  options: { appUrl: string; now?: Date },
): string {
  const t = translator(feed.locale);
  return renderCalendar(
    {
      name: t("calendar.ics.personalName"),
      refreshMinutes: FEED_REFRESH_MINUTES,
      events: [
        ...feed.entries.map(({ status, session }) =>
          sessionEvent(session, {
            appUrl: options.appUrl,
            t,
            waitlisted: status === "WAITLISTED",
            includeRemoteUrl: status === "CONFIRMED",
          }),
        ),
        ...(feed.meetings ?? []).map((meeting) => meetingEvent(meeting, { appUrl: options.appUrl, t })),
      ],
    },
    options.now,
  );
}

/** One meeting as a calendar of its own: GET /api/meetings/{id}/event.ics. */
export function meetingCalendar(
  meeting: CalendarMeeting,
  options: { appUrl: string; locale?: Locale; now?: Date },
): string {
  const t = translator(options.locale ?? "fi");
  return renderCalendar(
    {
      name: t("calendar.ics.meetingName"),
      method: "PUBLISH",
      events: [meetingEvent(meeting, { appUrl: options.appUrl, t })],
    },
    options.now,
  );
}

/** pike-kokous-2023-11-29.ics: ASCII only, the meeting's Helsinki day, nothing from its title. */
export function meetingFileName(meeting: Pick<CalendarMeeting, "startsAt">): string {
  return `pike-kokous-${isoDay(helsinkiToday(meeting.startsAt))}.ics`;
}

export type CalendarAttachment = { filename: string; content: string; contentType: string };

/** One meeting as an .ics attachment, e.g. in the mail that publishes the agenda. */
export function meetingAttachment(
  meeting: CalendarMeeting,
  options: { appUrl: string; locale?: Locale; now?: Date },
): CalendarAttachment {
  return {
    filename: meetingFileName(meeting),
    content: meetingCalendar(meeting, options),
    contentType: `${ICS_CONTENT_TYPE}; method=PUBLISH`,
  };
}

/** One session as an .ics attachment (METHOD:PUBLISH: adds or updates the entry). */
export function sessionAttachment(
  session: CalendarSession,
  options: { appUrl: string; locale?: Locale; includeRemoteUrl?: boolean; now?: Date },
): CalendarAttachment {
  const t = translator(options.locale ?? "fi");
  return {
    filename: "koulutus.ics",
    content: renderCalendar(
      {
        name: t("calendar.ics.menuName"),
        method: "PUBLISH",
        events: [sessionEvent(session, { appUrl: options.appUrl, t, includeRemoteUrl: options.includeRemoteUrl })],
      },
      options.now,
    ),
    contentType: `${ICS_CONTENT_TYPE}; method=PUBLISH`,
  };
}
