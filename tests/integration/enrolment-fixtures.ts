// Rows of their own for the enrolment tests: a published menu, an offering,
// sessions and staff. Nothing here touches the seed's rows, and removeCreated()
// takes everything away again, the queued mails included, so that other test
// files (the job worker's, the seed's invariants) never meet these rows.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import type { Eligibility, MenuStatus, Role } from "@/lib/db/enums";

const DAY = 24 * 3600 * 1000;

export const uniq = () => randomUUID().slice(0, 8);

const created = { menus: [] as string[], users: [] as string[] };

/** Deletes what this file created: menus (with their sessions and enrolments), users, and their jobs. */
export async function removeCreated(db: Db): Promise<void> {
  const enrolments = await db.enrolment.findMany({
    where: { OR: [{ session: { offering: { menuId: { in: created.menus } } } }, { userId: { in: created.users } }] },
    select: { id: true },
  });
  const ids = enrolments.map((e) => e.id);
  await db.$executeRaw`DELETE FROM "Job" WHERE "payload"->>'enrolmentId' = ANY(${ids}::text[])`;
  await db.trainingMenu.deleteMany({ where: { id: { in: created.menus } } });
  await db.user.deleteMany({ where: { id: { in: created.users } } });
  created.menus = [];
  created.users = [];
}

export async function libraryId(db: Db, slug: string): Promise<string> {
  return (await db.library.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

export type SessionOptions = {
  capacity: number;
  startsAt?: Date;
  registrationOpensAt?: Date | null;
  registrationClosesAt?: Date | null;
  eligibility?: Eligibility;
  restrictedLibraryId?: string | null;
  menuStatus?: MenuStatus;
  status?: "SCHEDULED" | "CANCELLED";
};

/** A session 30 days ahead (registration open since yesterday) in a menu of its own. */
export async function createSession(db: Db, options: SessionOptions): Promise<{ id: string; offeringSlug: string }> {
  const id = uniq();
  const now = Date.now();
  const startsAt = options.startsAt ?? new Date(now + 30 * DAY);
  const menu = await db.trainingMenu.create({
    data: {
      slug: `test-menu-${id}`,
      title: `Testitarjotin ${id}`,
      periodStart: new Date("2026-01-01"),
      periodEnd: new Date("2027-12-31"),
      status: options.menuStatus ?? "PUBLISHED",
    },
    select: { id: true },
  });
  created.menus.push(menu.id);
  const offering = await db.offering.create({
    data: { menuId: menu.id, slug: `test-offering-${id}`, kind: "WORKSHOP", title: `Testityöpaja ${id}` },
    select: { id: true, slug: true },
  });
  const session = await db.trainingSession.create({
    data: {
      offeringId: offering.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3600 * 1000),
      place: "Testikirjasto",
      capacity: options.capacity,
      registrationOpensAt:
        options.registrationOpensAt === undefined ? new Date(now - DAY) : options.registrationOpensAt,
      registrationClosesAt: options.registrationClosesAt ?? null,
      eligibility: options.eligibility ?? "REGION",
      restrictedLibraryId: options.restrictedLibraryId ?? null,
      status: options.status ?? "SCHEDULED",
    },
    select: { id: true },
  });
  return { id: session.id, offeringSlug: offering.slug };
}

/** `count` users of one library with the given roles, as actors. */
export async function createUsers(
  db: Db,
  count: number,
  options: { librarySlug?: string | null; roles?: Role[]; prefix?: string } = {},
): Promise<Actor[]> {
  const library = options.librarySlug === null ? null : await libraryId(db, options.librarySlug ?? "valkeakoski");
  const prefix = options.prefix ?? `staff-${uniq()}`;
  const roles = options.roles ?? ["STAFF"];
  const users = await db.user.createManyAndReturn({
    data: Array.from({ length: count }, (_, i) => ({
      email: `${prefix}-${i}@test.invalid`,
      name: `Testaaja ${i}`,
      // Named people have given their profile (as the migration's backfill has it).
      profileCompletedAt: new Date(),
      roles,
      libraryId: library,
    })),
    select: { id: true, roles: true, libraryId: true },
  });
  created.users.push(...users.map((u) => u.id));
  return users;
}

/** The session's counter and its enrolments, as the invariants need them. */
export async function sessionState(db: Db, sessionId: string) {
  const [session, enrolments] = await Promise.all([
    db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { capacity: true, seatsTaken: true } }),
    db.enrolment.findMany({
      where: { sessionId },
      select: { id: true, userId: true, status: true, waitlistPosition: true, createdAt: true },
    }),
  ]);
  const confirmed = enrolments.filter((e) => e.status === "CONFIRMED");
  const waitlisted = enrolments
    .filter((e) => e.status === "WAITLISTED")
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  return { ...session, enrolments, confirmed, waitlisted, positions: waitlisted.map((e) => e.waitlistPosition) };
}

export const oneToN = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
