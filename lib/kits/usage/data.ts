// Reads of kit usage (ADR 27): a loan's feedback form, the library's loans
// still waiting for feedback, the coordinators' usage figures (aggregated in
// SQL, never by looping over rows here) and the loans of a personal calendar
// feed. Dates leave here as days ("yyyy-mm-dd").
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db, type Db } from "@/lib/db";
import type { KitReservationStatus } from "@/lib/db/enums";
import { Prisma } from "@/lib/db/generated/client";
import { dateOf, dayOf, today, type Day, type DayRange } from "@/lib/dates/days";
import { LIVE_STATUSES } from "@/lib/kits/reservations/rules";
import { feedbackOpen, LENT_STATUSES, mayAnswerFeedback } from "./rules";

export type LoanFeedback = { uses: string[]; peopleReached: number; comment: string | null; updatedAt: Date };

export type FeedbackLoan = DayRange & {
  id: string;
  status: KitReservationStatus;
  kit: { id: string; slug: string; name: string };
  library: { id: string; name: string };
  feedback: LoanFeedback | null;
};

const loanSelect = {
  id: true,
  status: true,
  startDate: true,
  endDate: true,
  libraryId: true,
  kit: { select: { id: true, slug: true, name: true } },
  library: { select: { id: true, name: true } },
  feedback: { select: { uses: true, peopleReached: true, comment: true, updatedAt: true } },
} as const;

type LoanRow = {
  id: string;
  status: KitReservationStatus;
  startDate: Date;
  endDate: Date;
  kit: { id: string; slug: string; name: string };
  library: { id: string; name: string };
  feedback: LoanFeedback | null;
};

function toLoan(r: LoanRow): FeedbackLoan {
  return {
    id: r.id,
    status: r.status,
    startDate: dayOf(r.startDate),
    endDate: dayOf(r.endDate),
    kit: r.kit,
    library: r.library,
    feedback: r.feedback,
  };
}

/**
 * One ended loan with its answer so far, for the feedback form; null (a 404)
 * when the actor may not answer for it or it has not ended (or never took place).
 */
export async function getFeedbackLoan(
  actor: Actor | null,
  reservationId: string,
  now = new Date(),
): Promise<FeedbackLoan | null> {
  if (!actor) return null;
  const row = await db().kitReservation.findUnique({ where: { id: reservationId }, select: loanSelect });
  if (!row || !mayAnswerFeedback(actor, row)) return null;
  const loan = toLoan(row);
  return feedbackOpen(loan, today(now)) ? loan : null;
}

/** The actor's library's ended loans of the last year without an answer, oldest first. */
export async function listLoansAwaitingFeedback(actor: Actor | null, now = new Date()): Promise<FeedbackLoan[]> {
  if (!actor?.libraryId || !can(actor, "kit.requestReservation")) return [];
  const day = today(now);
  const rows = await db().kitReservation.findMany({
    where: {
      libraryId: actor.libraryId,
      status: { in: [...LENT_STATUSES] },
      endDate: { lt: dateOf(day), gte: dateOf(`${Number(day.slice(0, 4)) - 1}${day.slice(4)}`) },
      feedback: { is: null },
    },
    select: loanSelect,
    orderBy: { endDate: "asc" },
  });
  return rows.map(toLoan);
}

export type UsageFigures = {
  name: string;
  id: string;
  loans: number;
  loanDays: number;
  peopleReached: number;
  answers: number;
};

export type UsageComment = DayRange & {
  reservationId: string;
  kitName: string;
  libraryName: string;
  uses: string[];
  peopleReached: number;
  comment: string;
};

export type KitUsage = {
  period: DayRange;
  byKit: UsageFigures[];
  byLibrary: UsageFigures[];
  totals: Omit<UsageFigures, "id" | "name">;
  comments: UsageComment[];
};

type RawFigures = { id: string; name: string; loans: number; loanDays: number; peopleReached: number; answers: number };

/**
 * The loans that started in `period` and took place (not declined or
 * cancelled), per kit and per library: how many, their days, the people
 * reached and the feedback answers (ADR 27). Coordinators and admins only
 * (`export.read`); null for others.
 */
export async function getKitUsage(actor: Actor | null, period: DayRange, client: Db = db()): Promise<KitUsage | null> {
  if (!can(actor, "export.read")) return null;
  const lent = Prisma.sql`r."status"::text = ANY(${[...LENT_STATUSES]}::text[])
    AND r."startDate" BETWEEN ${dateOf(period.startDate)}::date AND ${dateOf(period.endDate)}::date`;
  const figures = (group: Prisma.Sql, name: Prisma.Sql, join: Prisma.Sql) => Prisma.sql`
    SELECT ${group} AS "id", ${name} AS "name",
           count(r."id")::int AS "loans",
           coalesce(sum(r."endDate" - r."startDate" + 1), 0)::int AS "loanDays",
           coalesce(sum(f."peopleReached"), 0)::int AS "peopleReached",
           count(f."id")::int AS "answers"
      FROM "KitReservation" r
      ${join}
      LEFT JOIN "KitLoanFeedback" f ON f."reservationId" = r."id"
     WHERE ${lent}
     GROUP BY ${group}, ${name}
     ORDER BY ${name}`;
  const [byKit, byLibrary, comments] = await Promise.all([
    client.$queryRaw<RawFigures[]>(
      figures(Prisma.sql`k."id"`, Prisma.sql`k."name"`, Prisma.sql`JOIN "Kit" k ON k."id" = r."kitId"`),
    ),
    client.$queryRaw<RawFigures[]>(
      figures(Prisma.sql`l."id"`, Prisma.sql`l."name"`, Prisma.sql`JOIN "Library" l ON l."id" = r."libraryId"`),
    ),
    client.$queryRaw<
      {
        reservationId: string;
        kitName: string;
        libraryName: string;
        startDate: Date;
        endDate: Date;
        uses: string[];
        peopleReached: number;
        comment: string;
      }[]
    >`
      SELECT r."id" AS "reservationId", k."name" AS "kitName", l."name" AS "libraryName",
             r."startDate", r."endDate", f."uses", f."peopleReached", f."comment"
        FROM "KitLoanFeedback" f
        JOIN "KitReservation" r ON r."id" = f."reservationId"
        JOIN "Kit" k ON k."id" = r."kitId"
        JOIN "Library" l ON l."id" = r."libraryId"
       WHERE ${lent} AND f."comment" IS NOT NULL AND f."comment" <> ''
       ORDER BY r."startDate", k."name"`,
  ]);
  const totals = byKit.reduce(
    (sum, row) => ({
      loans: sum.loans + row.loans,
      loanDays: sum.loanDays + row.loanDays,
      peopleReached: sum.peopleReached + row.peopleReached,
      answers: sum.answers + row.answers,
    }),
    { loans: 0, loanDays: 0, peopleReached: 0, answers: 0 },
  );
  return {
    period,
    byKit,
    byLibrary,
    totals,
    comments: comments.map((c) => ({ ...c, startDate: dayOf(c.startDate), endDate: dayOf(c.endDate) })),
  };
}

export type CalendarKitLoan = DayRange & {
  id: string;
  status: KitReservationStatus;
  kitName: string;
  kitSlug: string;
  libraryName: string;
};

/** A library's live loans (requested to received) from `since` on, for its staff's personal calendar feeds. */
export async function listLibraryLoansForFeed(
  libraryId: string | null,
  since: Day,
  client: Db = db(),
): Promise<CalendarKitLoan[]> {
  if (!libraryId) return [];
  const rows = await client.kitReservation.findMany({
    where: { libraryId, status: { in: [...LIVE_STATUSES] }, endDate: { gte: dateOf(since) } },
    select: {
      id: true,
      status: true,
      startDate: true,
      endDate: true,
      kit: { select: { name: true, slug: true } },
      library: { select: { name: true } },
    },
    orderBy: { startDate: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    startDate: dayOf(r.startDate),
    endDate: dayOf(r.endDate),
    kitName: r.kit.name,
    kitSlug: r.kit.slug,
    libraryName: r.library.name,
  }));
}
