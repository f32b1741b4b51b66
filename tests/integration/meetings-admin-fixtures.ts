// The coordinators' meeting tests: the cast (seeded demo users, one per
// role), a meeting in any status built straight in the database, and a
// count of every row a refused form must not write.
import type { Actor } from "@/lib/auth/policy";
import type { Db } from "@/lib/db/client";
import type { MeetingStatus } from "@/lib/db/enums";
import { STANDARD_AGENDA } from "@/lib/meetings/agenda-template";
import { uniq } from "./trainings-admin-fixtures";

export { form, localDay, uniq } from "./trainings-admin-fixtures";

export type MeetingCast = {
  /** marju@valkeakoski.fi */
  staff: Actor;
  /** esihenkilo@muurame.fi */
  supervisor: Actor;
  /** hanna@jkl.fi */
  steering: Actor;
  /** juli@tampere.fi */
  coordinator: Actor;
  /** admin@tampere.fi */
  admin: Actor;
};

async function actorOf(db: Db, email: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, roles: true, libraryId: true },
  });
  return { id: user.id, roles: user.roles, libraryId: user.libraryId };
}

export async function loadMeetingCast(db: Db): Promise<MeetingCast> {
  return {
    staff: await actorOf(db, "marju@valkeakoski.fi"),
    supervisor: await actorOf(db, "esihenkilo@muurame.fi"),
    steering: await actorOf(db, "hanna@jkl.fi"),
    coordinator: await actorOf(db, "juli@tampere.fi"),
    admin: await actorOf(db, "admin@tampere.fi"),
  };
}

/** Everyone with the STEERING role: who a new meeting invites by default. */
export async function steeringGroupIds(db: Db): Promise<string[]> {
  const users = await db.user.findMany({ where: { roles: { has: "STEERING" } }, select: { id: true } });
  return users.map((u) => u.id).sort();
}

/**
 * A meeting in the given status, straight in the database: the standard
 * agenda, the given invitees, a place; 30 days ahead unless told otherwise.
 */
export async function createMeetingRow(
  db: Db,
  options: {
    status?: MeetingStatus;
    attendeeIds?: string[];
    location?: string | null;
    remoteUrl?: string | null;
    daysAhead?: number;
  } = {},
): Promise<{ id: string; itemIds: string[] }> {
  // On the minute, as a form would give it (calendars carry whole seconds).
  const startsAt = new Date(Math.floor(Date.now() / 60_000) * 60_000 + (options.daysAhead ?? 30) * 24 * 3600 * 1000);
  const meeting = await db.meeting.create({
    data: {
      title: `Testikokous ${uniq()}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600 * 1000),
      location: options.location === undefined ? "Tampereen pääkirjasto Metso" : options.location,
      remoteUrl: options.remoteUrl ?? null,
      status: options.status ?? "PLANNED",
      approvedAt: options.status === "MINUTES_APPROVED" ? new Date() : null,
      agendaItems: {
        create: STANDARD_AGENDA.map((item, i) => ({
          position: i + 1,
          kind: item.kind,
          title: item.title,
          body: item.body,
        })),
      },
      attendances: { create: (options.attendeeIds ?? []).map((userId) => ({ userId })) },
    },
    select: { id: true, agendaItems: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  return { id: meeting.id, itemIds: meeting.agendaItems.map((item) => item.id) };
}

/** The agenda as (position, title) pairs, in order. */
export async function agendaOf(db: Db, meetingId: string) {
  return db.agendaItem.findMany({
    where: { meetingId },
    select: { id: true, position: true, kind: true, title: true },
    orderBy: { position: "asc" },
  });
}

/** Every row a refused form must leave as it was. */
export async function meetingWrites(db: Db) {
  const [
    meetings,
    agendaItems,
    attendances,
    audits,
    jobs,
    materials,
    decisions,
    meetingState,
    itemState,
    attendanceState,
  ] = await Promise.all([
    db.meeting.count(),
    db.agendaItem.count(),
    db.meetingAttendance.count(),
    db.auditEvent.count(),
    db.job.count(),
    db.material.count(),
    db.decision.count(),
    db.meeting.findMany({ select: { id: true, updatedAt: true, status: true }, orderBy: { id: "asc" } }),
    db.agendaItem.findMany({ select: { id: true, position: true, updatedAt: true }, orderBy: { id: "asc" } }),
    db.meetingAttendance.findMany({
      select: { meetingId: true, userId: true, status: true },
      orderBy: [{ meetingId: "asc" }, { userId: "asc" }],
    }),
  ]);
  return {
    meetings,
    agendaItems,
    attendances,
    audits,
    jobs,
    materials,
    decisions,
    meetingState,
    itemState,
    attendanceState,
  };
}
