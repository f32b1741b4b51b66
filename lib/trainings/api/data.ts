// The training sessions API (/api/trainings): sessions of published menus,
// filtered by an integration's query, with their waitlist length and offering.
import "server-only";
import { parseHelsinkiLocal } from "@/lib/dates";
import { db } from "@/lib/db";
import type { OfferingKind } from "@/lib/db/enums";
import type { Prisma } from "@/lib/db/generated/client";
import type { TrainingsQuery } from "../schema";
import { sessionViewSelect, toSessionView, type SessionView } from "../data";

/** One published session as the API shows it. */
export type SessionSummary = SessionView & {
  waitlistLength: number;
  offering: { slug: string; title: string; kind: OfferingKind; themes: string[] };
};

const publishedMenu = { status: "PUBLISHED" } as const satisfies Prisma.TrainingMenuWhereInput;

const summarySelect = {
  ...sessionViewSelect,
  offering: {
    select: {
      slug: true,
      title: true,
      kind: true,
      themes: { orderBy: { theme: { sortOrder: "asc" } }, select: { theme: { select: { slug: true } } } },
    },
  },
  _count: { select: { enrolments: { where: { status: "WAITLISTED" } } } },
} as const satisfies Prisma.TrainingSessionSelect;

type SummaryRow = Prisma.TrainingSessionGetPayload<{ select: typeof summarySelect }>;

function toSummary({ offering, _count, ...row }: SummaryRow, now: Date): SessionSummary {
  return {
    ...toSessionView(row, now),
    waitlistLength: _count.enrolments,
    offering: { ...offering, themes: offering.themes.map((t) => t.theme.slug) },
  };
}

/** The first instant of a Helsinki calendar day (yyyy-mm-dd), and of the day after. */
function helsinkiDayBounds(day: string): { start: Date; end: Date } {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  return { start: parseHelsinkiLocal(`${day}T00:00`)!, end: parseHelsinkiLocal(`${next}T00:00`)! };
}

/**
 * Sessions of published menus, soonest first: from the start of `from`
 * (default: now) to the end of `to`. `library` is a member library's slug:
 * sessions held there (host library or one of its service points).
 */
export async function listPublishedSessions(query: TrainingsQuery, now: Date = new Date()): Promise<SessionSummary[]> {
  const q = query.q;
  const where: Prisma.TrainingSessionWhereInput = {
    startsAt: {
      gte: query.from ? helsinkiDayBounds(query.from).start : now,
      ...(query.to ? { lt: helsinkiDayBounds(query.to).end } : {}),
    },
    offering: {
      menu: publishedMenu,
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.theme ? { themes: { some: { theme: { slug: query.theme } } } } : {}),
    },
    AND: [
      q
        ? {
            OR: [
              { title: { contains: q, mode: "insensitive" } },
              { offering: { title: { contains: q, mode: "insensitive" } } },
              { offering: { summary: { contains: q, mode: "insensitive" } } },
            ],
          }
        : {},
      query.library
        ? {
            OR: [{ hostLibrary: { slug: query.library } }, { servicePoint: { library: { slug: query.library } } }],
          }
        : {},
    ],
  };
  const rows = await db().trainingSession.findMany({
    where,
    select: summarySelect,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => toSummary(row, now));
}

/** One session of a published menu (restricted ones too: eligibility is checked on enrol), or null. */
export async function getPublishedSession(sessionId: string, now: Date = new Date()): Promise<SessionSummary | null> {
  const row = await db().trainingSession.findFirst({
    where: { id: sessionId, offering: { menu: publishedMenu } },
    select: summarySelect,
  });
  return row ? toSummary(row, now) : null;
}
