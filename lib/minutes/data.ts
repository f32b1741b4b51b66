// Reads for the minutes editor and the revision history. Visibility lives in
// the `where` (the meeting's status) and in lib/minutes/rules: a meeting or
// history the actor may not see is null, which the page turns into a 404.
import "server-only";
import { cache } from "react";
import { visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { AgendaItemKind, MeetingStatus } from "@/lib/db/enums";
import {
  canReadMinutesHistory,
  minutesAccess,
  minutesVisibleIn,
  REVISION_HISTORY_LIMIT,
  type MinutesAccess,
} from "./rules";
import { isUuid } from "@/lib/http/fields";

const personName = (user: { name: string | null; email: string } | null) => (user ? (user.name ?? user.email) : null);

export type MinutesMeeting = {
  id: string;
  title: string;
  status: MeetingStatus;
  secretaryId: string | null;
  startsAt: Date;
  endsAt: Date;
};

export type RevisionSummary = { id: string; authorName: string | null; createdAt: Date };

export type MinutesEditorItem = {
  id: string;
  position: number;
  kind: AgendaItemKind;
  title: string;
  /** Null when the actor may neither write nor read the minutes yet. */
  minutes: string | null;
  latestRevision: RevisionSummary | null;
  revisionCount: number;
};

export type MinutesEditor = {
  meeting: MinutesMeeting;
  access: Exclude<MinutesAccess, "hidden">;
  /** Whether the revision history may be opened (see canReadMinutesHistory). */
  historyVisible: boolean;
  items: MinutesEditorItem[];
};

/** The minutes editor's view of one meeting; null if the actor may not see the meeting. */
export const getMinutesEditor = cache(async (actor: Actor | null, meetingId: string): Promise<MinutesEditor | null> => {
  if (!isUuid(meetingId)) return null;
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return null;
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, status: { in: statuses } },
    select: {
      id: true,
      title: true,
      status: true,
      secretaryId: true,
      startsAt: true,
      endsAt: true,
      agendaItems: {
        select: {
          id: true,
          position: true,
          kind: true,
          title: true,
          minutes: true,
          revisions: {
            select: { id: true, createdAt: true, author: { select: { name: true, email: true } } },
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
  const { agendaItems, ...ref } = meeting;
  const access = minutesAccess(actor, ref);
  if (access === "hidden") return null;
  // Work in progress (agenda published) is shown only to those who write it.
  const showMinutes = access === "write" || minutesVisibleIn(ref.status);
  return {
    meeting: ref,
    access,
    historyVisible: canReadMinutesHistory(actor, ref),
    items: agendaItems.map((item) => {
      const latest = item.revisions[0];
      return {
        id: item.id,
        position: item.position,
        kind: item.kind,
        title: item.title,
        minutes: showMinutes ? item.minutes : null,
        latestRevision:
          showMinutes && latest
            ? { id: latest.id, authorName: personName(latest.author), createdAt: latest.createdAt }
            : null,
        revisionCount: showMinutes ? item._count.revisions : 0,
      };
    }),
  };
});

export type MinutesRevisionView = RevisionSummary & { minutes: string };

export type MinutesHistory = {
  meeting: MinutesMeeting;
  item: { id: string; position: number; title: string };
  /** Newest first, at most REVISION_HISTORY_LIMIT. */
  revisions: MinutesRevisionView[];
  total: number;
  /** Whether the actor may write these minutes now (the page links back to the editor). */
  canWrite: boolean;
};

/**
 * The revisions of one agenda item's minutes; null (→ 404) for an unknown id,
 * an item of another meeting, or a meeting or minutes the actor may not see.
 */
export const getMinutesHistory = cache(
  async (actor: Actor | null, meetingId: string, agendaItemId: string): Promise<MinutesHistory | null> => {
    if (!isUuid(meetingId) || !isUuid(agendaItemId)) return null;
    const statuses = visibleMeetingStatuses(actor);
    if (statuses.length === 0) return null;
    const item = await db().agendaItem.findFirst({
      where: { id: agendaItemId, meetingId, meeting: { status: { in: statuses } } },
      select: {
        id: true,
        position: true,
        title: true,
        meeting: {
          select: { id: true, title: true, status: true, secretaryId: true, startsAt: true, endsAt: true },
        },
      },
    });
    if (!item || !canReadMinutesHistory(actor, item.meeting)) return null;
    const [revisions, total] = await Promise.all([
      db().minutesRevision.findMany({
        where: { agendaItemId: item.id },
        select: { id: true, minutes: true, createdAt: true, author: { select: { name: true, email: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: REVISION_HISTORY_LIMIT,
      }),
      db().minutesRevision.count({ where: { agendaItemId: item.id } }),
    ]);
    return {
      meeting: item.meeting,
      item: { id: item.id, position: item.position, title: item.title },
      revisions: revisions.map(({ author, ...revision }) => ({ ...revision, authorName: personName(author) })),
      total,
      canWrite: minutesAccess(actor, item.meeting) === "write",
    };
  },
);
