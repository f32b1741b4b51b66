// Coordinators' reads of a meeting: the edit page (details, invitations,
// agenda with what hangs on each item), the people pickers and the status
// history. Members' reads are in lib/meetings/data.ts.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { can, visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { AgendaItemKind, MeetingStatus } from "@/lib/db/enums";
import { isUuid } from "@/lib/http/fields";
import { personNameSelect, toPersonName, toPersonNameOrNull } from "@/lib/users/data";
import { compareByName, type PersonName } from "@/lib/users/rules";
import { attendeeQuery, presenterOf, toAttendee, type Attendee } from "../data";
import { canBeInvited, canBeSecretary, canManageMeeting } from "../rules";

export type AgendaItemEditView = {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  body: string | null;
  presenterId: string | null;
  presenterName: string | null;
  /** The presenter as shown: the linked user, else the name typed in. */
  presenter: PersonName | null;
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
  /** invitable: will see the published agenda (publishing mails only them). */
  attendees: (Attendee & { invitable: boolean })[];
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
      attendances: {
        ...attendeeQuery,
        select: {
          status: true,
          user: { select: { ...attendeeQuery.select.user.select, roles: true, libraryId: true } },
        },
      },
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
          presenter: { select: personNameSelect },
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
    attendees: meeting.attendances.map((a) => ({ ...toAttendee(a), invitable: canBeInvited(a.user) })),
    items: meeting.agendaItems.map((item) => ({
      id: item.id,
      position: item.position,
      kind: item.kind,
      title: item.title,
      body: item.body,
      presenterId: item.presenterId,
      presenterName: item.presenterName,
      presenter: presenterOf(item),
      materials: item._count.materials,
      decisions: item._count.decisions,
      actionItems: item._count.actionItems,
      hasMinutes: !!item.minutes?.trim(),
    })),
  };
});

export type MeetingPerson = PersonName & {
  id: string;
  /** In the steering group (invited by default). */
  steering: boolean;
  /** May be invited and be the chair: will see the published agenda the invitation mails (canBeInvited). */
  invitable: boolean;
  /** May be the secretary: could see and write the minutes (canBeSecretary). */
  secretaryEligible: boolean;
};

/**
 * Everyone a coordinator can name as a presenter, each marked with whether
 * they may be invited (and chair) and be the secretary: the forms offer those
 * pickers only the eligible, and the mutations refuse the others. Those who
 * may be invited first, then by name.
 */
export async function listMeetingPeople(actor: Actor | null): Promise<MeetingPerson[]> {
  if (!can(actor, "meeting.manage")) return [];
  const users = await db().user.findMany({
    select: { id: true, roles: true, libraryId: true, ...personNameSelect },
  });
  const people = users.map((u): MeetingPerson => {
    const person = { id: u.id, roles: u.roles, libraryId: u.libraryId };
    return {
      id: u.id,
      ...toPersonName(u),
      steering: u.roles.includes("STEERING"),
      invitable: canBeInvited(person),
      secretaryEligible: canBeSecretary(person),
    };
  });
  return people.sort((a, b) => Number(b.invitable) - Number(a.invitable) || compareByName(a, b));
}

export type StatusHistoryEntry = {
  id: string;
  at: Date;
  actor: PersonName | null;
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
      actor: { select: personNameSelect },
    },
    orderBy: { createdAt: "asc" },
  });
  return events.map((e) => ({
    id: e.id,
    at: e.createdAt,
    actor: toPersonNameOrNull(e.actor),
    action: e.action as StatusHistoryEntry["action"],
    from: statusIn(e.before),
    to: statusIn(e.after),
    reason: e.action === "meeting.reopen" ? e.summary : null,
  }));
}

/** Someone the agenda mail was or was not sent to. */
export type MailingPerson = PersonName & { userId: string };

export type AgendaMailing = {
  /** When the agenda was published. */
  at: Date;
  /** Their agenda mail was queued: at publishing, or when they were invited afterwards. */
  mailed: MailingPerson[];
  /** Invited at publishing but not mailed: they may not see the agenda. */
  notMailed: MailingPerson[];
};

const publishedAfter = z.object({
  status: z.literal("AGENDA_PUBLISHED"),
  mailed: z.array(z.string()),
  notMailed: z.array(z.string()),
});
const updatedAfter = z.object({ mailed: z.array(z.string()) });

/**
 * Who the published agenda was mailed to, and who not and why, from the audit
 * trail (the publishing event, and edits that invited someone afterwards):
 * the jobs themselves are purged once done. Null before publishing, for a
 * meeting published before this was recorded, and unless the actor manages meetings.
 */
export async function getAgendaMailing(actor: Actor | null, meetingId: string): Promise<AgendaMailing | null> {
  if (!can(actor, "meeting.manage") || !isUuid(meetingId)) return null;
  const events = await db().auditEvent.findMany({
    where: { entityType: "Meeting", entityId: meetingId, action: { in: ["meeting.status", "meeting.update"] } },
    select: { action: true, after: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const publishedAt = events.findIndex(
    (e) => e.action === "meeting.status" && publishedAfter.safeParse(e.after).success,
  );
  if (publishedAt < 0) return null;
  const published = publishedAfter.parse(events[publishedAt]!.after);
  const mailedIds = new Set(published.mailed);
  for (const event of events.slice(publishedAt + 1)) {
    const update = event.action === "meeting.update" ? updatedAfter.safeParse(event.after) : null;
    for (const id of update?.success ? update.data.mailed : []) mailedIds.add(id);
  }
  const users = await db().user.findMany({
    where: { id: { in: [...mailedIds, ...published.notMailed].filter(isUuid) } },
    select: { id: true, ...personNameSelect },
  });
  const people = users.map((u): MailingPerson => ({ userId: u.id, ...toPersonName(u) })).sort(compareByName);
  return {
    at: events[publishedAt]!.createdAt,
    mailed: people.filter((p) => mailedIds.has(p.userId)),
    notMailed: people.filter((p) => published.notMailed.includes(p.userId) && !mailedIds.has(p.userId)),
  };
}
