// Feedback across offerings (issue 16 item 4), counted in SQL: five
// statements whatever the number of rows (the themes, per offering with the
// total, per theme, per year, one page of comments), run side by side. The
// figures come from the sessions held and their per-session rollup
// ("FeedbackSession", kept by triggers: migration 1734030000000_feedback_rollup),
// so that a year costs its sessions, not its enrolments; only the page of
// comments reads the feedback itself.
//
// What counts, for a Helsinki calendar year (a session belongs to the year of
// its startsAt in Helsinki) and optionally one theme (offerings that have it):
// - sessionsHeld: the offering's sessions not CANCELLED that have started by now;
// - attended: enrolments on those sessions that may give feedback
//   (RESPONDENT_STATUSES, i.e. marked ATTENDED), the response share's denominator;
// - responses: the feedback of those enrolments; responseShare = responses /
//   attended (null without attendees); average: the mean rating to one
//   decimal (null without responses); distribution: responses per rating 1–5;
//   comments: responses with a comment.
// Per theme: the same over the offerings that have the theme, each enrolment
// once per theme; offerings without a theme make a row of their own (theme
// null). With a theme filter only that theme's row. The totals count each
// enrolment once, however many themes its offering has. Per year: the same for
// the TREND_YEARS years up to the chosen one. Comments: text, rating, the
// offering's title and the session's Helsinki day, newest first, one page at
// a time. Never a name, a user id or an enrolment id: the selects carry none.
//
// Coordinators and admins only (`reports.read`): 401 signed out, 403 others.
import "server-only";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/db/generated/client";
import { dayOf, type Day } from "@/lib/dates/days";
import { fieldError } from "@/lib/http/errors";
import {
  commentsWindow,
  distributionOf,
  reportYear,
  RESPONDENT_STATUSES,
  trendYears,
  yearInstants,
  type Distribution,
} from "./rules";
import type { FeedbackReportQuery } from "./schema";

export type ThemeRef = { id: string; slug: string; nameFi: string; nameEn: string };

export type FeedbackFigures = {
  sessionsHeld: number;
  attended: number;
  responses: number;
  /** responses / attended; null without attendees. */
  responseShare: number | null;
  /** The mean rating to one decimal; null without responses. */
  average: number | null;
  distribution: Distribution;
  /** Responses with a comment. */
  comments: number;
};

export type OfferingFeedbackFigures = FeedbackFigures & {
  offeringId: string;
  slug: string;
  title: string;
  themes: ThemeRef[];
};

export type ThemeFeedbackFigures = FeedbackFigures & {
  /** Null: the offerings without a theme. */
  theme: ThemeRef | null;
};

export type YearFeedbackFigures = FeedbackFigures & { year: number };

export type FeedbackComment = {
  text: string;
  rating: number;
  offeringTitle: string;
  /** The session's day in Helsinki. */
  sessionDate: Day;
};

export type FeedbackReport = {
  year: number;
  /** The theme filter; null for every offering. */
  theme: ThemeRef | null;
  /** Every theme, for the filter. */
  allThemes: ThemeRef[];
  totals: FeedbackFigures;
  offerings: OfferingFeedbackFigures[];
  themes: ThemeFeedbackFigures[];
  /** The trend, oldest first, the chosen year last. */
  years: YearFeedbackFigures[];
  comments: { page: number; pageSize: number; total: number; items: FeedbackComment[] };
};

type FiguresRow = {
  sessionsHeld: number;
  attended: number;
  responses: number;
  responseShare: number | null;
  average: number | null;
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
  comments: number;
};

const HELSINKI = Prisma.sql`'Europe/Helsinki'`;
const HAS_TEXT = Prisma.sql`f."comment" ~ '[^[:space:]]'`;

/** The sessions held in [start, end) (not cancelled, started by now), optionally of one theme's offerings. */
function heldWhere(range: { start: Date; end: Date }, now: Date, themeId: string | null): Prisma.Sql {
  const theme = themeId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "OfferingTheme" ot
                              WHERE ot."offeringId" = s."offeringId" AND ot."themeId" = ${themeId}::uuid)`
    : Prisma.empty;
  return Prisma.sql`s."status" <> 'CANCELLED'
         AND s."startsAt" >= ${range.start} AND s."startsAt" < ${range.end} AND s."startsAt" <= ${now}
         ${theme}`;
}

/**
 * The sessions held, one row each with its respondents' figures from the
 * per-session rollup (migration 1734030000000_feedback_rollup): a year's
 * report reads its sessions, not their enrolments.
 */
function baseCte(range: { start: Date; end: Date }, now: Date, themeId: string | null): Prisma.Sql {
  return Prisma.sql`
    base AS (
      SELECT s."offeringId", s."id" AS "sessionId", s."startsAt",
             coalesce(r."attended", 0) AS "attended", coalesce(r."responses", 0) AS "responses",
             coalesce(r."ratingSum", 0) AS "ratingSum",
             coalesce(r."r1", 0) AS "r1", coalesce(r."r2", 0) AS "r2", coalesce(r."r3", 0) AS "r3",
             coalesce(r."r4", 0) AS "r4", coalesce(r."r5", 0) AS "r5", coalesce(r."comments", 0) AS "comments"
        FROM "TrainingSession" s
        LEFT JOIN "FeedbackSession" r ON r."sessionId" = s."id"
       WHERE ${heldWhere(range, now, themeId)}
    )`;
}

// Sums over session rows (a year without sessions: one row of NULLs from its LEFT JOIN, all zeros).
const FIGURES = Prisma.sql`
  count(DISTINCT b."sessionId")::int AS "sessionsHeld",
  coalesce(sum(b."attended"), 0)::int AS "attended",
  coalesce(sum(b."responses"), 0)::int AS "responses",
  CASE WHEN sum(b."attended") > 0 THEN sum(b."responses")::float8 / sum(b."attended") END AS "responseShare",
  CASE WHEN sum(b."responses") > 0 THEN round(sum(b."ratingSum")::numeric / sum(b."responses"), 1)::float8 END
    AS "average",
  coalesce(sum(b."r1"), 0)::int AS "r1",
  coalesce(sum(b."r2"), 0)::int AS "r2",
  coalesce(sum(b."r3"), 0)::int AS "r3",
  coalesce(sum(b."r4"), 0)::int AS "r4",
  coalesce(sum(b."r5"), 0)::int AS "r5",
  coalesce(sum(b."comments"), 0)::int AS "comments"`;

/** Per offering and (grouping 1) in total, in one statement. */
function offeringsStatement(base: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH ${base},
    counted AS (
      SELECT b."offeringId", GROUPING(b."offeringId") AS "grouping", ${FIGURES}
        FROM base b
       GROUP BY GROUPING SETS ((b."offeringId"), ())
    )
    SELECT c.*, o."slug", o."title",
           COALESCE((SELECT array_agg(ot."themeId"::text ORDER BY t."sortOrder", t."slug")
                       FROM "OfferingTheme" ot JOIN "Theme" t ON t."id" = ot."themeId"
                      WHERE ot."offeringId" = o."id"), '{}') AS "themeIds"
      FROM counted c
      LEFT JOIN "Offering" o ON o."id" = c."offeringId"
     ORDER BY c."grouping" DESC, o."title", o."slug"`;
}

/** Per theme of the offerings in the base (only the filtered one when there is a filter). */
function themesStatement(base: Prisma.Sql, themeId: string | null): Prisma.Sql {
  const only = themeId ? Prisma.sql`AND ot."themeId" = ${themeId}::uuid` : Prisma.empty;
  return Prisma.sql`
    WITH ${base}
    SELECT t."id" AS "themeId", t."slug", t."nameFi", t."nameEn", ${FIGURES}
      FROM base b
      LEFT JOIN "OfferingTheme" ot ON ot."offeringId" = b."offeringId" ${only}
      LEFT JOIN "Theme" t ON t."id" = ot."themeId"
     GROUP BY t."id"
     ORDER BY t."id" IS NULL, t."sortOrder", t."slug"`;
}

/** Per Helsinki year of the trend, a year without sessions all zeros. */
function yearsStatement(base: Prisma.Sql, first: number, last: number): Prisma.Sql {
  return Prisma.sql`
    WITH ${base}
    SELECT y."year", ${FIGURES}
      FROM generate_series(${first}::int, ${last}::int) AS y("year")
      LEFT JOIN base b ON extract(year FROM b."startsAt" AT TIME ZONE ${HELSINKI})::int = y."year"
     GROUP BY y."year"
     ORDER BY y."year"`;
}

/** One page of comments, newest first; the selected columns are all a reader gets. */
function commentsStatement(held: Prisma.Sql, offset: number, limit: number): Prisma.Sql {
  return Prisma.sql`
    SELECT f."comment" AS "text", f."rating", o."title" AS "offeringTitle",
           (s."startsAt" AT TIME ZONE ${HELSINKI})::date AS "sessionDate"
      FROM "TrainingSession" s
      JOIN "Enrolment" e ON e."sessionId" = s."id" AND e."status" = ANY(${RESPONDENT_STATUSES}::"EnrolmentStatus"[])
      JOIN "Feedback" f ON f."enrolmentId" = e."id"
      JOIN "Offering" o ON o."id" = s."offeringId"
     WHERE ${held} AND ${HAS_TEXT}
     ORDER BY f."createdAt" DESC, f."id"
     LIMIT ${limit} OFFSET ${offset}`;
}

const figures = (row: FiguresRow): FeedbackFigures => ({
  sessionsHeld: row.sessionsHeld,
  attended: row.attended,
  responses: row.responses,
  responseShare: row.responseShare,
  average: row.average,
  distribution: distributionOf(row),
  comments: row.comments,
});

/**
 * The feedback report of a year (default: the current Helsinki year) and
 * optionally a theme. 401 signed out, 403 without `reports.read`, 422 for a
 * theme that does not exist.
 */
export async function getFeedbackReport(
  actor: Actor | null,
  query: FeedbackReportQuery,
  now: Date = new Date(),
): Promise<FeedbackReport> {
  assertCan(actor, "reports.read");
  const year = reportYear(query.year, now);
  const themeId = query.theme ?? null;
  const window = commentsWindow(query.comments);
  const base = baseCte(yearInstants(year), now, themeId);
  const trend = trendYears(year);
  const first = trend[0]!;
  const trendBase = baseCte({ start: yearInstants(first).start, end: yearInstants(year).end }, now, themeId);

  const client = db();
  const [allThemes, offeringRows, themeRows, yearRows, commentRows] = await Promise.all([
    client.theme.findMany({
      select: { id: true, slug: true, nameFi: true, nameEn: true },
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    }),
    client.$queryRaw<
      (FiguresRow & { offeringId: string | null; grouping: number; slug: string; title: string; themeIds: string[] })[]
    >(offeringsStatement(base)),
    client.$queryRaw<(FiguresRow & { themeId: string | null; slug: string; nameFi: string; nameEn: string })[]>(
      themesStatement(base, themeId),
    ),
    client.$queryRaw<(FiguresRow & { year: number })[]>(yearsStatement(trendBase, first, year)),
    client.$queryRaw<{ text: string; rating: number; offeringTitle: string; sessionDate: Date }[]>(
      commentsStatement(heldWhere(yearInstants(year), now, themeId), window.offset, window.limit),
    ),
  ]);

  const themeById = new Map(allThemes.map((theme) => [theme.id, theme]));
  const theme = themeId === null ? null : (themeById.get(themeId) ?? null);
  if (themeId !== null && theme === null) throw fieldError("theme", "validation.invalid");
  const totalsRow = offeringRows.find((row) => row.grouping === 1)!;
  const totals = figures(totalsRow);

  return {
    year,
    theme,
    allThemes,
    totals,
    offerings: offeringRows
      .filter((row) => row.grouping === 0)
      .map((row) => ({
        offeringId: row.offeringId!,
        slug: row.slug,
        title: row.title,
        themes: row.themeIds.flatMap((id) => themeById.get(id) ?? []),
        ...figures(row),
      })),
    themes: themeRows.map(({ themeId: id, slug, nameFi, nameEn, ...row }) => ({
      theme: id ? { id, slug, nameFi, nameEn } : null,
      ...figures(row),
    })),
    years: yearRows.map((row) => ({ year: row.year, ...figures(row) })),
    comments: {
      page: window.page,
      pageSize: window.limit,
      total: totals.comments,
      items: commentRows.map((row) => ({
        text: row.text,
        rating: row.rating,
        offeringTitle: row.offeringTitle,
        sessionDate: dayOf(row.sessionDate),
      })),
    },
  };
}
