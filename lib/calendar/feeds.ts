// Whole calendars: the public menu feed, a person's own feed, one meeting's
// .ics (snapshots, no METHOD), and the invitations attached to mails (iTIP
// REQUEST or CANCEL to one attendee). All of them give an entry the same UID
// and SEQUENCE, so a calendar updates it instead of adding a second one.
import { helsinkiToday, isoDay } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translate";
import { type CalendarSession, sessionEvent } from "./events";
import { renderCalendar, type IcsCalendar, type IcsEvent, type IcsPerson } from "./ics";
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
    kitLoans?: readonly KitLoanEntry[];
    networkEvents?: readonly CalendarSession[];
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
        ...(feed.kitLoans ?? []).map((loan) => kitLoanEvent(loan, options.appUrl, t)),
        // Not enrolled: the event as the public menu shows it, without the remote link.
        ...(feed.networkEvents ?? []).map((session) => sessionEvent(session, { appUrl: options.appUrl, t })),
      ],
    },
    options.now,
  );
}

/** A network's events as a public calendar: GET /api/networks/{slug}/events.ics (issue 14). */
export function networkCalendar(
  sessions: readonly CalendarSession[],
  options: { appUrl: string; network: { name: string }; now?: Date },
): string {
  const t = translator("fi");
  return renderCalendar(
    {
      name: t("calendar.ics.networkName", { network: options.network.name }),
      refreshMinutes: FEED_REFRESH_MINUTES,
      events: sessions.map((session) => sessionEvent(session, { appUrl: options.appUrl, t })),
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
    { name: t("calendar.ics.meetingName"), events: [meetingEvent(meeting, { appUrl: options.appUrl, t })] },
    options.now,
  );
}

/** pike-kokous-2023-11-29.ics: ASCII only, the meeting's Helsinki day, nothing from its title. */
export function meetingFileName(meeting: Pick<CalendarMeeting, "startsAt">): string {
  return `pike-kokous-${isoDay(helsinkiToday(meeting.startsAt))}.ics`;
}

/**
 * An invitation as a mail carries it (nodemailer's `icalEvent`): a
 * text/calendar part with the METHOD in its Content-Type beside the text,
 * and the same as an .ics attachment (iMIP, RFC 6047), so that calendar
 * clients process it as an invitation or its update.
 */
export type CalendarInvitation = { method: NonNullable<IcsCalendar["method"]>; filename: string; content: string };

export type InvitationOptions = {
  appUrl: string;
  /** The recipient's language. */
  locale: Locale;
  /** REQUEST adds or updates the recipient's entry; CANCEL removes it. */
  method: NonNullable<IcsCalendar["method"]>;
  /** Who sends it (the mail's From). */
  organizer: IcsPerson;
  /** Who it goes to. */
  attendee: IcsPerson;
  now?: Date;
};

function invitation(event: IcsEvent, filename: string, name: string, options: InvitationOptions): CalendarInvitation {
  const { method } = options;
  const addressed: IcsEvent = { ...event, organizer: options.organizer, attendees: [options.attendee] };
  // A cancellation says which entry goes and nothing more (no agenda, no
  // remote link): it may go to someone who is no longer invited.
  const scheduled: IcsEvent =
    method === "CANCEL" ? { ...addressed, description: null, status: "CANCELLED" } : addressed;
  return { method, filename, content: renderCalendar({ name, method, events: [scheduled] }, options.now) };
}

/** One meeting as an invitation, e.g. in the mail that publishes the agenda or moves the meeting. */
export function meetingInvitation(meeting: CalendarMeeting, options: InvitationOptions): CalendarInvitation {
  const t = translator(options.locale);
  const event = meetingEvent(meeting, { appUrl: options.appUrl, t });
  return invitation(event, meetingFileName(meeting), t("calendar.ics.meetingName"), options);
}

/** One session as an invitation to one enrolled person (waitlisted: a tentative entry without the remote link). */
export function sessionInvitation(
  session: CalendarSession,
  options: InvitationOptions & { includeRemoteUrl?: boolean; waitlisted?: boolean },
): CalendarInvitation {
  const t = translator(options.locale);
  const event = sessionEvent(session, {
    appUrl: options.appUrl,
    t,
    includeRemoteUrl: options.includeRemoteUrl,
    waitlisted: options.waitlisted,
  });
  return invitation(event, "koulutus.ics", t("calendar.ics.menuName"), options);
}

/** A kit's loan period as an all-day invitation to the library concerned (issue 12). */
export function kitLoanInvitation(
  loan: {
    id: string;
    kitName: string;
    kitSlug: string;
    libraryName: string;
    startDate: string;
    endDate: string;
    status: "TENTATIVE" | "CONFIRMED";
  },
  options: InvitationOptions,
): CalendarInvitation {
  const t = translator(options.locale);
  const day = (iso: string, plus = 0) => new Date(Date.parse(`${iso}T00:00:00Z`) + plus * 86_400_000);
  const event: IcsEvent = {
    uid: `kit-reservation-${loan.id}@pike-portaali`,
    start: day(loan.startDate),
    end: day(loan.endDate, 1),
    allDay: true,
    summary: `${t("kits.title")}: ${loan.kitName}`,
    location: loan.libraryName,
    url: `${options.appUrl}/pike-boksit/${encodeURIComponent(loan.kitSlug)}`,
    status: loan.status,
    // Requested 0, confirmed 1, cancelled or declined 2: each step replaces the one before.
    sequence: options.method === "CANCEL" ? 2 : loan.status === "CONFIRMED" ? 1 : 0,
  };
  return invitation(event, "pike-boksi.ics", t("kits.title"), options);
}

/**
 * A job-shadowing visit's agreed day as an all-day invitation (issue 15): to
 * the visitor and to the host. Accepted is SEQUENCE 0; a withdrawal cancels
 * it with SEQUENCE 1, so the entry goes from both calendars.
 */
export function exchangeVisitInvitation(
  visit: { applicationId: string; offerTitle: string; hostLibraryName: string; visitDate: string },
  options: InvitationOptions,
): CalendarInvitation {
  const t = translator(options.locale);
  const day = (iso: string, plus = 0) => new Date(Date.parse(`${iso}T00:00:00Z`) + plus * 86_400_000);
  const event: IcsEvent = {
    uid: `exchange-visit-${visit.applicationId}@pike-portaali`,
    start: day(visit.visitDate),
    end: day(visit.visitDate, 1),
    allDay: true,
    summary: `${t("exchanges.title")}: ${visit.offerTitle}`,
    location: visit.hostLibraryName,
    url: `${options.appUrl}/tyon-varjostus`,
    status: "CONFIRMED",
    sequence: options.method === "CANCEL" ? 1 : 0,
  };
  return invitation(event, "tyon-varjostus.ics", t("exchanges.title"), options);
}

/** A kit loan of the owner's library in the personal feed: all day, from the first to the last day. */
export type KitLoanEntry = {
  id: string;
  kitName: string;
  kitSlug: string;
  libraryName: string;
  startDate: string;
  endDate: string;
  status: string;
};

function kitLoanEvent(loan: KitLoanEntry, appUrl: string, t: ReturnType<typeof translator>): IcsEvent {
  const day = (iso: string, plus = 0) => new Date(Date.parse(`${iso}T00:00:00Z`) + plus * 86_400_000);
  return {
    // The same UID as the loan's mailed invitation: a calendar keeps one entry.
    uid: `kit-reservation-${loan.id}@pike-portaali`,
    start: day(loan.startDate),
    end: day(loan.endDate, 1),
    allDay: true,
    summary: `${t("kits.title")}: ${loan.kitName}`,
    location: loan.libraryName,
    url: `${appUrl}/pike-boksit/${encodeURIComponent(loan.kitSlug)}`,
    status: loan.status === "REQUESTED" ? "TENTATIVE" : "CONFIRMED",
    sequence: loan.status === "REQUESTED" ? 0 : 1,
  };
}
