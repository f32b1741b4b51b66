// Coordinators' reads of a meeting: the edit page (details, invitations,
// agenda with what hangs on each item), the people pickers and the status
// history. Members' reads are in lib/meetings/data.ts.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { can, visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { AgendaItemKind, AttendanceStatus, MeetingStatus } from "@/lib/db/enums";
import { isUuid } from "@/lib/http/fields";
import { attendeeQuery, toAttendee } from "../data";
import { canManageMeeting } from "../rules";

export type AgendaItemEditView = {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  body: string | null;
  presenterId: string | null;
  presenterName: string | null;
  /** The presenter as shown: the linked user's name, else the name typed in. */
  presenter: string | null;
  /** What goes with the item if it is removed. */
  materials: number;
  decisions: number;
  actionItems: number;
  hasMinutes: boolean;
};

export type MeetingEditView = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  /** As stored, for the form. */
  remoteUrl: string | null;
  status: MeetingStatus;
  approvedAt: Date | null;
  chairId: string | null;
  secretaryId: string | null;
  attendees: { userId: string; name: string; libraryName: string | null; status: AttendanceStatus }[];
  items: AgendaItemEditView[];
};

/** A meeting as its coordinator edits it; null unless the actor may manage it. */
export const getMeetingForEdit = cache(async (actor: Actor | null, id: string): Promise<MeetingEditView | null> => {
  if (!actor || !can(actor, "meeting.manage") || !isUuid(id)) return null;
  const meeting = await db().meeting.findFirst({
    where: { id, status: { in: visibleMeetingStatuses(actor) } },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      remoteUrl: true,
      status: true,
      approvedAt: true,
      chairId: true,
      secretaryId: true,
      attendances: attendeeQuery,
      agendaItems: {
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          body: true,
          minutes: true,
          presenterId: true,
          presenterName: true,
          presenter: { select: { name: true, email: true } },
          _count: { select: { materials: true, decisions: true, actionItems: true } },
        },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!meeting || !canManageMeeting(actor, meeting)) return null;
  return {
    id: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    remoteUrl: meeting.remoteUrl,
    status: meeting.status,
    approvedAt: meeting.approvedAt,
    chairId: meeting.chairId,
    secretaryId: meeting.secretaryId,
    attendees: meeting.attendances.map(toAttendee),
    items: meeting.agendaItems.map((item) => ({
      id: item.id,
      position: item.position,
      kind: item.kind,
      title: item.title,
      body: item.body,
      presenterId: item.presenterId,
      presenterName: item.presenterName,
      presenter: item.presenter ? (item.presenter.name ?? item.presenter.email) : item.presenterName,
      materials: item._count.materials,
      decisions: item._count.decisions,
      actionItems: item._count.actionItems,
      hasMinutes: !!item.minutes?.trim(),
    })),
  };
});

export type MeetingPerson = {
  id: string;
  name: string;
  libraryName: string | null;
  /** In the steering group (invited by default). */
  steering: boolean;
  /** Steering group, coordinators and admins: listed first in pickers. */
  core: boolean;
};

/** Everyone a coordinator can invite or name as chair, secretary or presenter: the steering group and coordinators first. */
export async function listMeetingPeople(actor: Actor | null): Promise<MeetingPerson[]> {
  if (!can(actor, "meeting.manage")) return [];
  const users = await db().user.findMany({
    select: { id: true, name: true, email: true, roles: true, library: { select: { name: true } } },
    orderBy: [{ name: "asc" }, { email: "asc" }],
  });
  const people = users.map((u) => ({
    id: u.id,
    name: u.name ?? u.email,
    libraryName: u.library?.name ?? null,
    steering: u.roles.includes("STEERING"),
    core: u.roles.some((role) => role === "STEERING" || role === "COORDINATOR" || role === "ADMIN"),
  }));
  const byName = (a: MeetingPerson, b: MeetingPerson) => a.name.localeCompare(b.name, "fi");
  return [...people.filter((p) => p.core).sort(byName), ...people.filter((p) => !p.core).sort(byName)];
}

export type StatusHistoryEntry = {
  id: string;
  at: Date;
  actorName: string | null;
  action: "meeting.create" | "meeting.status" | "meeting.reopen";
  from: MeetingStatus | null;
  to: MeetingStatus | null;
  /** Why approved minutes were reopened. */
  reason: string | null;
};

const STATUS_ACTIONS = ["meeting.create", "meeting.status", "meeting.reopen"] as const;
const meetingStatusValue = z.enum(["PLANNED", "AGENDA_PUBLISHED", "MINUTES_DRAFT", "MINUTES_APPROVED"]);
const statusIn = (json: unknown): MeetingStatus | null => {
  const parsed = z.object({ status: meetingStatusValue }).safeParse(json);
  return parsed.success ? parsed.data.status : null;
};

/** The meeting's status changes from the audit trail, oldest first; empty unless the actor manages meetings. */
export async function listMeetingStatusHistory(actor: Actor | null, meetingId: string): Promise<StatusHistoryEntry[]> {
  if (!can(actor, "meeting.manage") || !isUuid(meetingId)) return [];
  const events = await db().auditEvent.findMany({
    where: { entityType: "Meeting", entityId: meetingId, action: { in: [...STATUS_ACTIONS] } },
    select: {
      id: true,
      action: true,
      summary: true,
      before: true,
      after: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return events.map((e) => ({
    id: e.id,
    at: e.createdAt,
    actorName: e.actor ? (e.actor.name ?? e.actor.email) : null,
    action: e.action as StatusHistoryEntry["action"],
    from: statusIn(e.before),
    to: statusIn(e.after),
    reason: e.action === "meeting.reopen" ? e.summary : null,
  }));
}
