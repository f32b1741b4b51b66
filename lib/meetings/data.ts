// Reads of steering-group meetings. Visibility lives in the `where`: a meeting
// whose status the actor may not see does not exist for them.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { can, visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { helsinkiToday, isoDay } from "@/lib/dates";
import { db, type Db } from "@/lib/db";
import type {
  ActionItemStatus,
  AgendaItemKind,
  AttendanceStatus,
  MaterialVisibility,
  MeetingStatus,
} from "@/lib/db/enums";
import { canManageMeeting } from "./rules";
import { safeHttpUrl, isUuid } from "@/lib/http/fields";

export type MeetingSummary = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  hasRemote: boolean;
  status: MeetingStatus;
};

/** Meetings the actor may see: upcoming (not yet ended) soonest first, then past newest first. */
export async function listMeetingsForActor(
  actor: Actor | null,
  now: Date = new Date(),
): Promise<{ upcoming: MeetingSummary[]; past: MeetingSummary[] }> {
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return { upcoming: [], past: [] };
  const select = {
    id: true,
    title: true,
    startsAt: true,
    endsAt: true,
    location: true,
    remoteUrl: true,
    status: true,
  } as const;
  const [upcoming, past] = await Promise.all([
    db().meeting.findMany({
      where: { status: { in: statuses }, endsAt: { gte: now } },
      select,
      orderBy: { startsAt: "asc" },
    }),
    db().meeting.findMany({
      where: { status: { in: statuses }, endsAt: { lt: now } },
      select,
      orderBy: { startsAt: "desc" },
    }),
  ]);
  const toSummary = ({ remoteUrl, ...m }: (typeof upcoming)[number]): MeetingSummary => ({
    ...m,
    hasRemote: !!remoteUrl,
  });
  return { upcoming: upcoming.map(toSummary), past: past.map(toSummary) };
}

export type MaterialView =
  | {
      id: string;
      kind: "FILE";
      title: string;
      fileName: string | null;
      sizeBytes: number | null;
      /** As sniffed from the content at upload. */
      mimeType: string | null;
    }
  | { id: string; kind: "LINK"; title: string; url: string | null };

export type AgendaItemView = {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  body: string | null;
  /** Null unless the meeting's minutes are visible (draft or approved). */
  minutes: string | null;
  presenter: string | null;
  materials: MaterialView[];
};

export type LibraryUpdateView = {
  id: string;
  libraryName: string;
  budget: string | null;
  staffing: string | null;
  projects: string | null;
  events: string | null;
  body: string | null;
};

export type DecisionView = { id: string; text: string; agendaItemId: string | null; itemPosition: number | null };

export type ActionItemView = {
  id: string;
  title: string;
  description: string | null;
  agendaItemId: string | null;
  itemPosition: number | null;
  owner: string | null;
  dueDate: Date | null;
  status: ActionItemStatus;
  /** OPEN and due before today in Helsinki. */
  overdue: boolean;
};

export type MeetingDetail = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  /** Only http(s) links survive. */
  remoteUrl: string | null;
  status: MeetingStatus;
  summary: string | null;
  approvedAt: Date | null;
  chairName: string | null;
  secretaryName: string | null;
  chairId: string | null;
  secretaryId: string | null;
  attendees: { userId: string; name: string; libraryName: string | null; status: AttendanceStatus }[];
  minutesVisible: boolean;
  minutesDraft: boolean;
  items: AgendaItemView[];
  newsRound: LibraryUpdateView[];
  decisions: DecisionView[];
  actionItems: ActionItemView[];
};

/** Invited people with their attendance, by name. */
const attendeeQuery = {
  select: {
    status: true,
    user: { select: { id: true, name: true, email: true, library: { select: { name: true } } } },
  },
  orderBy: { user: { name: "asc" } },
} as const;

function toAttendee(a: {
  status: AttendanceStatus;
  user: { id: string; name: string | null; email: string; library: { name: string } | null };
}): MeetingDetail["attendees"][number] {
  return {
    userId: a.user.id,
    name: a.user.name ?? a.user.email,
    libraryName: a.user.library?.name ?? null,
    status: a.status,
  };
}

const MINUTES_STATUSES: readonly MeetingStatus[] = ["MINUTES_DRAFT", "MINUTES_APPROVED"];

/**
 * One meeting with its agenda, minutes, news round, decisions and action items;
 * null if not visible. Cached per request: metadata and page share one read.
 */
export const getMeetingForActor = cache(async (actor: Actor | null, id: string): Promise<MeetingDetail | null> => {
  if (!isUuid(id)) return null;
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return null;
  // Coordinator-only materials (e.g. budget drafts) stay hidden from the steering group.
  const materialVisibility: MaterialVisibility[] = can(actor, "meeting.manage")
    ? ["MEETING", "COORDINATORS"]
    : ["MEETING"];

  const meeting = await db().meeting.findFirst({
    where: { id, status: { in: statuses } },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      location: true,
      remoteUrl: true,
      status: true,
      summary: true,
      approvedAt: true,
      chairId: true,
      secretaryId: true,
      chair: { select: { name: true, email: true } },
      secretary: { select: { name: true, email: true } },
      attendances: attendeeQuery,
      agendaItems: {
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          body: true,
          minutes: true,
          presenterName: true,
          presenter: { select: { name: true } },
          materials: {
            where: { visibility: { in: materialVisibility } },
            select: { id: true, kind: true, title: true, url: true, fileName: true, sizeBytes: true, mimeType: true },
            orderBy: { createdAt: "asc" },
          },
        },
        orderBy: { position: "asc" },
      },
      libraryUpdates: {
        // Drafts belong to their library until submitted.
        where: { submittedAt: { not: null } },
        select: {
          id: true,
          budget: true,
          staffing: true,
          projects: true,
          events: true,
          body: true,
          library: { select: { name: true } },
        },
        orderBy: [{ library: { sortOrder: "asc" } }, { library: { name: "asc" } }],
      },
      decisions: {
        select: { id: true, text: true, agendaItemId: true },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      },
      originActionItems: {
        select: {
          id: true,
          title: true,
          description: true,
          agendaItemId: true,
          dueDate: true,
          status: true,
          ownerName: true,
          ownerUser: { select: { name: true } },
          ownerLibrary: { select: { name: true } },
        },
        orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      },
    },
  });
  if (!meeting) return null;

  const minutesVisible = MINUTES_STATUSES.includes(meeting.status);
  const positionOf = new Map(meeting.agendaItems.map((item) => [item.id, item.position]));
  const itemPosition = (agendaItemId: string | null) => (agendaItemId ? (positionOf.get(agendaItemId) ?? null) : null);
  const byItemPosition = <T extends { itemPosition: number | null }>(a: T, b: T) =>
    (a.itemPosition ?? Number.MAX_SAFE_INTEGER) - (b.itemPosition ?? Number.MAX_SAFE_INTEGER);
  const today = isoDay(helsinkiToday());

  return {
    id: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    location: meeting.location,
    remoteUrl: safeHttpUrl(meeting.remoteUrl),
    status: meeting.status,
    summary: meeting.summary,
    approvedAt: meeting.approvedAt,
    chairName: meeting.chair ? (meeting.chair.name ?? meeting.chair.email) : null,
    secretaryName: meeting.secretary ? (meeting.secretary.name ?? meeting.secretary.email) : null,
    chairId: meeting.chairId,
    secretaryId: meeting.secretaryId,
    attendees: meeting.attendances.map(toAttendee),
    minutesVisible,
    minutesDraft: meeting.status === "MINUTES_DRAFT",
    items: meeting.agendaItems.map((item) => ({
      id: item.id,
      position: item.position,
      kind: item.kind,
      title: item.title,
      body: item.body,
      minutes: minutesVisible ? item.minutes : null,
      presenter: item.presenter?.name ?? item.presenterName,
      materials: item.materials.map((m): MaterialView =>
        m.kind === "FILE"
          ? {
              id: m.id,
              kind: "FILE",
              title: m.title,
              fileName: m.fileName,
              sizeBytes: m.sizeBytes,
              mimeType: m.mimeType,
            }
          : { id: m.id, kind: "LINK", title: m.title, url: safeHttpUrl(m.url) },
      ),
    })),
    newsRound: meeting.libraryUpdates.map(({ library, ...update }) => ({ ...update, libraryName: library.name })),
    decisions: meeting.decisions
      .map((d) => ({ ...d, itemPosition: itemPosition(d.agendaItemId) }))
      .sort(byItemPosition),
    actionItems: meeting.originActionItems
      .map((a) => ({
        id: a.id,
        title: a.title,
        description: a.description,
        agendaItemId: a.agendaItemId,
        itemPosition: itemPosition(a.agendaItemId),
        owner: a.ownerUser?.name ?? a.ownerLibrary?.name ?? a.ownerName,
        dueDate: a.dueDate,
        status: a.status,
        overdue: a.status === "OPEN" && !!a.dueDate && a.dueDate.toISOString().slice(0, 10) < today,
      }))
      .sort(byItemPosition),
  };
});

// ───────────── coordinators' edit page, pickers and history ─────────────

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

/**
 * What the agenda mail needs: the meeting with its agenda, and the invitee
 * (with roles, to check they may still see it). Null if either is gone.
 */
export async function loadMeetingForAgendaMail(meetingId: string, userId: string, client: Db = db()) {
  const [meeting, user] = await Promise.all([
    client.meeting.findUnique({
      where: { id: meetingId },
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        location: true,
        remoteUrl: true,
        status: true,
        updatedAt: true,
        chair: { select: { name: true, email: true } },
        agendaItems: {
          select: {
            position: true,
            kind: true,
            title: true,
            body: true,
            presenterName: true,
            presenter: { select: { name: true, email: true } },
          },
          orderBy: { position: "asc" },
        },
        attendances: { where: { userId }, select: { status: true } },
      },
    }),
    client.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, locale: true, roles: true, libraryId: true },
    }),
  ]);
  if (!meeting || !user) return null;
  const { attendances, agendaItems, chair, ...rest } = meeting;
  return {
    meeting: {
      ...rest,
      chairName: chair ? (chair.name ?? chair.email) : null,
      items: agendaItems.map((item) => ({
        position: item.position,
        kind: item.kind,
        title: item.title,
        body: item.body,
        presenter: item.presenter ? (item.presenter.name ?? item.presenter.email) : item.presenterName,
      })),
    },
    user,
    invited: attendances.length > 0,
  };
}

export type AgendaMailData = NonNullable<Awaited<ReturnType<typeof loadMeetingForAgendaMail>>>;
