// Whole calendars: the public menu feed, a person's own feed, and the single
// event attached to mails.
import type { Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { type CalendarSession, sessionEvent } from "./events";
import { ICS_CONTENT_TYPE, renderCalendar } from "./ics";

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

export function personalCalendar(
  feed: { locale: Locale; entries: readonly { status: "CONFIRMED" | "WAITLISTED"; session: CalendarSession }[] },
  options: { appUrl: string; now?: Date },
): string {
  const t = translator(feed.locale);
  return renderCalendar(
    {
      name: t("calendar.ics.personalName"),
      refreshMinutes: FEED_REFRESH_MINUTES,
      events: feed.entries.map(({ status, session }) =>
        sessionEvent(session, {
          appUrl: options.appUrl,
          t,
          waitlisted: status === "WAITLISTED",
          includeRemoteUrl: status === "CONFIRMED",
        }),
      ),
    },
    options.now,
  );
}

export type CalendarAttachment = { filename: string; content: string; contentType: string };

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
