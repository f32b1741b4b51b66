// Reads of steering-group meetings. Visibility lives in the `where`: a meeting
// whose status the actor may not see does not exist for them.
import "server-only";
import { cache } from "react";
import { can, visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { helsinkiMonthRange, helsinkiToday, isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type {
  ActionItemStatus,
  AgendaItemKind,
  AttendanceStatus,
  MaterialVisibility,
  MeetingStatus,
} from "@/lib/db/enums";
import { ownerOf, type Owner } from "@/lib/action-items/rules";
import { safeHttpUrl, isUuid } from "@/lib/http/fields";
import { personNameSelect, toPersonName, toPersonNameOrNull, type PersonNameRow } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";
import { canPrintMeeting, hasMinutes } from "./rules";

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

/**
 * The meetings API's list: visible meetings, narrowed by the Helsinki year of
 * the start and by status in the query itself, oldest first. A status the
 * actor may not see matches nothing.
 */
export async function listMeetingsForApi(
  actor: Actor | null,
  query: { year?: number; status?: MeetingStatus },
): Promise<MeetingSummary[]> {
  const visible = visibleMeetingStatuses(actor);
  const statuses = query.status === undefined ? visible : visible.filter((s) => s === query.status);
  if (statuses.length === 0) return [];
  const startsAt =
    query.year === undefined
      ? undefined
      : { gte: helsinkiMonthRange(`${query.year}-01`).start, lt: helsinkiMonthRange(`${query.year + 1}-01`).start };
  const rows = await db().meeting.findMany({
    where: { status: { in: statuses }, startsAt },
    select: { id: true, title: true, startsAt: true, endsAt: true, location: true, remoteUrl: true, status: true },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return rows.map(({ remoteUrl, ...m }) => ({ ...m, hasRemote: !!remoteUrl }));
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
  /** A linked user, or the name typed in (libraryName null). */
  presenter: PersonName | null;
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
  owner: Owner | null;
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
  chair: PersonName | null;
  secretary: PersonName | null;
  chairId: string | null;
  secretaryId: string | null;
  attendees: Attendee[];
  minutesVisible: boolean;
  minutesDraft: boolean;
  items: AgendaItemView[];
  newsRound: LibraryUpdateView[];
  decisions: DecisionView[];
  actionItems: ActionItemView[];
};

/** An invited person as everyone who sees the meeting sees them: name and library, no address. */
export type Attendee = PersonName & { userId: string; status: AttendanceStatus };

/** Invited people with their attendance, by name (the nameless last). */
export const attendeeQuery = {
  select: { status: true, user: { select: { id: true, ...personNameSelect } } },
  orderBy: { user: { name: { sort: "asc", nulls: "last" } } },
} as const;

export function toAttendee(a: { status: AttendanceStatus; user: { id: string } & PersonNameRow }): Attendee {
  return { userId: a.user.id, ...toPersonName(a.user), status: a.status };
}

/** An agenda item's presenter: the linked user, else the name typed in. */
export function presenterOf(item: {
  presenter: PersonNameRow | null;
  presenterName: string | null;
}): PersonName | null {
  if (item.presenter) return toPersonName(item.presenter);
  return item.presenterName ? { name: item.presenterName, libraryName: null } : null;
}

export type MeetingHeader = { id: string; title: string; status: MeetingStatus; secretaryId: string | null };

/**
 * A meeting's title and what the policy asks (status, secretary), for pages
 * that show the meeting's header and tabs but not its agenda (the news round);
 * null if not visible. Cached per request: metadata and page share one read.
 */
export const getMeetingHeaderForActor = cache(
  async (actor: Actor | null, id: string): Promise<MeetingHeader | null> => {
    if (!isUuid(id)) return null;
    const statuses = visibleMeetingStatuses(actor);
    if (statuses.length === 0) return null;
    return db().meeting.findFirst({
      where: { id, status: { in: statuses } },
      select: { id: true, title: true, status: true, secretaryId: true },
    });
  },
);

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
      chair: { select: personNameSelect },
      secretary: { select: personNameSelect },
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
          presenter: { select: personNameSelect },
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
          ownerUserId: true,
          ownerLibraryId: true,
          ownerName: true,
          ownerUser: { select: personNameSelect },
          ownerLibrary: { select: { name: true } },
        },
        orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
      },
    },
  });
  if (!meeting) return null;

  const minutesVisible = hasMinutes(meeting.status);
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
    chair: toPersonNameOrNull(meeting.chair),
    secretary: toPersonNameOrNull(meeting.secretary),
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
      presenter: presenterOf(item),
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
        owner: ownerOf(a),
        dueDate: a.dueDate,
        status: a.status,
        overdue: a.status === "OPEN" && !!a.dueDate && a.dueDate.toISOString().slice(0, 10) < today,
      }))
      .sort(byItemPosition),
  };
});

/** The printable muistio of a meeting, or null when there is none for this actor (yet). */
export async function getPrintableMeeting(actor: Actor | null, id: string): Promise<MeetingDetail | null> {
  const meeting = await getMeetingForActor(actor, id);
  return meeting && canPrintMeeting(actor, meeting) ? meeting : null;
}
