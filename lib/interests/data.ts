// "Kiinnostaa": who is interested in an offering that has no session open to
// them. Staff see their own mark; supervisors see their library's counts;
// coordinators see counts per library.
import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
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

/**
 * Interest counts per offering and library: a supervisor's own library only,
 * every library for coordinators; null for anyone else.
 */
export async function listInterestCounts(actor: Actor | null): Promise<LibraryInterestRow[] | null> {
  if (!can(actor, "library.participation.read")) return null;
  const everyLibrary = can(actor, "workshopOrder.manage");
  if (!everyLibrary && !actor?.libraryId) return [];
  const interests = await db().interest.findMany({
    where: { user: { libraryId: everyLibrary ? { not: null } : actor!.libraryId } },
    select: {
      offering: { select: { id: true, slug: true, title: true, orderable: true } },
      user: { select: { library: { select: { id: true, name: true } } } },
    },
  });
  const rows = new Map<string, LibraryInterestRow>();
  for (const { offering, user } of interests) {
    if (!user.library) continue;
    const key = `${offering.id}/${user.library.id}`;
    const row = rows.get(key) ?? { offering, library: user.library, count: 0 };
    row.count += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) =>
      b.count - a.count ||
      a.offering.title.localeCompare(b.offering.title, "fi") ||
      a.library.name.localeCompare(b.library.name, "fi"),
  );
}
