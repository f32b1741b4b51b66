// Reads for the minutes editor and the revision history. Visibility lives in
// the `where` (the meeting's status) and in lib/minutes/rules: a meeting or
// history the actor may not see is null, which the page turns into a 404.
// Saved drafts (revisions, who saved them, how many) are the writers' alone;
// others who read the minutes get the text and, once approved, who approved
// it and when (issue 9).
import "server-only";
import { cache } from "react";
import { visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { AgendaItemKind, MeetingStatus } from "@/lib/db/enums";
import { isUuid } from "@/lib/http/fields";
import { personNameSelect, toPersonNameOrNull } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";
import {
  minutesAccess,
  minutesHistoryView,
  minutesVisibleIn,
  REVISION_HISTORY_LIMIT,
  type MinutesAccess,
} from "./rules";

export type MinutesMeeting = {
  id: string;
  title: string;
  status: MeetingStatus;
  secretaryId: string | null;
  startsAt: Date;
  endsAt: Date;
};

export type RevisionSummary = { id: string; author: PersonName | null; createdAt: Date };

/** Who approved the minutes and when (the approving AuditEvent); `by` is null when no event names them. */
export type MinutesApproval = { at: Date; by: PersonName | null };

export type MinutesEditorItem = {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  /** Null when the actor may neither write nor read the minutes yet. */
  minutes: string | null;
  /** The writers' only: null for everyone else. */
  latestRevision: RevisionSummary | null;
  /** The writers' only: 0 for everyone else. */
  revisionCount: number;
};

export type MinutesEditor = {
  meeting: MinutesMeeting;
  access: Exclude<MinutesAccess, "hidden">;
  /** Whether the revision history of drafts may be opened (minutesHistoryView "revisions"). */
  historyVisible: boolean;
  /** Approved minutes: who approved them and when. */
  approval: MinutesApproval | null;
  items: MinutesEditorItem[];
};

const meetingSelect = {
  id: true,
  title: true,
  status: true,
  secretaryId: true,
  startsAt: true,
  endsAt: true,
  approvedAt: true,
} as const;

/**
 * The approval of a meeting's minutes: approvedAt, and the coordinator of the
 * latest status change to MINUTES_APPROVED (reopening and approving again
 * makes a new one). Null unless the minutes are approved.
 */
async function loadApproval(meeting: {
  id: string;
  status: MeetingStatus;
  approvedAt: Date | null;
}): Promise<MinutesApproval | null> {
  if (meeting.status !== "MINUTES_APPROVED" || !meeting.approvedAt) return null;
  const event = await db().auditEvent.findFirst({
    where: {
      entityType: "Meeting",
      entityId: meeting.id,
      action: "meeting.status",
      after: { path: ["status"], equals: "MINUTES_APPROVED" },
    },
    select: { actor: { select: personNameSelect } },
    orderBy: { createdAt: "desc" },
  });
  return { at: meeting.approvedAt, by: toPersonNameOrNull(event?.actor) };
}

/** The minutes editor's view of one meeting; null if the actor may not see the meeting. */
export const getMinutesEditor = cache(async (actor: Actor | null, meetingId: string): Promise<MinutesEditor | null> => {
  if (!isUuid(meetingId)) return null;
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return null;
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, status: { in: statuses } },
    select: {
      ...meetingSelect,
      agendaItems: {
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          minutes: true,
          revisions: {
            select: { id: true, createdAt: true, author: { select: personNameSelect } },
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: 1,
          },
          _count: { select: { revisions: true } },
        },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!meeting) return null;
  const { agendaItems, approvedAt, ...ref } = meeting;
  const access = minutesAccess(actor, ref);
  if (access === "hidden") return null;
  // Work in progress (agenda published) is shown only to those who write it.
  const showMinutes = access === "write" || minutesVisibleIn(ref.status);
  const showRevisions = minutesHistoryView(actor, ref) === "revisions";
  return {
    meeting: ref,
    access,
    historyVisible: showRevisions,
    approval: await loadApproval({ ...ref, approvedAt }),
    items: agendaItems.map((item) => {
      const latest = item.revisions[0];
      return {
        id: item.id,
        position: item.position,
        kind: item.kind,
        title: item.title,
        minutes: showMinutes ? item.minutes : null,
        latestRevision:
          showRevisions && latest
            ? { id: latest.id, author: toPersonNameOrNull(latest.author), createdAt: latest.createdAt }
            : null,
        revisionCount: showRevisions ? item._count.revisions : 0,
      };
    }),
  };
});

export type MinutesRevisionView = RevisionSummary & { minutes: string };

type MinutesHistoryBase = {
  meeting: MinutesMeeting;
  item: { id: string; position: number; title: string };
  /** Whether the actor may write these minutes now (the page links back to the editor). */
  canWrite: boolean;
  /** Approved minutes: who approved them and when. */
  approval: MinutesApproval | null;
};

/**
 * The history page of one item's minutes (lib/minutes/rules minutesHistoryView):
 * the writers get every saved revision; others who read the minutes get the
 * item's text as it stands, never an earlier draft.
 */
export type MinutesHistory = MinutesHistoryBase &
  (
    | {
        view: "revisions";
        /** Newest first, at most REVISION_HISTORY_LIMIT. */
        revisions: MinutesRevisionView[];
        total: number;
      }
    | { view: "text"; minutes: string | null }
  );

/**
 * The revisions of one agenda item's minutes, or its text for those who read
 * but did not write them; null (→ 404) for an unknown id, an item of another
 * meeting, or a meeting or minutes the actor may not see.
 */
export const getMinutesHistory = cache(
  async (actor: Actor | null, meetingId: string, agendaItemId: string): Promise<MinutesHistory | null> => {
    if (!isUuid(meetingId) || !isUuid(agendaItemId)) return null;
    const statuses = visibleMeetingStatuses(actor);
    if (statuses.length === 0) return null;
    const item = await db().agendaItem.findFirst({
      where: { id: agendaItemId, meetingId, meeting: { status: { in: statuses } } },
      select: { id: true, position: true, title: true, minutes: true, meeting: { select: meetingSelect } },
    });
    if (!item) return null;
    const { approvedAt, ...meeting } = item.meeting;
    const view = minutesHistoryView(actor, meeting);
    if (view === "hidden") return null;
    const base: MinutesHistoryBase = {
      meeting,
      item: { id: item.id, position: item.position, title: item.title },
      canWrite: minutesAccess(actor, meeting) === "write",
      approval: await loadApproval({ ...meeting, approvedAt }),
    };
    // The text only: no revision, author or count is even read.
    if (view === "text") return { ...base, view, minutes: item.minutes };
    const [revisions, total] = await Promise.all([
      db().minutesRevision.findMany({
        where: { agendaItemId: item.id },
        select: { id: true, minutes: true, createdAt: true, author: { select: personNameSelect } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: REVISION_HISTORY_LIMIT,
      }),
      db().minutesRevision.count({ where: { agendaItemId: item.id } }),
    ]);
    return {
      ...base,
      view,
      revisions: revisions.map(({ author, ...revision }) => ({ ...revision, author: toPersonNameOrNull(author) })),
      total,
    };
  },
);
