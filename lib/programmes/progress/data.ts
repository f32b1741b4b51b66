// Reads of the progress view of a programme (issue 13, item 4): who takes
// part and how far they are, filtered and paged in SQL, and the completion
// figures per library and per region. Scope is in the query: coordinators and
// admins see everyone, a supervisor their own library's participants only —
// here, not only on the page. A page's data is four statements whatever the
// list's length (tests/integration/programme-progress.test.ts counts them).
import "server-only";
import { assertCan, can, type Actor } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { ParticipationStatus, Region } from "@/lib/db/enums";
import { Prisma } from "@/lib/db/generated/client";
import { isUuid } from "@/lib/http/fields";
import { dayNumber, dayOf, today as helsinkiDay, type Day } from "@/lib/dates/days";
import type { PersonName } from "@/lib/users/rules";
import { progressOf, STALLED_DAYS } from "../rules";
import { PROGRESS_PAGE_SIZE, type ProgressFilter, type ProgressQuery } from "./schema";

/** "Deadline soon": the programme's deadline within this many days. */
export const DEADLINE_SOON_DAYS = 30;

/** Whose participants an actor sees: everyone's, or one library's. */
export type ProgressScope = { all: true } | { all: false; libraryId: string | null };

/** Coordinators and admins: everyone; a supervisor: their own library (none without one). 401/403 otherwise. */
export function progressScope(actor: Actor | null): ProgressScope {
  assertCan(actor, "programme.progressOwnLibrary");
  return can(actor, "programme.manage") ? { all: true } : { all: false, libraryId: actor.libraryId };
}

export type ProgrammeHead = {
  id: string;
  title: string;
  slug: string;
  deadline: Day | null;
  daysLeft: number | null;
  parts: { id: string; position: number; title: string; required: boolean }[];
};

async function loadProgramme(client: Db, offeringId: string, today: Day): Promise<ProgrammeHead | null> {
  if (!isUuid(offeringId)) return null;
  const offering = await client.offering.findFirst({
    where: { id: offeringId, kind: "PROGRAMME" },
    select: {
      id: true,
      title: true,
      slug: true,
      deadline: true,
      modules: { select: { id: true, position: true, title: true, required: true }, orderBy: { position: "asc" } },
    },
  });
  if (!offering) return null;
  const deadline = offering.deadline ? dayOf(offering.deadline) : null;
  return {
    id: offering.id,
    title: offering.title,
    slug: offering.slug,
    deadline,
    daysLeft: deadline === null ? null : dayNumber(deadline) - dayNumber(today),
    parts: offering.modules,
  };
}

/** The Helsinki day of an instant, in SQL. */
const helsinkiDayOf = (column: Prisma.Sql) => Prisma.sql`(${column} AT TIME ZONE 'Europe/Helsinki')::date`;

/**
 * The WHERE of the participants of one programme: the actor's scope, then
 * the filters. Expects the aliases p (participation), u (user), l (library)
 * and o (offering).
 */
export function participantsWhere(offeringId: string, scope: ProgressScope, filter: ProgressFilter, today: Day) {
  const and: Prisma.Sql[] = [Prisma.sql`p."offeringId" = ${offeringId}::uuid`];
  if (!scope.all) and.push(Prisma.sql`u."libraryId" = ${scope.libraryId}::uuid`);
  if (filter.library) and.push(Prisma.sql`u."libraryId" = ${filter.library}::uuid`);
  if (filter.region) and.push(Prisma.sql`l."region" = ${filter.region}::"Region"`);
  if (filter.status) and.push(Prisma.sql`p."status" = ${filter.status}::"ParticipationStatus"`);
  if (filter.stuck) {
    and.push(
      Prisma.sql`p."status" = 'ACTIVE' AND ${helsinkiDayOf(Prisma.sql`p."lastProgressAt"`)} <= ${today}::date - ${STALLED_DAYS}::int`,
    );
  }
  if (filter.deadlineSoon) {
    and.push(
      Prisma.sql`p."status" = 'ACTIVE' AND o."deadline" BETWEEN ${today}::date AND ${today}::date + ${DEADLINE_SOON_DAYS}::int`,
    );
  }
  return Prisma.join(and, " AND ");
}

const FROM = Prisma.sql`
  FROM "ProgrammeParticipation" p
  JOIN "Offering" o ON o."id" = p."offeringId"
  JOIN "User" u ON u."id" = p."userId"
  LEFT JOIN "Library" l ON l."id" = u."libraryId"`;

export type ParticipantProgress = {
  participationId: string;
  person: PersonName;
  region: Region | null;
  status: ParticipationStatus;
  joinedAt: Date;
  completedAt: Date | null;
  lastProgressAt: Date;
  /** Whole days since the last progress (Helsinki days). */
  idleDays: number;
  done: number;
  total: number;
  /** The first required part not done yet; null when all are. */
  currentPart: { id: string; title: string } | null;
  /** Days to the deadline for the unfinished; null when finished, left, or without a deadline. */
  daysLeft: number | null;
};

export type FigureRow = {
  kind: "library" | "region" | "total";
  /** The library's or region's key; null for "no library" / "no region" and the total. */
  key: string | null;
  libraryName: string | null;
  region: Region | null;
  started: number;
  completed: number;
  /** completed / started, 0–1; null when nobody started. */
  rate: number | null;
  /** Median Helsinki days from joining to completing (percentile_cont); null when nobody completed. */
  medianDays: number | null;
};

export type ProgrammeFigures = { libraries: FigureRow[]; regions: FigureRow[]; total: FigureRow };

/** Started, completed and the median days to complete, per library, per region and in all, in one statement. */
async function loadFigures(client: Db, offeringId: string, scope: ProgressScope): Promise<ProgrammeFigures> {
  const rows = await client.$queryRaw<
    {
      gLibrary: number;
      gRegion: number;
      libraryId: string | null;
      libraryName: string | null;
      region: Region | null;
      started: number;
      completed: number;
      medianDays: number | null;
    }[]
  >`
    SELECT GROUPING(l."id")::int AS "gLibrary", GROUPING(l."region")::int AS "gRegion",
           l."id" AS "libraryId", l."name" AS "libraryName", l."region",
           count(*)::int AS "started",
           (count(*) FILTER (WHERE p."status" = 'COMPLETED'))::int AS "completed",
           percentile_cont(0.5) WITHIN GROUP (
             ORDER BY ${helsinkiDayOf(Prisma.sql`p."completedAt"`)} - ${helsinkiDayOf(Prisma.sql`p."joinedAt"`)}
           ) FILTER (WHERE p."status" = 'COMPLETED') AS "medianDays"
    ${FROM}
    WHERE ${participantsWhere(offeringId, scope, {}, "2000-01-01")}
    GROUP BY GROUPING SETS ((l."region", l."id", l."name"), (l."region"), ())
    ORDER BY l."region" NULLS LAST, l."name" NULLS LAST`;
  const toRow = (row: (typeof rows)[number], kind: FigureRow["kind"]): FigureRow => ({
    kind,
    key: kind === "library" ? row.libraryId : kind === "region" ? row.region : null,
    libraryName: kind === "library" ? row.libraryName : null,
    region: kind === "total" ? null : row.region,
    started: row.started,
    completed: row.completed,
    rate: row.started > 0 ? row.completed / row.started : null,
    medianDays: row.medianDays === null ? null : Number(row.medianDays),
  });
  const total = rows.find((r) => r.gLibrary === 1 && r.gRegion === 1);
  return {
    libraries: rows.filter((r) => r.gLibrary === 0).map((r) => toRow(r, "library")),
    regions: rows.filter((r) => r.gLibrary === 1 && r.gRegion === 0).map((r) => toRow(r, "region")),
    total: total
      ? toRow(total, "total")
      : {
          kind: "total",
          key: null,
          libraryName: null,
          region: null,
          started: 0,
          completed: 0,
          rate: null,
          medianDays: null,
        },
  };
}

export type ProgrammeProgress = {
  programme: ProgrammeHead;
  scope: ProgressScope;
  participants: ParticipantProgress[];
  /** Participants matching the filters (all pages). */
  matching: number;
  page: number;
  hasNext: boolean;
  figures: ProgrammeFigures;
};

/**
 * The progress view of one programme: a page of its participants (filtered
 * and ordered in SQL: the active first, the longest idle first), their parts
 * done, and the figures. Null for an unknown id or an offering that is not a
 * programme. 401/403 for those without the permission.
 */
export async function getProgrammeProgress(
  actor: Actor | null,
  offeringId: string,
  query: ProgressQuery,
  options: { now?: Date; client?: Db } = {},
): Promise<ProgrammeProgress | null> {
  const scope = progressScope(actor);
  const client = options.client ?? db();
  const today = helsinkiDay(options.now ?? new Date());
  const programme = await loadProgramme(client, offeringId, today);
  if (!programme) return null;
  const page = query.page ?? 1;
  const [rows, figures] = await Promise.all([
    client.$queryRaw<
      {
        id: string;
        userId: string;
        status: ParticipationStatus;
        joinedAt: Date;
        completedAt: Date | null;
        lastProgressAt: Date;
        idleDays: number;
        name: string | null;
        libraryName: string | null;
        region: Region | null;
        matching: number;
      }[]
    >`
      SELECT p."id", p."userId", p."status", p."joinedAt", p."completedAt", p."lastProgressAt",
             (${today}::date - ${helsinkiDayOf(Prisma.sql`p."lastProgressAt"`)})::int AS "idleDays",
             u."name", l."name" AS "libraryName", l."region",
             (count(*) OVER ())::int AS "matching"
      ${FROM}
      WHERE ${participantsWhere(programme.id, scope, query, today)}
      ORDER BY (p."status" = 'ACTIVE') DESC, p."lastProgressAt" ASC, p."id" ASC
      LIMIT ${PROGRESS_PAGE_SIZE + 1} OFFSET ${(page - 1) * PROGRESS_PAGE_SIZE}`,
    loadFigures(client, programme.id, scope),
  ]);
  const shown = rows.slice(0, PROGRESS_PAGE_SIZE);
  // The page's parts done, in one statement; progress itself is the rule's (progressOf).
  const completions =
    shown.length === 0
      ? []
      : await client.moduleCompletion.findMany({
          where: { userId: { in: shown.map((r) => r.userId) }, module: { offeringId: programme.id } },
          select: { userId: true, moduleId: true },
        });
  const doneBy = new Map<string, string[]>();
  for (const c of completions) doneBy.set(c.userId, [...(doneBy.get(c.userId) ?? []), c.moduleId]);
  const titles = new Map(programme.parts.map((part) => [part.id, part.title]));
  const participants = shown.map((row): ParticipantProgress => {
    const progress = progressOf(programme.parts, doneBy.get(row.userId) ?? [], programme.deadline, today);
    const unfinished = row.status === "ACTIVE";
    return {
      participationId: row.id,
      person: { name: row.name, libraryName: row.libraryName },
      region: row.region,
      status: row.status,
      joinedAt: row.joinedAt,
      completedAt: row.completedAt,
      lastProgressAt: row.lastProgressAt,
      idleDays: row.idleDays,
      done: progress.done,
      total: progress.total,
      currentPart:
        unfinished && progress.nextPartId
          ? { id: progress.nextPartId, title: titles.get(progress.nextPartId) ?? "" }
          : null,
      daysLeft: unfinished ? progress.daysLeft : null,
    };
  });
  return {
    programme,
    scope,
    participants,
    matching: rows[0]?.matching ?? 0,
    page,
    hasNext: rows.length > PROGRESS_PAGE_SIZE,
    figures,
  };
}

/** The figures alone, for the exports (same scope as the page). Null for an unknown programme. */
export async function getProgrammeFigures(
  actor: Actor | null,
  offeringId: string,
  options: { now?: Date; client?: Db } = {},
): Promise<{ programme: ProgrammeHead; figures: ProgrammeFigures } | null> {
  const scope = progressScope(actor);
  const client = options.client ?? db();
  const programme = await loadProgramme(client, offeringId, helsinkiDay(options.now ?? new Date()));
  if (!programme) return null;
  return { programme, figures: await loadFigures(client, programme.id, scope) };
}

/** Whom a coordinator's reminder to the filtered group would reach: the active ones with an open account. */
export async function countReminderRecipients(
  actor: Actor | null,
  offeringId: string,
  filter: ProgressFilter,
  options: { now?: Date; client?: Db } = {},
): Promise<{ programme: ProgrammeHead; recipients: number } | null> {
  assertCan(actor, "programme.manage");
  const client = options.client ?? db();
  const today = helsinkiDay(options.now ?? new Date());
  const programme = await loadProgramme(client, offeringId, today);
  if (!programme) return null;
  const rows = await client.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" ${FROM}
    WHERE ${reminderGroupWhere(programme.id, filter, today)}`;
  return { programme, recipients: rows[0]?.count ?? 0 };
}

/** The filtered group as a reminder reaches it: active participants whose account is open. */
export function reminderGroupWhere(offeringId: string, filter: ProgressFilter, today: Day) {
  return Prisma.sql`${participantsWhere(offeringId, { all: true }, filter, today)}
    AND p."status" = 'ACTIVE' AND u."deactivatedAt" IS NULL AND u."anonymizedAt" IS NULL`;
}

export const PARTICIPANTS_FROM = FROM;
