// Regional coverage (issue 16): does every member library and municipality get
// its share? Counted in SQL, one statement per period (never by looping over
// rows here), so the number of statements does not grow with the libraries.
// Taking part in sessions is read from the rollups that triggers keep exact
// (migration 1734010000000_coverage_rollups, ADR 33); the smaller facts from
// the base tables.
//
// A period is [from, to] of whole Helsinki days, both included: an instant
// counts when it lies from Helsinki midnight at the start of `from` up to (not
// including) Helsinki midnight after `to`; a stored day (@db.Date) when it is
// from `from` to `to`. Optionally one region. Per member library (every
// Library row of the region; people belong to a library by User.libraryId,
// their library now, not when they took part):
// - eventsHeld: training sessions it hosted (hostLibraryId), not CANCELLED,
//   starting in the period;
// - participants: enrolments of its people, CONFIRMED or ATTENDED (never
//   CANCELLED, WAITLISTED or NO_SHOW), on sessions not CANCELLED starting in
//   the period; sessionsAttended: the distinct such sessions; uniqueStaff: the
//   distinct such people (attending twice counts once); staffShare:
//   uniqueStaff / staffCount where the staff count is known (and not 0), else null;
// - programmeCompletions: its people's programme participations COMPLETED
//   (completedAt) in the period — the aspa-ajokortti count;
// - kitLoans: its kit reservations SENT, RECEIVED, RETURNED or PASSED_ON whose
//   startDate is in the period;
// - networkMembers: its distinct people with an ACTIVE network membership now
//   (not bound to the period);
// - exchangeHosted / exchangeVisited: job-shadowing applications ACCEPTED or
//   COMPLETED with their visitDate in the period, to its offers (the offer's
//   hostLibraryId) / from it (fromLibraryId);
// - workshopOrders: its workshop orders made (createdAt) in the period, not DECLINED;
// - lastContactAt: the latest Helsinki day, at any time up to the period's end,
//   of a session it hosted, a session its people took part in (as above), a
//   kit loan's start, a workshop order (not declined) or an exchange visit
//   either way; noContact12m: none, or the latest before the period's end
//   less 12 months (rules.ts noContactCutoff).
// Per municipality (of a region): the same over its libraries, where each
// distinct count stays distinct across them (sessionsAttended: sessions
// someone of the municipality took part in; uniqueStaff: people), staffCount
// the sum when every library's count is known, librariesReached (any contact
// in the period) and librariesWithoutContact (noContact12m). Totals: the same
// over every library in scope, plus municipalities and municipalitiesReached;
// previousTotals: the totals of the trend's baseline (rules.ts previousPeriod: the same days a year earlier).
//
// Who sees what (rules.ts coverageScope): coordinators and admins everything;
// a supervisor their own library's row and its municipality's; the steering
// group the totals; anyone else is refused (401 signed out, 403 others).
import "server-only";
import { assertSignedIn, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Region } from "@/lib/db/enums";
import { Prisma } from "@/lib/db/generated/client";
import { addDays, dayOf, type Day } from "@/lib/dates/days";
import { AppError, fieldError } from "@/lib/http/errors";
import type { CoverageQuery } from "./schema";
import { coverageScope, noContactCutoff, periodInstants, periodOf, previousPeriod, type Period } from "./rules";

export type CoverageMetrics = {
  eventsHeld: number;
  participants: number;
  sessionsAttended: number;
  uniqueStaff: number;
  /** uniqueStaff / staffCount; null where the staff count is not known. */
  staffShare: number | null;
  programmeCompletions: number;
  kitLoans: number;
  networkMembers: number;
  exchangeHosted: number;
  exchangeVisited: number;
  workshopOrders: number;
};

export type LibraryCoverage = CoverageMetrics & {
  libraryId: string;
  name: string;
  municipality: string;
  region: Region;
  staffCount: number | null;
  lastContactAt: Day | null;
  noContact12m: boolean;
};

export type MunicipalityCoverage = CoverageMetrics & {
  municipality: string;
  region: Region;
  libraries: number;
  /** The sum of its libraries' staff counts; null unless every one is known. */
  staffCount: number | null;
  librariesReached: number;
  librariesWithoutContact: number;
  lastContactAt: Day | null;
};

export type CoverageTotals = CoverageMetrics & {
  libraries: number;
  staffCount: number | null;
  librariesReached: number;
  librariesWithoutContact: number;
  municipalities: number;
  municipalitiesReached: number;
};

export type CoverageReport = {
  period: Period;
  previousPeriod: Period;
  region: Region | null;
  /** A library whose last contact is before this day (or none) is flagged noContact12m. */
  noContactBefore: Day;
  libraries: LibraryCoverage[];
  municipalities: MunicipalityCoverage[];
  /** Null for a supervisor who is not in the steering group. */
  totals: CoverageTotals | null;
  previousTotals: CoverageTotals | null;
  /**
   * The trend line: the TREND_YEARS whole Helsinki years up to the period's
   * last, for the totals (or a supervisor's own library when they see no totals).
   */
  years: YearFigures[];
};

type Level = "library" | "municipality" | "total";

type Row = Omit<CoverageMetrics, "staffShare"> & {
  level: Level;
  libraryId: string | null;
  name: string | null;
  municipality: string | null;
  region: Region | null;
  libraries: number;
  staffCount: number | null;
  staffShare: number | null;
  lastContactAt: Date | null;
  librariesReached: number;
  librariesWithoutContact: number;
  municipalities: number;
  municipalitiesReached: number;
};

export type Scope = { region: Region | null; municipalityOf: string | null; libraryId?: string | null };

/** The kinds of fact that are contact (besides taking part in a session, which the rollups count). */
const CONTACT = Prisma.sql`('hosted', 'kit', 'exchangeHost', 'exchangeVisit', 'order')`;

const helsinkiDay = (column: Prisma.Sql) => Prisma.sql`(${column} AT TIME ZONE 'Europe/Helsinki')::date`;

/**
 * The facts' window: from the earlier of the period's start and the 12-month
 * cutoff to the period's end, so that every branch reads a date range through
 * an index (reading all history took seconds on ten years of data). Before it
 * only lastContactAt looks (`earlierCte`).
 */
function factsWindow(period: Period): { fromDay: Day; lower: Date } {
  const cutoff = noContactCutoff(period);
  const fromDay = cutoff < period.from ? cutoff : period.from;
  return { fromDay, lower: periodInstants({ from: fromDay, to: period.to }).start };
}

/**
 * The latest contact before the facts' window, only for the libraries in scope
 * without any in it (none in `byKind`, which must come before it, nor in
 * `attended`): one index lookup per kind and library. Both CTEs are
 * MATERIALIZED so that the lookups run once per such library, not for every
 * library before the planner filters them.
 */
function earlierCte(period: Period): Prisma.Sql {
  const { fromDay, lower } = factsWindow(period);
  return Prisma.sql`
    quiet AS MATERIALIZED (
      SELECT lib."id" FROM lib
      EXCEPT
      SELECT k."libraryId" FROM byKind k WHERE k."lastDay" IS NOT NULL
      EXCEPT
      SELECT a."libraryId" FROM attended a
    ),
    earlier AS MATERIALIZED (
      SELECT q."id", GREATEST(
        (SELECT ${helsinkiDay(Prisma.sql`max(s."startsAt")`)} FROM "TrainingSession" s
          WHERE s."hostLibraryId" = q."id" AND s."status" <> 'CANCELLED' AND s."startsAt" < ${lower}),
        (SELECT max(c."day") FROM "CoverageDay" c
          WHERE c."level" = 0 AND c."key" = q."id"::text AND c."day" < ${fromDay}::date),
        (SELECT max(k."startDate") FROM "KitReservation" k
          WHERE k."libraryId" = q."id" AND k."status" IN ('SENT', 'RECEIVED', 'RETURNED', 'PASSED_ON')
            AND k."startDate" < ${fromDay}::date),
        (SELECT max(a."visitDate") FROM "ExchangeApplication" a JOIN "ExchangeOffer" o ON o."id" = a."offerId"
          WHERE o."hostLibraryId" = q."id" AND a."status" IN ('ACCEPTED', 'COMPLETED') AND a."visitDate" < ${fromDay}::date),
        (SELECT max(a."visitDate") FROM "ExchangeApplication" a
          WHERE a."fromLibraryId" = q."id" AND a."status" IN ('ACCEPTED', 'COMPLETED') AND a."visitDate" < ${fromDay}::date),
        (SELECT ${helsinkiDay(Prisma.sql`max(w."createdAt")`)} FROM "WorkshopOrder" w
          WHERE w."libraryId" = q."id" AND w."status" <> 'DECLINED' AND w."createdAt" < ${lower})
      ) AS "day"
        FROM quiet q
    )`;
}

/** The libraries in scope (`lib`). */
function libCte(scope: Scope): Prisma.Sql {
  const region = scope.region ? Prisma.sql`AND l."region" = ${scope.region}::"Region"` : Prisma.empty;
  const municipality = scope.municipalityOf
    ? Prisma.sql`AND (l."region", l."municipality") =
        (SELECT o."region", o."municipality" FROM "Library" o WHERE o."id" = ${scope.municipalityOf}::uuid)`
    : Prisma.empty;
  const library = scope.libraryId ? Prisma.sql`AND l."id" = ${scope.libraryId}::uuid` : Prisma.empty;
  return Prisma.sql`
    lib AS (
      SELECT l."id", l."name", l."municipality", l."region", l."staffCount"
        FROM "Library" l
       WHERE TRUE ${region} ${municipality} ${library}
    )`;
}

/**
 * The libraries in scope (`lib`) and every countable thing in the facts'
 * window (`factsWindow`) as a fact (`facts`): its library, kind, the row it
 * counts, the person, its Helsinki day and whether it lies in the period or
 * only before it.
 */
function factsCte(period: Period, scope: Scope): Prisma.Sql {
  const { start, end } = periodInstants(period);
  const { fromDay, lower } = factsWindow(period);
  return Prisma.sql`
    ${libCte(scope)},
    facts AS (
      SELECT s."hostLibraryId" AS "libraryId", 'hosted' AS "kind", s."id" AS "ref", NULL::uuid AS "userId",
             ${helsinkiDay(Prisma.sql`s."startsAt"`)} AS "day", s."startsAt" >= ${start} AS "inPeriod"
        FROM "TrainingSession" s JOIN lib ON lib."id" = s."hostLibraryId"
       WHERE s."status" <> 'CANCELLED' AND s."startsAt" >= ${lower} AND s."startsAt" < ${end}
      UNION ALL
      SELECT u."libraryId", 'completion', p."id", u."id", ${helsinkiDay(Prisma.sql`p."completedAt"`)}, TRUE
        FROM "ProgrammeParticipation" p
        JOIN "User" u ON u."id" = p."userId"
        JOIN lib ON lib."id" = u."libraryId"
       WHERE p."status" = 'COMPLETED' AND p."completedAt" >= ${start} AND p."completedAt" < ${end}
      UNION ALL
      SELECT k."libraryId", 'kit', k."id", NULL, k."startDate", k."startDate" >= ${period.from}::date
        FROM "KitReservation" k JOIN lib ON lib."id" = k."libraryId"
       WHERE k."status" IN ('SENT', 'RECEIVED', 'RETURNED', 'PASSED_ON')
         AND k."startDate" >= ${fromDay}::date AND k."startDate" <= ${period.to}::date
      UNION ALL
      SELECT o."hostLibraryId", 'exchangeHost', a."id", NULL, a."visitDate", a."visitDate" >= ${period.from}::date
        FROM "ExchangeApplication" a
        JOIN "ExchangeOffer" o ON o."id" = a."offerId"
        JOIN lib ON lib."id" = o."hostLibraryId"
       WHERE a."status" IN ('ACCEPTED', 'COMPLETED') AND a."visitDate" >= ${fromDay}::date AND a."visitDate" <= ${period.to}::date
      UNION ALL
      SELECT a."fromLibraryId", 'exchangeVisit', a."id", NULL, a."visitDate", a."visitDate" >= ${period.from}::date
        FROM "ExchangeApplication" a JOIN lib ON lib."id" = a."fromLibraryId"
       WHERE a."status" IN ('ACCEPTED', 'COMPLETED') AND a."visitDate" >= ${fromDay}::date AND a."visitDate" <= ${period.to}::date
      UNION ALL
      SELECT w."libraryId", 'order', w."id", NULL,
             ${helsinkiDay(Prisma.sql`w."createdAt"`)}, w."createdAt" >= ${start}
        FROM "WorkshopOrder" w JOIN lib ON lib."id" = w."libraryId"
       WHERE w."status" <> 'DECLINED' AND w."createdAt" >= ${lower} AND w."createdAt" < ${end}
    )`;
}

/**
 * The rollups' level and key for the scope as a whole (migration
 * 1734010000000_coverage_rollups): a library, a supervisor's municipality, a
 * region, or all. Their sessions stay distinct across the scope's libraries.
 */
function scopeKey(scope: Scope): { level: number; key: Prisma.Sql } {
  if (scope.libraryId) return { level: 0, key: Prisma.sql`${scope.libraryId}` };
  if (scope.municipalityOf)
    return {
      level: 1,
      key: Prisma.sql`(SELECT o."region"::text || '/' || o."municipality" FROM "Library" o WHERE o."id" = ${scope.municipalityOf}::uuid)`,
    };
  if (scope.region) return { level: 2, key: Prisma.sql`${scope.region}` };
  return { level: 3, key: Prisma.sql`''` };
}

/** A level's rollup rows for the days from–to: whole months by month, the rest by day (coverage_span). */
const span = (level: number, from: Day, to: Day) =>
  Prisma.sql`coverage_span(${level}::smallint, ${from}::date, ${to}::date)`;

/** The scope's participants and distinct sessions in a period, per Helsinki year. */
function scopeRows(scope: Scope, period: Period): Prisma.Sql {
  const { level, key } = scopeKey(scope);
  return Prisma.sql`
    SELECT extract(year FROM r."lastDay")::int AS "year", sum(r."participants")::int AS "participants",
           sum(r."sessions")::int AS "sessions"
      FROM ${span(level, period.from, period.to)} r
     WHERE r."key" = ${key}
     GROUP BY 1`;
}

/**
 * The people who took part in a period, a row per person and year (library,
 * person), from "CoverageAttendee". Those whose first day of the year lies in
 * the period, and those who began before it and whose last day lies in it,
 * come from an index alone (migration 1734020000000_coverage_attendee_span);
 * only those who began before and ended after are looked up in their days.
 * The two parts never share a row. Exported for its integration test.
 */
export function attendeesOf(period: Period): Prisma.Sql {
  const first = Number(period.from.slice(0, 4));
  // Each year its own index range (BETWEEN would read a year's whole index for the second part).
  const list = Array.from({ length: Number(period.to.slice(0, 4)) - first + 1 }, (_, i) => first + i);
  const years = Prisma.sql`a."year" = ANY (${list}::int[])`;
  return Prisma.sql`
    SELECT a."libraryId", a."userId" FROM "CoverageAttendee" a
     WHERE ${years} AND a."firstDay" BETWEEN ${period.from}::date AND ${period.to}::date
    UNION ALL
    SELECT a."libraryId", a."userId" FROM "CoverageAttendee" a
     WHERE ${years} AND a."firstDay" < ${period.from}::date AND a."lastDay" >= ${period.from}::date
       AND (a."lastDay" <= ${period.to}::date OR a."days" && daterange(${period.from}::date, ${period.to}::date, '[]'))`;
}

/**
 * Taking part, from the rollups: per library in the facts' window
 * (participants and sessions in the period, its latest day, whether in the
 * period and in the last 12 months), and the distinct people of the period
 * (a person's days of the period's years overlapping it).
 */
function attendedCte(period: Period): Prisma.Sql {
  const { fromDay } = factsWindow(period);
  const cutoff = noContactCutoff(period);
  // A person has a row per year: within one year each row is one person.
  const oneYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  const before =
    fromDay < period.from
      ? Prisma.sql`UNION ALL SELECT b.*, FALSE FROM ${span(0, fromDay, addDays(period.from, -1))} b`
      : Prisma.empty;
  return Prisma.sql`
    attended AS (
      SELECT r."key"::uuid AS "libraryId",
             coalesce(sum(r."participants") FILTER (WHERE r."inPeriod"), 0)::int AS "participants",
             coalesce(sum(r."sessions") FILTER (WHERE r."inPeriod"), 0)::int AS "sessions",
             max(r."lastDay") AS "lastDay",
             bool_or(r."inPeriod") AS "inPeriod",
             bool_or(r."lastDay" >= ${cutoff}::date) AS "in12m"
        FROM (SELECT p.*, TRUE AS "inPeriod" FROM ${span(0, period.from, period.to)} p ${before}) r
       GROUP BY r."key"
    ),
    staff AS (
      SELECT a."libraryId", count(*)::int AS "uniqueStaff"
        FROM (${
          // Distinct (library, person) pairs by hashing first: half the time of
          // count(DISTINCT), which sorted ten years' rows per library on disk.
          oneYear ? attendeesOf(period) : Prisma.sql`SELECT DISTINCT d.* FROM (${attendeesOf(period)}) d`
        }) a
       GROUP BY a."libraryId"
    )`;
}

/**
 * One period's figures per library, per municipality and in total, in one
 * statement. Every figure of a library adds up over libraries (a person and a
 * hosted session belong to one library), so the municipalities and the total
 * are GROUPING SETS over the library rows; only "sessions attended" must stay
 * distinct across libraries, and comes from the rollups' municipality and
 * scope rows. Exported for the EXPLAIN test and the bench.
 */
export function coverageStatement(period: Period, scope: Scope, options: { totalsOnly?: boolean } = {}): Prisma.Sql {
  const cutoff = noContactCutoff(period);
  // The comparison period needs only the totals: no network members (a
  // snapshot, the same in both), no latest contact, no municipalities' sessions,
  // and only the total row back (not hundreds of rows for the driver to parse).
  const totalsOnly = options.totalsOnly === true;
  return Prisma.sql`
    WITH ${factsCte(period, scope)},
    ${attendedCte(period)},
    byKind AS (
      SELECT f."libraryId",
             count(*) FILTER (WHERE f."kind" = 'hosted' AND f."inPeriod")::int AS "eventsHeld",
             count(*) FILTER (WHERE f."kind" = 'completion')::int AS "programmeCompletions",
             count(*) FILTER (WHERE f."kind" = 'kit' AND f."inPeriod")::int AS "kitLoans",
             count(*) FILTER (WHERE f."kind" = 'exchangeHost' AND f."inPeriod")::int AS "exchangeHosted",
             count(*) FILTER (WHERE f."kind" = 'exchangeVisit' AND f."inPeriod")::int AS "exchangeVisited",
             count(*) FILTER (WHERE f."kind" = 'order' AND f."inPeriod")::int AS "workshopOrders",
             max(f."day") FILTER (WHERE f."kind" IN ${CONTACT}) AS "lastDay",
             coalesce(bool_or(f."kind" IN ${CONTACT} AND f."inPeriod"), FALSE) AS "inPeriod",
             coalesce(bool_or(f."kind" IN ${CONTACT} AND f."day" >= ${cutoff}::date), FALSE) AS "in12m"
        FROM facts f
       GROUP BY f."libraryId"
    ),
    ${totalsOnly ? Prisma.sql`earlier AS (SELECT NULL::uuid AS "id", NULL::date AS "day" WHERE FALSE)` : earlierCte(period)},
    network AS (
      ${
        totalsOnly
          ? Prisma.sql`SELECT NULL::uuid AS "libraryId", 0 AS "members" WHERE FALSE`
          : Prisma.sql`SELECT u."libraryId", count(*)::int AS "members"
        FROM "User" u
       WHERE EXISTS (SELECT FROM "NetworkMembership" m WHERE m."userId" = u."id" AND m."status" = 'ACTIVE')
       GROUP BY u."libraryId"`
      }
    ),
    perLibrary AS (
      SELECT lib."id", lib."region", lib."municipality", lib."staffCount",
             coalesce(k."eventsHeld", 0) AS "eventsHeld",
             coalesce(a."participants", 0) AS "participants",
             coalesce(a."sessions", 0) AS "sessionsAttended",
             coalesce(st."uniqueStaff", 0) AS "uniqueStaff",
             coalesce(k."programmeCompletions", 0) AS "programmeCompletions",
             coalesce(k."kitLoans", 0) AS "kitLoans",
             coalesce(n."members", 0) AS "networkMembers",
             coalesce(k."exchangeHosted", 0) AS "exchangeHosted",
             coalesce(k."exchangeVisited", 0) AS "exchangeVisited",
             coalesce(k."workshopOrders", 0) AS "workshopOrders",
             GREATEST(k."lastDay", a."lastDay", e."day") AS "lastContactAt",
             coalesce(k."inPeriod", FALSE) OR coalesce(a."inPeriod", FALSE) AS "reached",
             coalesce(k."in12m", FALSE) OR coalesce(a."in12m", FALSE) AS "contacted12m"
        FROM lib
        LEFT JOIN byKind k ON k."libraryId" = lib."id"
        LEFT JOIN attended a ON a."libraryId" = lib."id"
        LEFT JOIN staff st ON st."libraryId" = lib."id"
        LEFT JOIN network n ON n."libraryId" = lib."id"
        LEFT JOIN earlier e ON e."id" = lib."id"
    ),
    counted AS (
      SELECT p."id", p."region", p."municipality",
             GROUPING(p."id", p."region", p."municipality") AS "grouping",
             count(*)::int AS "libraries",
             CASE WHEN bool_and(p."staffCount" IS NOT NULL) THEN sum(p."staffCount")::int END AS "staffCount",
             count(DISTINCT p."region"::text || '/' || p."municipality")::int AS "municipalities",
             sum(p."eventsHeld")::int AS "eventsHeld",
             sum(p."participants")::int AS "participants",
             sum(p."sessionsAttended")::int AS "librarySessions",
             sum(p."uniqueStaff")::int AS "uniqueStaff",
             sum(p."programmeCompletions")::int AS "programmeCompletions",
             sum(p."kitLoans")::int AS "kitLoans",
             sum(p."networkMembers")::int AS "networkMembers",
             sum(p."exchangeHosted")::int AS "exchangeHosted",
             sum(p."exchangeVisited")::int AS "exchangeVisited",
             sum(p."workshopOrders")::int AS "workshopOrders",
             max(p."lastContactAt") AS "lastContactAt",
             count(*) FILTER (WHERE p."reached")::int AS "librariesReached",
             count(*) FILTER (WHERE NOT p."contacted12m")::int AS "librariesWithoutContact",
             count(DISTINCT p."region"::text || '/' || p."municipality") FILTER (WHERE p."reached")::int
               AS "municipalitiesReached"
        FROM perLibrary p
       GROUP BY GROUPING SETS ((p."id", p."region", p."municipality"), (p."region", p."municipality"), ())
    ),
    municipalitySessions AS (
      ${
        totalsOnly
          ? Prisma.sql`SELECT NULL::text AS "key", NULL::int AS "sessions" WHERE FALSE`
          : Prisma.sql`SELECT r."key", sum(r."sessions")::int AS "sessions"
        FROM ${span(1, period.from, period.to)} r
       GROUP BY r."key"`
      }
    ),
    scopeSessions AS (
      SELECT coalesce(sum(y."sessions"), 0)::int AS "sessions" FROM (${scopeRows(scope, period)}) y
    )
    SELECT CASE c."grouping" WHEN 0 THEN 'library' WHEN 4 THEN 'municipality' ELSE 'total' END AS "level",
           c."id" AS "libraryId", lib."name", c."municipality", c."region",
           c."libraries", c."staffCount", c."municipalities",
           c."eventsHeld", c."participants",
           CASE c."grouping" WHEN 0 THEN c."librarySessions" WHEN 4 THEN coalesce(m."sessions", 0)
             ELSE (SELECT "sessions" FROM scopeSessions) END AS "sessionsAttended",
           c."uniqueStaff",
           CASE WHEN c."staffCount" > 0 THEN c."uniqueStaff"::float8 / c."staffCount" END AS "staffShare",
           c."programmeCompletions", c."kitLoans", c."networkMembers",
           c."exchangeHosted", c."exchangeVisited", c."workshopOrders",
           c."lastContactAt", c."librariesReached", c."municipalitiesReached", c."librariesWithoutContact"
      FROM counted c
      LEFT JOIN lib ON lib."id" = c."id"
      LEFT JOIN municipalitySessions m ON c."grouping" = 4 AND m."key" = c."region"::text || '/' || c."municipality"
     ${totalsOnly ? Prisma.sql`WHERE c."grouping" = 7` : Prisma.empty}
     ORDER BY c."grouping" DESC, c."region", c."municipality", lib."name", c."id"`;
}

async function loadCoverage(period: Period, scope: Scope, options: { totalsOnly?: boolean } = {}): Promise<Row[]> {
  return db().$queryRaw<Row[]>(coverageStatement(period, scope, options));
}

export type YearFigures = {
  year: number;
  eventsHeld: number;
  participants: number;
  uniqueStaff: number;
  programmeCompletions: number;
  kitLoans: number;
  librariesReached: number;
};

/**
 * Whole Helsinki years, in one statement: the trend line's figures (a year
 * without any is all zeros). Participants come from the rollups' scope rows,
 * the distinct people per library and year from "CoverageLibraryYear" (they
 * add up over libraries).
 */
export function yearsStatement(firstYear: number, lastYear: number, scope: Scope): Prisma.Sql {
  const period = { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` };
  const { start, end } = periodInstants(period);
  return Prisma.sql`
    WITH ${libCte(scope)},
    attendedYears AS (
      SELECT c."year", c."libraryId", c."people"
        FROM "CoverageLibraryYear" c JOIN lib ON lib."id" = c."libraryId"
       WHERE c."year" BETWEEN ${firstYear}::int AND ${lastYear}::int
    ),
    participation AS (${scopeRows(scope, period)}),
    -- Each kind counted per year and library where it is read (the facts of
    -- five years are never listed one by one), then summed per year and
    -- (distinct by UNION) libraries reached.
    yearly AS MATERIALIZED (
      SELECT 'hosted' AS "kind", extract(year FROM ${helsinkiDay(Prisma.sql`s."startsAt"`)})::int AS "year",
             s."hostLibraryId" AS "libraryId", count(*)::int AS "n"
        FROM "TrainingSession" s JOIN lib ON lib."id" = s."hostLibraryId"
       WHERE s."status" <> 'CANCELLED' AND s."startsAt" >= ${start} AND s."startsAt" < ${end}
       GROUP BY 2, 3
      UNION ALL
      SELECT 'completion', extract(year FROM ${helsinkiDay(Prisma.sql`p."completedAt"`)})::int, u."libraryId", count(*)::int
        FROM "ProgrammeParticipation" p
        JOIN "User" u ON u."id" = p."userId"
        JOIN lib ON lib."id" = u."libraryId"
       WHERE p."status" = 'COMPLETED' AND p."completedAt" >= ${start} AND p."completedAt" < ${end}
       GROUP BY 2, 3
      UNION ALL
      SELECT 'kit', extract(year FROM k."startDate")::int, k."libraryId", count(*)::int
        FROM "KitReservation" k JOIN lib ON lib."id" = k."libraryId"
       WHERE k."status" IN ('SENT', 'RECEIVED', 'RETURNED', 'PASSED_ON')
         AND k."startDate" >= ${period.from}::date AND k."startDate" <= ${period.to}::date
       GROUP BY 2, 3
      UNION ALL
      SELECT 'exchangeHost', extract(year FROM a."visitDate")::int, o."hostLibraryId", count(*)::int
        FROM "ExchangeApplication" a
        JOIN "ExchangeOffer" o ON o."id" = a."offerId"
        JOIN lib ON lib."id" = o."hostLibraryId"
       WHERE a."status" IN ('ACCEPTED', 'COMPLETED') AND a."visitDate" >= ${period.from}::date AND a."visitDate" <= ${period.to}::date
       GROUP BY 2, 3
      UNION ALL
      SELECT 'exchangeVisit', extract(year FROM a."visitDate")::int, a."fromLibraryId", count(*)::int
        FROM "ExchangeApplication" a JOIN lib ON lib."id" = a."fromLibraryId"
       WHERE a."status" IN ('ACCEPTED', 'COMPLETED') AND a."visitDate" >= ${period.from}::date AND a."visitDate" <= ${period.to}::date
       GROUP BY 2, 3
      UNION ALL
      SELECT 'order', extract(year FROM ${helsinkiDay(Prisma.sql`w."createdAt"`)})::int, w."libraryId", count(*)::int
        FROM "WorkshopOrder" w JOIN lib ON lib."id" = w."libraryId"
       WHERE w."status" <> 'DECLINED' AND w."createdAt" >= ${start} AND w."createdAt" < ${end}
       GROUP BY 2, 3
    ),
    byKind AS (
      SELECT x."year",
             sum(x."n") FILTER (WHERE x."kind" = 'hosted')::int AS "eventsHeld",
             sum(x."n") FILTER (WHERE x."kind" = 'completion')::int AS "programmeCompletions",
             sum(x."n") FILTER (WHERE x."kind" = 'kit')::int AS "kitLoans"
        FROM yearly x
       GROUP BY x."year"
    ),
    reached AS (
      SELECT x."year", count(*)::int AS "libraries"
        FROM (SELECT y."year", y."libraryId" FROM yearly y WHERE y."kind" IN ${CONTACT}
              UNION
              SELECT a."year", a."libraryId" FROM attendedYears a) x
       GROUP BY x."year"
    )
    SELECT y."year",
           coalesce(k."eventsHeld", 0)::int AS "eventsHeld",
           coalesce(p."participants", 0)::int AS "participants",
           coalesce((SELECT sum(a."people") FROM attendedYears a WHERE a."year" = y."year"), 0)::int AS "uniqueStaff",
           coalesce(k."programmeCompletions", 0)::int AS "programmeCompletions",
           coalesce(k."kitLoans", 0)::int AS "kitLoans",
           coalesce(r."libraries", 0)::int AS "librariesReached"
      FROM generate_series(${firstYear}::int, ${lastYear}::int) AS y("year")
      LEFT JOIN byKind k ON k."year" = y."year"
      LEFT JOIN participation p ON p."year" = y."year"
      LEFT JOIN reached r ON r."year" = y."year"
     ORDER BY y."year"`;
}

async function loadYears(firstYear: number, lastYear: number, scope: Scope): Promise<YearFigures[]> {
  return db().$queryRaw<YearFigures[]>(yearsStatement(firstYear, lastYear, scope));
}

/** How many years the trend line shows, the period's last year included. */
export const TREND_YEARS = 5;

const metrics = (row: Row): CoverageMetrics => ({
  eventsHeld: row.eventsHeld,
  participants: row.participants,
  sessionsAttended: row.sessionsAttended,
  uniqueStaff: row.uniqueStaff,
  staffShare: row.staffShare,
  programmeCompletions: row.programmeCompletions,
  kitLoans: row.kitLoans,
  networkMembers: row.networkMembers,
  exchangeHosted: row.exchangeHosted,
  exchangeVisited: row.exchangeVisited,
  workshopOrders: row.workshopOrders,
});

const toLibrary = (row: Row): LibraryCoverage => ({
  libraryId: row.libraryId!,
  name: row.name!,
  municipality: row.municipality!,
  region: row.region!,
  staffCount: row.staffCount,
  ...metrics(row),
  lastContactAt: row.lastContactAt && dayOf(row.lastContactAt),
  noContact12m: row.librariesWithoutContact > 0,
});

const toMunicipality = (row: Row): MunicipalityCoverage => ({
  municipality: row.municipality!,
  region: row.region!,
  libraries: row.libraries,
  staffCount: row.staffCount,
  ...metrics(row),
  librariesReached: row.librariesReached,
  librariesWithoutContact: row.librariesWithoutContact,
  lastContactAt: row.lastContactAt && dayOf(row.lastContactAt),
});

const toTotals = (row: Row | undefined): CoverageTotals | null =>
  row
    ? {
        libraries: row.libraries,
        staffCount: row.staffCount,
        ...metrics(row),
        librariesReached: row.librariesReached,
        librariesWithoutContact: row.librariesWithoutContact,
        municipalities: row.municipalities,
        municipalitiesReached: row.municipalitiesReached,
      }
    : null;

/** The comparison period's totals; network members are a snapshot, so the current figure. */
function previousTotals(current: Row[], before: Row[]): CoverageTotals | null {
  const totals = toTotals(before.find((row) => row.level === "total"));
  const now = current.find((row) => row.level === "total");
  return totals && now ? { ...totals, networkMembers: now.networkMembers } : totals;
}

/**
 * What a report reads, from the actor and the query: the period, its
 * comparison period, the region and the scope the actor sees. Only these go
 * into a cache key (lib/coverage/cached.ts), never the actor.
 */
export type CoverageRequest = {
  period: Period;
  previous: Period;
  region: Region | null;
  /** The actor's own library when they see only its row (a supervisor), else null. */
  rowScope: string | null;
  /** Whether the actor sees every library's row. */
  allLibraries: boolean;
  /** Whether the actor sees the totals. */
  totals: boolean;
};

/** The statements' rows for a request (three statements, run at once). */
export type CoverageData = { current: Row[]; before: Row[]; years: YearFigures[] };

/**
 * The request for an actor and query (default period: this Helsinki year to
 * date): 401 signed out, 403 for a role that sees nothing of it, 400 for a
 * period that ends before it starts.
 */
export function coverageRequest(actor: Actor | null, query: CoverageQuery, now: Date = new Date()): CoverageRequest {
  assertSignedIn(actor);
  const scope = coverageScope(actor);
  if (!scope) throw new AppError("FORBIDDEN", "You may not do this.");
  const period = periodOf(query, now);
  if (period.from > period.to) throw fieldError(query.from ? "from" : "to", "enrolments.validation.range");
  return {
    period,
    previous: previousPeriod(period),
    region: query.region ?? null,
    rowScope: scope.allLibraries || !scope.ownLibraryId ? null : scope.ownLibraryId,
    allLibraries: scope.allLibraries,
    totals: scope.totals,
  };
}

/** What the figures depend on: whether the actor sees every row changes only what is shown. */
export type CoverageDataKey = Omit<CoverageRequest, "allLibraries">;

/** Reads a request's figures from the database. */
export async function loadCoverageData(request: CoverageDataKey): Promise<CoverageData> {
  const { period, previous, region, rowScope, totals } = request;
  const lastYear = Number(period.to.slice(0, 4));
  // A supervisor alone needs only their municipality's libraries; the totals need the whole scope.
  const [current, before, years] = await Promise.all([
    loadCoverage(period, { region, municipalityOf: totals ? null : rowScope }),
    totals ? loadCoverage(previous, { region, municipalityOf: null }, { totalsOnly: true }) : Promise.resolve([]),
    loadYears(lastYear - TREND_YEARS + 1, lastYear, {
      region,
      municipalityOf: null,
      libraryId: totals ? null : rowScope,
    }),
  ]);
  return { current, before, years };
}

/** The report of a request from its figures, as far as the request's actor may see it. */
export function coverageReport(request: CoverageRequest, { current, before, years }: CoverageData): CoverageReport {
  const { period, previous, region, rowScope, allLibraries, totals } = request;
  const seesLibrary = (row: Row) => allLibraries || (rowScope !== null && row.libraryId === rowScope);
  const own = current.find((row) => row.level === "library" && row.libraryId === rowScope);
  const seesMunicipality = (row: Row) =>
    allLibraries || (own !== undefined && row.region === own.region && row.municipality === own.municipality);

  return {
    period,
    previousPeriod: previous,
    region,
    noContactBefore: noContactCutoff(period),
    libraries: current.filter((row) => row.level === "library" && seesLibrary(row)).map(toLibrary),
    municipalities: current.filter((row) => row.level === "municipality" && seesMunicipality(row)).map(toMunicipality),
    totals: totals ? toTotals(current.find((row) => row.level === "total")) : null,
    previousTotals: totals ? previousTotals(current, before) : null,
    years,
  };
}

/**
 * The coverage report for a period (default: this Helsinki year to date) and
 * region, as far as the actor may see it, read from the database: 401 signed
 * out, 403 for a role that sees nothing of it. The pages and the API read it
 * through the cache (lib/coverage/cached.ts getCoverageCached).
 */
export async function getCoverage(
  actor: Actor | null,
  query: CoverageQuery,
  now: Date = new Date(),
): Promise<CoverageReport> {
  const request = coverageRequest(actor, query, now);
  return coverageReport(request, await loadCoverageData(request));
}
