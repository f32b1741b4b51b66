// Reads for the calendar feeds: the published training menu (public) and a
// person's own enrolments (behind their secret token).
import "server-only";
import { db, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/config";
import type { CalendarSession } from "./events";

export const calendarSessionSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  status: true,
  place: true,
  remoteUrl: true,
  updatedAt: true,
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

export type PersonalFeed = {
  locale: Locale;
  entries: { status: "CONFIRMED" | "WAITLISTED"; session: CalendarSession }[];
};

/** The enrolments behind a calendar token; null for a token nobody has (any more). */
export async function findPersonalFeed(
  token: string,
  options: { now?: Date } = {},
  client: Db = db(),
): Promise<PersonalFeed | null> {
  const now = options.now ?? new Date();
  const user = await client.user.findUnique({
    where: { calendarToken: token },
    select: {
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
  return {
    locale: user.locale,
    entries: user.enrolments.map((e) => ({
      status: e.status === "WAITLISTED" ? "WAITLISTED" : "CONFIRMED",
      session: e.session,
    })),
  };
}

export async function getCalendarToken(userId: string, client: Db = db()): Promise<string | null> {
  const user = await client.user.findUnique({ where: { id: userId }, select: { calendarToken: true } });
  return user?.calendarToken ?? null;
}
