// Reads for the calendar feeds: the published training menu (public), a
// person's own enrolments and visible meetings (behind their secret token),
// and one meeting's .ics. Meeting visibility lives in the `where`, as in
// lib/meetings/data.ts: a meeting the reader may not see is not found.
import "server-only";
import { visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/config";
import type { CalendarSession } from "./events";
import type { CalendarMeeting } from "./meetings";
import { isUuid } from "@/lib/http/fields";
import { addDays, today } from "@/lib/dates/days";
import { listLibraryLoansForFeed, type CalendarKitLoan } from "@/lib/kits/usage/data";

export const calendarSessionSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  place: true,
  remoteUrl: true,
  updatedAt: true,
  icsSequence: true,
  servicePoint: {
    select: { name: true, address: true, postalCode: true, city: true, library: { select: { name: true } } },
  },
  restrictedLibrary: { select: { name: true } },
  offering: { select: { slug: true, title: true, summary: true } },
} as const satisfies Prisma.TrainingSessionSelect;

// Compile-time check that the select gives what events.ts expects.
type Selected = Prisma.TrainingSessionGetPayload<{ select: typeof calendarSessionSelect }>;
const _sameShape: (s: Selected) => CalendarSession = (s) => s;
void _sameShape;

/** Sessions that ended this long ago stay in the feeds, so subscribed calendars keep recent history. */
const MENU_FEED_HISTORY_MS = 30 * 24 * 60 * 60 * 1000;
const PERSONAL_FEED_HISTORY_MS = 365 * 24 * 60 * 60 * 1000;

export type ThemeName = { slug: string; nameFi: string; nameEn: string };

export async function findTheme(slug: string, client: Db = db()): Promise<ThemeName | null> {
  return client.theme.findUnique({ where: { slug }, select: { slug: true, nameFi: true, nameEn: true } });
}

/**
 * Sessions of offerings in published menus, optionally of one theme, soonest
 * first. Cancelled ones are included so that calendars show them cancelled
 * instead of silently dropping them. The remote link is selected for the
 * type's sake; the public feed never writes it.
 */
export async function listMenuFeedSessions(
  options: { themeSlug?: string; now?: Date } = {},
  client: Db = db(),
): Promise<CalendarSession[]> {
  const now = options.now ?? new Date();
  return client.trainingSession.findMany({
    where: {
      endsAt: { gte: new Date(now.getTime() - MENU_FEED_HISTORY_MS) },
      offering: {
        menu: { status: "PUBLISHED" },
        ...(options.themeSlug ? { themes: { some: { theme: { slug: options.themeSlug } } } } : {}),
      },
    },
    select: calendarSessionSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 1_000,
  });
}

/**
 * A network's events (issue 14): sessions of its EVENT offerings in published
 * menus, a year back and everything ahead, for its public feed. Cancelled ones
 * stay, so calendars show them cancelled.
 */
export async function listNetworkFeedSessions(
  networkId: string,
  options: { now?: Date } = {},
  client: Db = db(),
): Promise<CalendarSession[]> {
  const now = options.now ?? new Date();
  return client.trainingSession.findMany({
    where: {
      endsAt: { gte: new Date(now.getTime() - PERSONAL_FEED_HISTORY_MS) },
      offering: { networkId, kind: "EVENT", menu: { status: "PUBLISHED" } },
    },
    select: calendarSessionSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 1_000,
  });
}

const calendarMeetingSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  location: true,
  remoteUrl: true,
  status: true,
  updatedAt: true,
  icsSequence: true,
  agendaItems: { select: { title: true, updatedAt: true }, orderBy: { position: "asc" } },
} as const satisfies Prisma.MeetingSelect;

type CalendarMeetingRow = Prisma.MeetingGetPayload<{ select: typeof calendarMeetingSelect }>;

/**
 * The agenda titles are in the description, so an edited agenda is a newer
 * LAST-MODIFIED; only a change of time, place or link raises SEQUENCE.
 */
function toCalendarMeeting({ agendaItems, updatedAt, ...meeting }: CalendarMeetingRow): CalendarMeeting {
  const latest = Math.max(updatedAt.getTime(), ...agendaItems.map((item) => item.updatedAt.getTime()));
  return { ...meeting, updatedAt: new Date(latest), agendaTitles: agendaItems.map((item) => item.title) };
}

/** One meeting as a calendar event, if the actor may see it; null for unknown, invisible or malformed ids. */
export async function findCalendarMeeting(
  actor: Actor | null,
  id: string,
  client: Db = db(),
): Promise<CalendarMeeting | null> {
  if (!isUuid(id)) return null;
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return null;
  const meeting = await client.meeting.findFirst({
    where: { id, status: { in: statuses } },
    select: calendarMeetingSelect,
  });
  return meeting ? toCalendarMeeting(meeting) : null;
}

/** The meetings the actor may see that have not ended or ended within the last 12 months, soonest first. */
export async function listFeedMeetings(
  actor: Actor | null,
  options: { now?: Date } = {},
  client: Db = db(),
): Promise<CalendarMeeting[]> {
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return [];
  const now = options.now ?? new Date();
  const meetings = await client.meeting.findMany({
    where: { status: { in: statuses }, endsAt: { gte: new Date(now.getTime() - PERSONAL_FEED_HISTORY_MS) } },
    select: calendarMeetingSelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return meetings.map(toCalendarMeeting);
}

export type PersonalFeed = {
  locale: Locale;
  entries: { status: "CONFIRMED" | "WAITLISTED"; session: CalendarSession }[];
  meetings: CalendarMeeting[];
  /** The owner's library's live kit loans (issue 12), whole days. */
  kitLoans: CalendarKitLoan[];
  /** Events of the networks the owner is an active member of, not enrolled in (issue 14). */
  networkEvents: CalendarSession[];
};

/**
 * The enrolments and the visible meetings behind a calendar token; null for a
 * token nobody has (any more). Meetings follow the owner's roles as they are
 * now: someone who leaves the steering group stops seeing its drafts at once.
 */
export async function findPersonalFeed(
  token: string,
  options: { now?: Date } = {},
  client: Db = db(),
): Promise<PersonalFeed | null> {
  const now = options.now ?? new Date();
  const user = await client.user.findUnique({
    where: { calendarToken: token },
    select: {
      id: true,
      roles: true,
      libraryId: true,
      locale: true,
      enrolments: {
        // Attended sessions were confirmed ones: they stay in the calendar as history.
        where: {
          status: { in: ["CONFIRMED", "WAITLISTED", "ATTENDED"] },
          session: { endsAt: { gte: new Date(now.getTime() - PERSONAL_FEED_HISTORY_MS) } },
        },
        select: { status: true, session: { select: calendarSessionSelect } },
        orderBy: { session: { startsAt: "asc" } },
      },
    },
  });
  if (!user) return null;
  const owner: Actor = { id: user.id, roles: user.roles, libraryId: user.libraryId };
  // An enrolled event is already an entry (with the enrolment's status); the rest come as the network's.
  const enrolledIds = user.enrolments.map((e) => e.session.id);
  return {
    locale: user.locale,
    entries: user.enrolments.map((e) => ({
      status: e.status === "WAITLISTED" ? "WAITLISTED" : "CONFIRMED",
      session: e.session,
    })),
    meetings: await listFeedMeetings(owner, { now }, client),
    kitLoans: await listLibraryLoansForFeed(user.libraryId, addDays(today(now), -365), client),
    networkEvents: await client.trainingSession.findMany({
      where: {
        id: { notIn: enrolledIds },
        endsAt: { gte: new Date(now.getTime() - PERSONAL_FEED_HISTORY_MS) },
        offering: {
          kind: "EVENT",
          menu: { status: "PUBLISHED" },
          network: { archivedAt: null, memberships: { some: { userId: user.id, status: "ACTIVE" } } },
        },
      },
      select: calendarSessionSelect,
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: 500,
    }),
  };
}

export async function getCalendarToken(userId: string, client: Db = db()): Promise<string | null> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { calendarToken: true } });
  return user?.calendarToken ?? null;
}
