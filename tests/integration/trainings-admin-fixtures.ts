// Shared by the coordinators' and workshop-order tests: the cast of actors
// (seeded demo users plus a few of their own) and a count of every row a
// refused form must not write.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";

export const uniq = () => randomUUID().slice(0, 8);

export type Cast = {
  coordinator: Actor;
  admin: Actor;
  /** esihenkilo@muurame.fi */
  supervisor: Actor;
  /** A supervisor of another library (Valkeakoski). */
  otherSupervisor: Actor;
  /** marju@valkeakoski.fi */
  staff: Actor;
  /** Staff of Muurame, the supervisor's own library. */
  ownStaff: Actor;
};

async function actorOf(db: Db, email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, roles: true, libraryId: true },
  });
  return { id: user.id, roles: user.roles, libraryId: user.libraryId };
}

async function newUser(db: Db, librarySlug: string, roles: Role[], prefix: string): Promise<Actor> {
  const library = await db.library.findUniqueOrThrow({ where: { slug: librarySlug }, select: { id: true } });
  const user = await db.user.create({
    data: {
      email: `${prefix}-${uniq()}@${librarySlug}.fi`,
      name: `${prefix} ${librarySlug}`,
      roles,
      libraryId: library.id,
    },
    select: { id: true, roles: true, libraryId: true },
  });
  return { id: user.id, roles: user.roles, libraryId: user.libraryId };
}

export async function loadCast(db: Db): Promise<Cast> {
  return {
    coordinator: await actorOf(db, "juli@tampere.fi"),
    admin: await actorOf(db, "admin@tampere.fi"),
    supervisor: await actorOf(db, "esihenkilo@muurame.fi"),
    otherSupervisor: await newUser(db, "valkeakoski", ["SUPERVISOR", "STAFF"], "esihenkilo-testi"),
    staff: await actorOf(db, "marju@valkeakoski.fi"),
    ownStaff: await newUser(db, "muurame", ["STAFF"], "tyontekija-testi"),
  };
}

// Kept for older imports; the builder lives with the server-action harness.
export { form } from "./support/server-actions";

/** Every row a refused form must leave as it was. */
export async function writes(db: Db) {
  const [themes, menus, offerings, offeringThemes, sessions, orders, interests, audits, jobs, sessionState] =
    await Promise.all([
      db.theme.count(),
      db.trainingMenu.count(),
      db.offering.count(),
      db.offeringTheme.count(),
      db.trainingSession.count(),
      db.workshopOrder.count(),
      db.interest.count(),
      db.auditEvent.count(),
      db.job.count(),
      db.trainingSession.findMany({
        select: { id: true, updatedAt: true, capacity: true, status: true },
        orderBy: { id: "asc" },
      }),
    ]);
  return { themes, menus, offerings, offeringThemes, sessions, orders, interests, audits, jobs, sessionState };
}

/** A published (or draft) menu with one offering of its own. */
export async function createOffering(
  db: Db,
  options: { orderable?: boolean; menuStatus?: "DRAFT" | "PUBLISHED" } = {},
): Promise<{ menuId: string; offeringId: string; slug: string }> {
  const id = uniq();
  const menu = await db.trainingMenu.create({
    data: {
      slug: `ta-menu-${id}`,
      title: `Hallintatesti ${id}`,
      periodStart: new Date("2027-01-01"),
      periodEnd: new Date("2027-12-31"),
      status: options.menuStatus ?? "PUBLISHED",
    },
    select: { id: true },
  });
  const offering = await db.offering.create({
    data: {
      menuId: menu.id,
      slug: `ta-offering-${id}`,
      kind: "WORKSHOP",
      title: `Hallintatestin työpaja ${id}`,
      orderable: options.orderable ?? false,
    },
    select: { id: true, slug: true },
  });
  return { menuId: menu.id, offeringId: offering.id, slug: offering.slug };
}

/** datetime-local strings n days from now, Helsinki wall clock at the given hour. */
export function localDay(daysAhead: number, hour: number): string {
  const date = new Date(Date.now() + daysAhead * 24 * 3600 * 1000);
  const local = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki", dateStyle: "short" }).format(date);
  return `${local}T${String(hour).padStart(2, "0")}:00`;
}
