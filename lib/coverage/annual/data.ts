// The network's annual figures (issue 16 item 3): what it reports every year,
// for one Helsinki calendar year (1 January 00:00 to 1 January 00:00 of the
// next, Helsinki time; a stored day when it is in the year), with the year
// before beside it. Counted in four SQL statements whatever the data:
// - eventsHeld: training sessions not CANCELLED starting in the year, every
//   one (with or without a host library); networkEvents: those of a
//   network's EVENT offering;
// - participants: enrolments CONFIRMED or ATTENDED (never CANCELLED,
//   WAITLISTED or NO_SHOW) on those sessions; uniquePeople: their distinct
//   people (attending twice counts once);
// - trainingHours: the sessions' lengths summed; participantHours: each
//   participant's session length summed (both to one decimal);
// - librariesReached / municipalitiesReached: the distinct member libraries
//   (and their municipalities) with any contact in the year, as in
//   ../data.ts: a session hosted, a participant of theirs (User.libraryId),
//   a kit loan, a job-shadowing visit either way, a workshop order;
// - programmeCompletions: programme participations COMPLETED in the year
//   (aspa-ajokortti); kitLoans: PiKe-box reservations SENT, RECEIVED,
//   RETURNED or PASSED_ON starting in the year; exchangeVisits: job-shadowing
//   applications ACCEPTED or COMPLETED with their visit day in the year;
//   workshopOrders: made in the year, not DECLINED; newNetworkMembers:
//   network memberships that began (joinedAt) in the year.
// Tables of the year: per Helsinki month (events, participants), per theme
// (an offering with two themes counts in both; those with none in a row of
// their own) and per region (every member library; participants by their
// library's region) with a total row.
import "server-only";
import { assertSignedIn, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Region } from "@/lib/db/enums";
import { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/http/errors";
import { periodInstants, type Period } from "../rules";
import { canReadAnnualFigures, yearPeriod } from "./rules";

export type AnnualSummary = {
  eventsHeld: number;
  networkEvents: number;
  participants: number;
  uniquePeople: number;
  librariesReached: number;
  municipalitiesReached: number;
  trainingHours: number;
  participantHours: number;
  programmeCompletions: number;
  kitLoans: number;
  exchangeVisits: number;
  workshopOrders: number;
  newNetworkMembers: number;
};

/** month: yyyy-mm in Helsinki. */
export type AnnualMonth = { month: string; events: number; participants: number };

/** slug and names null: the offerings without a theme. */
export type AnnualTheme = {
  slug: string | null;
  nameFi: string | null;
  nameEn: string | null;
  events: number;
  participants: number;
  hours: number;
};

/** region null: every member library. participants: of people whose library is in the region. */
export type AnnualRegion = {
  region: Region | null;
  libraries: number;
  librariesReached: number;
  municipalities: number;
  municipalitiesReached: number;
  participants: number;
};

export type AnnualFigures = {
  year: number;
  period: Period;
  summary: AnnualSummary;
  /** The same figures for the year before. */
  previous: AnnualSummary;
  months: AnnualMonth[];
  themes: AnnualTheme[];
  regions: AnnualRegion[];
};

const helsinkiMonth = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM')`;

/**
 * The countable rows of the given years, each tagged with its year: sessions
 * held, participations, loans, visits, orders, and the libraries they reached.
 * A statement reads only the parts it names (PostgreSQL skips the others).
 */
function yearFacts(years: readonly number[]): Prisma.Sql {
  const spans = years.map((year) => {
    const period = yearPeriod(year);
    const { start, end } = periodInstants(period);
    return Prisma.sql`(${year}::int, ${start}::timestamptz, ${end}::timestamptz, ${period.from}::date, ${period.to}::date)`;
  });
  return Prisma.sql`
    span ("year", "start", "end", "from", "to") AS (VALUES ${Prisma.join(spans)}),
    held AS (
      SELECT span."year", s."id", s."offeringId", s."hostLibraryId",
             extract(epoch FROM s."endsAt" - s."startsAt") / 3600 AS "hours",
             (o."kind" = 'EVENT' AND o."networkId" IS NOT NULL) AS "networkEvent",
             ${helsinkiMonth(Prisma.sql`s."startsAt"`)} AS "month"
        FROM span
        JOIN "TrainingSession" s ON s."startsAt" >= span."start" AND s."startsAt" < span."end"
        JOIN "Offering" o ON o."id" = s."offeringId"
       WHERE s."status" <> 'CANCELLED'
    ),
    took AS (
      SELECT held."year", held."id" AS "sessionId", e."userId", u."libraryId", held."hours"
        FROM held
        JOIN "Enrolment" e ON e."sessionId" = held."id"
        JOIN "User" u ON u."id" = e."userId"
       WHERE e."status" IN ('CONFIRMED', 'ATTENDED')
    ),
    loans AS (
      SELECT span."year", k."id", k."libraryId"
        FROM span JOIN "KitReservation" k ON k."startDate" BETWEEN span."from" AND span."to"
       WHERE k."status" IN ('SENT', 'RECEIVED', 'RETURNED', 'PASSED_ON')
    ),
    visits AS (
      SELECT span."year", a."id", a."fromLibraryId", o."hostLibraryId"
        FROM span
        JOIN "ExchangeApplication" a ON a."visitDate" BETWEEN span."from" AND span."to"
        JOIN "ExchangeOffer" o ON o."id" = a."offerId"
       WHERE a."status" IN ('ACCEPTED', 'COMPLETED')
    ),
    orders AS (
      SELECT span."year", w."id", w."libraryId"
        FROM span JOIN "WorkshopOrder" w ON w."createdAt" >= span."start" AND w."createdAt" < span."end"
       WHERE w."status" <> 'DECLINED'
    ),
    contact AS (
      SELECT "year", "hostLibraryId" AS "libraryId" FROM held
      UNION SELECT "year", "libraryId" FROM took
      UNION SELECT "year", "libraryId" FROM loans
      UNION SELECT "year", "fromLibraryId" FROM visits
      UNION SELECT "year", "hostLibraryId" FROM visits
      UNION SELECT "year", "libraryId" FROM orders
    ),
    reached AS (
      SELECT c."year", l."id", l."region", l."region"::text || '/' || l."municipality" AS "municipality"
        FROM contact c JOIN "Library" l ON l."id" = c."libraryId"
    )`;
}

type SummaryRow = AnnualSummary & { year: number };

function loadSummaries(years: readonly number[]): Promise<SummaryRow[]> {
  const of = (cte: string) => Prisma.sql`FROM ${Prisma.raw(cte)} x WHERE x."year" = span."year"`;
  return db().$queryRaw<SummaryRow[]>`
    WITH ${yearFacts(years)}
    SELECT span."year",
           (SELECT count(*) ${of("held")})::int AS "eventsHeld",
           (SELECT count(*) ${of("held")} AND x."networkEvent")::int AS "networkEvents",
           (SELECT count(*) ${of("took")})::int AS "participants",
           (SELECT count(DISTINCT x."userId") ${of("took")})::int AS "uniquePeople",
           (SELECT count(*) ${of("reached")})::int AS "librariesReached",
           (SELECT count(DISTINCT x."municipality") ${of("reached")})::int AS "municipalitiesReached",
           (SELECT coalesce(round(sum(x."hours"), 1), 0) ${of("held")})::float8 AS "trainingHours",
           (SELECT coalesce(round(sum(x."hours"), 1), 0) ${of("took")})::float8 AS "participantHours",
           (SELECT count(*) FROM "ProgrammeParticipation" p
             WHERE p."status" = 'COMPLETED' AND p."completedAt" >= span."start" AND p."completedAt" < span."end"
           )::int AS "programmeCompletions",
           (SELECT count(*) ${of("loans")})::int AS "kitLoans",
           (SELECT count(*) ${of("visits")})::int AS "exchangeVisits",
           (SELECT count(*) ${of("orders")})::int AS "workshopOrders",
           (SELECT count(*) FROM "NetworkMembership" m
             WHERE m."joinedAt" >= span."start" AND m."joinedAt" < span."end")::int AS "newNetworkMembers"
      FROM span`;
}

function loadMonths(year: number): Promise<AnnualMonth[]> {
  return db().$queryRaw<AnnualMonth[]>`
    WITH ${yearFacts([year])}
    SELECT to_char(m, 'YYYY-MM') AS "month",
           count(DISTINCT h."id")::int AS "events",
           count(t."sessionId")::int AS "participants"
      FROM generate_series(${`${year}-01-01`}::timestamp, ${`${year}-12-01`}::timestamp, interval '1 month') AS m
      LEFT JOIN held h ON h."month" = to_char(m, 'YYYY-MM')
      LEFT JOIN took t ON t."sessionId" = h."id"
     GROUP BY m
     ORDER BY m`;
}

function loadThemes(year: number): Promise<(AnnualTheme & { sortOrder: number | null })[]> {
  const figures = Prisma.sql`count(ps."id")::int AS "events",
           coalesce(sum(ps."participants"), 0)::int AS "participants",
           coalesce(round(sum(ps."hours"), 1), 0)::float8 AS "hours"`;
  return db().$queryRaw<(AnnualTheme & { sortOrder: number | null })[]>`
    WITH ${yearFacts([year])},
    per_session AS (
      SELECT h."id", h."offeringId", h."hours", count(t."sessionId") AS "participants"
        FROM held h LEFT JOIN took t ON t."sessionId" = h."id"
       GROUP BY h."id", h."offeringId", h."hours"
    )
    SELECT th."slug", th."nameFi", th."nameEn", th."sortOrder", ${figures}
      FROM "Theme" th
      LEFT JOIN "OfferingTheme" ot ON ot."themeId" = th."id"
      LEFT JOIN per_session ps ON ps."offeringId" = ot."offeringId"
     GROUP BY th."id"
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, ${figures}
      FROM per_session ps
     WHERE NOT EXISTS (SELECT 1 FROM "OfferingTheme" ot WHERE ot."offeringId" = ps."offeringId")
    HAVING count(*) > 0
     ORDER BY "sortOrder" NULLS LAST, "nameFi"`;
}

function loadRegions(year: number): Promise<AnnualRegion[]> {
  return db().$queryRaw<AnnualRegion[]>`
    WITH ${yearFacts([year])},
    people AS (SELECT "libraryId", count(*) AS "participants" FROM took GROUP BY "libraryId")
    SELECT l."region",
           count(*)::int AS "libraries",
           count(r."id")::int AS "librariesReached",
           count(DISTINCT l."region"::text || '/' || l."municipality")::int AS "municipalities",
           count(DISTINCT r."municipality")::int AS "municipalitiesReached",
           coalesce(sum(p."participants"), 0)::int AS "participants"
      FROM "Library" l
      LEFT JOIN reached r ON r."id" = l."id"
      LEFT JOIN people p ON p."libraryId" = l."id"
     GROUP BY GROUPING SETS ((l."region"), ())
     ORDER BY GROUPING(l."region"), l."region"`;
}

/**
 * One year's figures and the year before's summary. 401 signed out, 403 for
 * anyone but coordinators, admins and the steering group. The year is the
 * caller's to check (schema.ts parseAnnualYear).
 */
export async function getAnnualFigures(actor: Actor | null, year: number): Promise<AnnualFigures> {
  assertSignedIn(actor);
  if (!canReadAnnualFigures(actor)) throw new AppError("FORBIDDEN", "You may not do this.");
  const [summaries, months, themes, regions] = await Promise.all([
    loadSummaries([year, year - 1]),
    loadMonths(year),
    loadThemes(year),
    loadRegions(year),
  ]);
  const summaryOf = (y: number): AnnualSummary => {
    const { year: _year, ...summary } = summaries.find((row) => row.year === y)!;
    return summary;
  };
  return {
    year,
    period: yearPeriod(year),
    summary: summaryOf(year),
    previous: summaryOf(year - 1),
    months,
    themes: themes.map(({ sortOrder: _sortOrder, ...theme }) => theme),
    regions,
  };
}
