// "Kiinnostaa": who is interested in an offering that has no session open to
// them. Staff see their own mark; supervisors see their library's counts;
// coordinators see counts per library.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { pageOf, pageWindow, type Page } from "@/lib/http/paging";
import { Prisma } from "@/lib/db/generated/client";
import { isOpenTo } from "@/lib/trainings/rules";

export type InterestState = {
  offeringId: string;
  interested: boolean;
  /** Whether an upcoming session is open to the actor: then they enrol instead. */
  sessionOpen: boolean;
};

/** The actor's interest in a published offering; null for actors who may not express interest. */
export async function getInterestState(actor: Actor | null, offeringSlug: string): Promise<InterestState | null> {
  if (!actor || !can(actor, "interest.express")) return null;
  const now = new Date();
  const offering = await db().offering.findFirst({
    where: { slug: offeringSlug, menu: { status: "PUBLISHED" } },
    select: {
      id: true,
      interests: { where: { userId: actor.id }, select: { userId: true } },
      sessions: {
        where: { status: "SCHEDULED", startsAt: { gte: now } },
        select: {
          status: true,
          startsAt: true,
          registrationClosesAt: true,
          eligibility: true,
          restrictedLibraryId: true,
        },
      },
    },
  });
  if (!offering) return null;
  return {
    offeringId: offering.id,
    interested: offering.interests.length > 0,
    sessionOpen: offering.sessions.some((session) => isOpenTo(session, actor.libraryId, now)),
  };
}

export type LibraryInterestRow = {
  offering: { id: string; slug: string; title: string; orderable: boolean };
  library: { id: string; name: string };
  count: number;
};

/** Rows (offering × library) a page of the interest table shows. */
export const INTEREST_PAGE_SIZE = 50;

export type InterestPage = Page<LibraryInterestRow>;

type InterestRaw = {
  offeringId: string;
  slug: string;
  title: string;
  orderable: boolean;
  libraryId: string;
  libraryName: string;
  count: number;
};

/**
 * Interest counts per offering and library, most interested first: a
 * supervisor's own library only, every library for coordinators; null for
 * anyone else. Counted in SQL and paged (INTEREST_PAGE_SIZE): ten years of
 * marks are thousands of rows. Two statements: the number of rows, then the page.
 */
export async function listInterestCounts(actor: Actor | null, page = 1): Promise<InterestPage | null> {
  if (!can(actor, "library.participation.read")) return null;
  const everyLibrary = can(actor, "workshopOrder.manage");
  if (!everyLibrary && !actor?.libraryId) return { rows: [], page: 1, hasNext: false, first: 0, last: 0, total: 0 };
  const counted = Prisma.sql`
    SELECT i."offeringId", u."libraryId", count(*)::int AS "count"
      FROM "Interest" i JOIN "User" u ON u."id" = i."userId"
     WHERE ${everyLibrary ? Prisma.sql`u."libraryId" IS NOT NULL` : Prisma.sql`u."libraryId" = ${actor!.libraryId}::uuid`}
     GROUP BY i."offeringId", u."libraryId"`;
  const [counts] = await db().$queryRaw<{ total: number }[]>(
    Prisma.sql`SELECT count(*)::int AS "total" FROM (${counted}) g`,
  );
  const total = counts?.total ?? 0;
  const window = pageWindow(total, page, INTEREST_PAGE_SIZE);
  const { offset } = window;
  const raw =
    total === 0
      ? []
      : await db().$queryRaw<InterestRaw[]>(Prisma.sql`
          SELECT o."id" AS "offeringId", o."slug", o."title", o."orderable",
                 l."id" AS "libraryId", l."name" AS "libraryName", g."count"
            FROM (${counted}) g
            JOIN "Offering" o ON o."id" = g."offeringId"
            JOIN "Library" l ON l."id" = g."libraryId"
           ORDER BY g."count" DESC, o."title", l."name", o."id", l."id"
           LIMIT ${INTEREST_PAGE_SIZE} OFFSET ${offset}`);
  const rows = raw.map((row) => ({
    offering: { id: row.offeringId, slug: row.slug, title: row.title, orderable: row.orderable },
    library: { id: row.libraryId, name: row.libraryName },
    count: row.count,
  }));
  return pageOf(rows, window, total);
}
