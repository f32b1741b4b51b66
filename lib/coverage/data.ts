// Regional coverage (issue 16): does every member library and municipality get
// its share? Counted in SQL, one statement per period (never by looping over
// rows here), so the number of statements does not grow with the libraries.
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
import { dayOf, type Day } from "@/lib/dates/days";
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

const CONTACT = Prisma.sql`('hosted', 'attended', 'kit', 'exchangeHost', 'exchangeVisit', 'order')`;

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
 * without any in it: one index lookup per kind and library. Both CTEs are
 * MATERIALIZED so that the lookups run once per such library, not for every
 * library before the planner filters them.
 */
function earlierCte(period: Period): Prisma.Sql {
  const { fromDay, lower } = factsWindow(period);
  return Prisma.sql`
    quiet AS MATERIALIZED (
      SELECT lib."id" FROM lib
      EXCEPT
      SELECT f."libraryId" FROM facts f WHERE f."kind" IN ${CONTACT}
    ),
    earlier AS MATERIALIZED (
      SELECT q."id", GREATEST(
        (SELECT ${helsinkiDay(Prisma.sql`max(s."startsAt")`)} FROM "TrainingSession" s
          WHERE s."hostLibraryId" = q."id" AND s."status" <> 'CANCELLED' AND s."startsAt" < ${lower}),
        (SELECT ${helsinkiDay(Prisma.sql`max(p."startsAt")`)}
           FROM "User" u
           -- Person by person through their enrolments (an index), however few or many the library has.
           CROSS JOIN LATERAL (
             SELECT max(s."startsAt") AS "startsAt"
               FROM "Enrolment" e JOIN "TrainingSession" s ON s."id" = e."sessionId"
              WHERE e."userId" = u."id" AND e."status" IN ('CONFIRMED', 'ATTENDED') AND s."status" <> 'CANCELLED'
                AND s."startsAt" < ${lower}
           ) p
          WHERE u."libraryId" = q."id"),
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

/**
 * The libraries in scope (`lib`) and every countable thing in the facts'
 * window (`factsWindow`) as a fact (`facts`): its library, kind, the row it
 * counts, the person, its Helsinki day and whether it lies in the period or
 * only before it.
 */
function factsCte(period: Period, scope: Scope): Prisma.Sql {
  const { start, end } = periodInstants(period);
  const { fromDay, lower } = factsWindow(period);
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
    ),
    facts AS (
      SELECT s."hostLibraryId" AS "libraryId", 'hosted' AS "kind", s."id" AS "ref", NULL::uuid AS "userId",
             ${helsinkiDay(Prisma.sql`s."startsAt"`)} AS "day", s."startsAt" >= ${start} AS "inPeriod"
        FROM "TrainingSession" s JOIN lib ON lib."id" = s."hostLibraryId"
       WHERE s."status" <> 'CANCELLED' AND s."startsAt" >= ${lower} AND s."startsAt" < ${end}
      UNION ALL
      SELECT u."libraryId", 'attended', s."id", u."id",
             ${helsinkiDay(Prisma.sql`s."startsAt"`)}, s."startsAt" >= ${start}
        FROM "Enrolment" e
        JOIN "TrainingSession" s ON s."id" = e."sessionId"
        JOIN "User" u ON u."id" = e."userId"
        JOIN lib ON lib."id" = u."libraryId"
       WHERE e."status" IN ('CONFIRMED', 'ATTENDED') AND s."status" <> 'CANCELLED'
         AND s."startsAt" >= ${lower} AND s."startsAt" < ${end}
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
      SELECT u."libraryId", 'network', NULL, u."id", NULL, FALSE
        FROM "NetworkMembership" m
        JOIN "User" u ON u."id" = m."userId"
        JOIN lib ON lib."id" = u."libraryId"
       WHERE m."status" = 'ACTIVE'
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
 * One period's figures per library, per municipality and in total, in one
 * statement: GROUPING SETS count the facts at the three levels so that
 * distinct counts stay distinct across libraries. Exported for the EXPLAIN
 * test and the bench.
 */
export function coverageStatement(period: Period, scope: Scope): Prisma.Sql {
  const cutoff = noContactCutoff(period);
  return Prisma.sql`
    WITH ${factsCte(period, scope)},
    ${earlierCte(period)},
    counted AS (
      SELECT lib."id", lib."region", lib."municipality",
             GROUPING(lib."id", lib."region", lib."municipality") AS "grouping",
             count(DISTINCT f."ref") FILTER (WHERE f."kind" = 'hosted' AND f."inPeriod")::int AS "eventsHeld",
             count(*) FILTER (WHERE f."kind" = 'attended' AND f."inPeriod")::int AS "participants",
             count(DISTINCT f."ref") FILTER (WHERE f."kind" = 'attended' AND f."inPeriod")::int AS "sessionsAttended",
             count(DISTINCT f."userId") FILTER (WHERE f."kind" = 'attended' AND f."inPeriod")::int AS "uniqueStaff",
             count(*) FILTER (WHERE f."kind" = 'completion')::int AS "programmeCompletions",
             count(*) FILTER (WHERE f."kind" = 'kit' AND f."inPeriod")::int AS "kitLoans",
             count(DISTINCT f."userId") FILTER (WHERE f."kind" = 'network')::int AS "networkMembers",
             count(*) FILTER (WHERE f."kind" = 'exchangeHost' AND f."inPeriod")::int AS "exchangeHosted",
             count(*) FILTER (WHERE f."kind" = 'exchangeVisit' AND f."inPeriod")::int AS "exchangeVisited",
             count(*) FILTER (WHERE f."kind" = 'order' AND f."inPeriod")::int AS "workshopOrders",
             GREATEST(max(f."day") FILTER (WHERE f."kind" IN ${CONTACT}), max(e."day")) AS "lastContactAt",
             count(DISTINCT f."libraryId") FILTER (WHERE f."kind" IN ${CONTACT} AND f."inPeriod")::int
               AS "librariesReached",
             count(DISTINCT f."libraryId") FILTER (WHERE f."kind" IN ${CONTACT} AND f."day" >= ${cutoff}::date)::int
               AS "librariesContacted12m",
             count(DISTINCT lib."region"::text || '/' || lib."municipality")
               FILTER (WHERE f."kind" IN ${CONTACT} AND f."inPeriod")::int AS "municipalitiesReached"
        FROM lib
        LEFT JOIN facts f ON f."libraryId" = lib."id"
        LEFT JOIN earlier e ON e."id" = lib."id"
       GROUP BY GROUPING SETS ((lib."id", lib."region", lib."municipality"), (lib."region", lib."municipality"), ())
    ),
    sized AS (
      SELECT lib."id", lib."region", lib."municipality",
             GROUPING(lib."id", lib."region", lib."municipality") AS "grouping",
             count(*)::int AS "libraries",
             CASE WHEN bool_and(lib."staffCount" IS NOT NULL) THEN sum(lib."staffCount")::int END AS "staffCount",
             count(DISTINCT lib."region"::text || '/' || lib."municipality")::int AS "municipalities"
        FROM lib
       GROUP BY GROUPING SETS ((lib."id", lib."region", lib."municipality"), (lib."region", lib."municipality"), ())
    )
    SELECT CASE c."grouping" WHEN 0 THEN 'library' WHEN 4 THEN 'municipality' ELSE 'total' END AS "level",
           c."id" AS "libraryId", lib."name", c."municipality", c."region",
           s."libraries", s."staffCount", s."municipalities",
           c."eventsHeld", c."participants", c."sessionsAttended", c."uniqueStaff",
           CASE WHEN s."staffCount" > 0 THEN c."uniqueStaff"::float8 / s."staffCount" END AS "staffShare",
           c."programmeCompletions", c."kitLoans", c."networkMembers",
           c."exchangeHosted", c."exchangeVisited", c."workshopOrders",
           c."lastContactAt", c."librariesReached", c."municipalitiesReached",
           (s."libraries" - c."librariesContacted12m")::int AS "librariesWithoutContact"
      FROM counted c
      JOIN sized s ON s."grouping" = c."grouping"
                  AND s."id" IS NOT DISTINCT FROM c."id"
                  AND s."region" IS NOT DISTINCT FROM c."region"
                  AND s."municipality" IS NOT DISTINCT FROM c."municipality"
      LEFT JOIN lib ON lib."id" = c."id"
     ORDER BY c."grouping" DESC, c."region", c."municipality", lib."name", c."id"`;
}

async function loadCoverage(period: Period, scope: Scope): Promise<Row[]> {
  return db().$queryRaw<Row[]>(coverageStatement(period, scope));
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

/** Whole Helsinki years, in one statement: the trend line's figures (a year without any is all zeros). */
export function yearsStatement(firstYear: number, lastYear: number, scope: Scope): Prisma.Sql {
  const period = { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` };
  return Prisma.sql`
    WITH ${factsCte(period, scope)}
    SELECT y."year",
           count(DISTINCT f."ref") FILTER (WHERE f."kind" = 'hosted')::int AS "eventsHeld",
           count(f."kind") FILTER (WHERE f."kind" = 'attended')::int AS "participants",
           count(DISTINCT f."userId") FILTER (WHERE f."kind" = 'attended')::int AS "uniqueStaff",
           count(f."kind") FILTER (WHERE f."kind" = 'completion')::int AS "programmeCompletions",
           count(f."kind") FILTER (WHERE f."kind" = 'kit')::int AS "kitLoans",
           count(DISTINCT f."libraryId") FILTER (WHERE f."kind" IN ${CONTACT})::int AS "librariesReached"
      FROM generate_series(${firstYear}::int, ${lastYear}::int) AS y("year")
      LEFT JOIN facts f ON f."inPeriod" AND extract(year FROM f."day")::int = y."year"
     GROUP BY y."year"
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

/**
 * The coverage report for a period (default: this Helsinki year to date) and
 * region, as far as the actor may see it: 401 signed out, 403 for a role
 * that sees nothing of it.
 */
export async function getCoverage(
  actor: Actor | null,
  query: CoverageQuery,
  now: Date = new Date(),
): Promise<CoverageReport> {
  assertSignedIn(actor);
  const scope = coverageScope(actor);
  if (!scope) throw new AppError("FORBIDDEN", "You may not do this.");
  const period = periodOf(query, now);
  if (period.from > period.to) throw fieldError(query.from ? "from" : "to", "enrolments.validation.range");
  const previous = previousPeriod(period);
  const region = query.region ?? null;

  const rowScope = scope.allLibraries || !scope.ownLibraryId ? null : scope.ownLibraryId;
  // A supervisor alone needs only their municipality's libraries; the totals need the whole scope.
  const lastYear = Number(period.to.slice(0, 4));
  const [current, before, years] = await Promise.all([
    loadCoverage(period, { region, municipalityOf: scope.totals ? null : rowScope }),
    scope.totals ? loadCoverage(previous, { region, municipalityOf: null }) : Promise.resolve([]),
    loadYears(lastYear - TREND_YEARS + 1, lastYear, {
      region,
      municipalityOf: null,
      libraryId: scope.totals ? null : rowScope,
    }),
  ]);

  const seesLibrary = (row: Row) => scope.allLibraries || (rowScope !== null && row.libraryId === rowScope);
  const own = current.find((row) => row.level === "library" && row.libraryId === rowScope);
  const seesMunicipality = (row: Row) =>
    scope.allLibraries || (own !== undefined && row.region === own.region && row.municipality === own.municipality);

  return {
    period,
    previousPeriod: previous,
    region,
    noContactBefore: noContactCutoff(period),
    libraries: current.filter((row) => row.level === "library" && seesLibrary(row)).map(toLibrary),
    municipalities: current.filter((row) => row.level === "municipality" && seesMunicipality(row)).map(toMunicipality),
    totals: scope.totals ? toTotals(current.find((row) => row.level === "total")) : null,
    previousTotals: scope.totals ? toTotals(before.find((row) => row.level === "total")) : null,
    years,
  };
}
