// Reads of decisions and action items. Visibility lives in the `where`: an
// item exists for a user only when they may see the meeting it came from
// (visibleMeetingStatuses); meetings it was later closed or carried on in are
// named only when the user may see those too.
import "server-only";
import { visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import { helsinkiToday } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { ActionItemReviewOutcome, ActionItemStatus, AgendaItemKind, MeetingStatus } from "@/lib/db/enums";
import { canManageMeeting, canWriteMinutes } from "@/lib/meetings/rules";
import {
  appearsInReview,
  canCloseActionItem,
  isOverdue,
  ownerOf,
  reviewChoices,
  type Owner,
  type ReviewChoices,
} from "./rules";
import { ACTION_ITEMS_PAGE_SIZE, PAGE_STATUS, type ActionItemFilters, type PageFilters } from "./schema";
import { isUuid } from "@/lib/http/fields";
import { personNameSelect, toPersonName } from "@/lib/users/data";
import type { PersonName } from "@/lib/users/rules";

export type MeetingLink = { id: string; title: string; startsAt: Date };

export type ActionItemRow = {
  id: string;
  title: string;
  description: string | null;
  owner: Owner | null;
  dueDate: Date | null;
  status: ActionItemStatus;
  /** Open and due before today in Helsinki. */
  overdue: boolean;
  originMeeting: MeetingLink;
  /** Position of the agenda item it was recorded under, for #kohta-N links. */
  agendaItemPosition: number | null;
  /** Null when not closed in a meeting, or closed in one the user may not see. */
  closedInMeeting: MeetingLink | null;
  closedAt: Date | null;
  /** Visible meetings in which it was carried on, oldest first. */
  carriedOnIn: MeetingLink[];
  /** May this user mark it done on the action items page? */
  canClose: boolean;
  /** Whom it is owned by, for the island that decides canClose on an audience's page (ADR 23). */
  ownerUserId: string | null;
  ownerLibraryId: string | null;
};

const meetingLinkSelect = { id: true, title: true, startsAt: true, status: true } as const;

const itemSelect = {
  id: true,
  title: true,
  description: true,
  ownerUserId: true,
  ownerLibraryId: true,
  ownerName: true,
  dueDate: true,
  status: true,
  closedInMeetingId: true,
  closedAt: true,
  ownerUser: { select: personNameSelect },
  ownerLibrary: { select: { name: true } },
  originMeeting: { select: meetingLinkSelect },
  agendaItem: { select: { position: true } },
  closedInMeeting: { select: meetingLinkSelect },
  reviews: {
    select: {
      meetingId: true,
      outcome: true,
      previousDueDate: true,
      newDueDate: true,
      meeting: { select: meetingLinkSelect },
    },
    orderBy: { meeting: { startsAt: "asc" } },
  },
} as const satisfies Prisma.ActionItemSelect;

type ItemRecord = Prisma.ActionItemGetPayload<{ select: typeof itemSelect }>;

const link = (m: { id: string; title: string; startsAt: Date }): MeetingLink => ({
  id: m.id,
  title: m.title,
  startsAt: m.startsAt,
});

function toRow(item: ItemRecord, actor: Actor | null, statuses: MeetingStatus[], today: Date): ActionItemRow {
  const visible = (m: { status: MeetingStatus } | null) => !!m && statuses.includes(m.status);
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    owner: ownerOf(item),
    dueDate: item.dueDate,
    status: item.status,
    overdue: isOverdue(item, today),
    originMeeting: link(item.originMeeting),
    agendaItemPosition: item.agendaItem?.position ?? null,
    closedInMeeting: item.closedInMeeting && visible(item.closedInMeeting) ? link(item.closedInMeeting) : null,
    closedAt: item.closedAt,
    carriedOnIn: item.reviews
      .filter((r) => r.outcome === "CARRIED_ON" && visible(r.meeting))
      .map((r) => link(r.meeting)),
    canClose: item.status === "OPEN" && canCloseActionItem(actor, item),
    ownerUserId: item.ownerUserId,
    ownerLibraryId: item.ownerLibraryId,
  };
}

function actionItemWhere(
  filters: ActionItemFilters,
  statuses: MeetingStatus[],
  today: Date,
): Prisma.ActionItemWhereInput {
  const and: Prisma.ActionItemWhereInput[] = [{ originMeeting: { status: { in: statuses } } }];
  if (filters.status !== "ALL") and.push({ status: filters.status });
  if (filters.ownerUserId) and.push({ ownerUserId: filters.ownerUserId });
  if (filters.ownerLibraryId) {
    and.push({
      OR: [{ ownerLibraryId: filters.ownerLibraryId }, { ownerUser: { libraryId: filters.ownerLibraryId } }],
    });
  }
  if (filters.overdue === true) and.push({ status: "OPEN", dueDate: { lt: today } });
  if (filters.overdue === false) {
    and.push({ OR: [{ status: { not: "OPEN" } }, { dueDate: null }, { dueDate: { gte: today } }] });
  }
  return { AND: and };
}

const actionItemOrder = [
  { status: "asc" },
  { dueDate: { sort: "asc", nulls: "last" } },
  { createdAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.ActionItemOrderByWithRelationInput[];

/** A page of action items: `nextCursor` continues after the last one, null when there are no more. */
export type ActionItemPage = { items: ActionItemRow[]; nextCursor: string | null };

/**
 * Action items across every meeting the actor may see, filtered: status (OPEN,
 * DONE, CANCELLED or ALL), owner user, owner library (the library itself or a
 * person who works there), overdue. Open ones first, soonest due first; a
 * page at a time (the page and the API). The cursor is opaque to
 * callers; it is the number of rows already given, which is stable for a list
 * ordered by (status, due date, creation, id) while nothing changes.
 */
export async function listActionItemsPage(
  actor: Actor | null,
  filters: ActionItemFilters,
  page: { limit: number; cursor?: string },
  now: Date = new Date(),
): Promise<ActionItemPage> {
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return { items: [], nextCursor: null };
  const today = helsinkiToday(now);
  const offset = page.cursor ? Number(page.cursor) : 0;
  const rows = await db().actionItem.findMany({
    where: actionItemWhere(filters, statuses, today),
    select: itemSelect,
    orderBy: [...actionItemOrder],
    skip: offset,
    // One more than asked tells whether another page follows.
    take: page.limit + 1,
  });
  const items = rows.slice(0, page.limit).map((item) => toRow(item, actor, statuses, today));
  return { items, nextCursor: rows.length > page.limit ? String(offset + page.limit) : null };
}

export type ReviewView = {
  outcome: ActionItemReviewOutcome;
  previousDueDate: Date | null;
  newDueDate: Date | null;
};

export type PreviousActionItem = ActionItemRow & {
  /** What this meeting decided about it, if anything yet. */
  reviewHere: ReviewView | null;
  /** The buttons this user gets here; null when the meeting is not editable by them. */
  choices: ReviewChoices | null;
};

/**
 * "Previous action items" of a meeting: items from earlier meetings still open
 * at it, with what was decided here (see appearsInReview). Null when the
 * meeting is not visible to the actor; only items of visible meetings appear.
 */
export async function listPreviousActionItems(
  actor: Actor | null,
  meetingOrId: string | ReviewMeeting,
  now: Date = new Date(),
): Promise<PreviousActionItem[] | null> {
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return null;
  // Two statements: the meeting with its previous meeting's start (or only the
  // latter when the caller has the meeting), then the items.
  const found =
    typeof meetingOrId === "string"
      ? await findReviewMeeting(meetingOrId, statuses)
      : { meeting: meetingOrId, previousStartsAt: await previousMeetingStart(meetingOrId.startsAt) };
  if (!found || !statuses.includes(found.meeting.status)) return null;
  const { meeting, previousStartsAt } = found;
  const items = await db().actionItem.findMany({
    where: {
      originMeeting: { startsAt: { lt: meeting.startsAt }, status: { in: statuses } },
      // Narrows to the candidates; appearsInReview below decides.
      OR: [
        { status: "OPEN" },
        { closedInMeetingId: meeting.id },
        { reviews: { some: { meetingId: meeting.id } } },
        { closedInMeeting: { startsAt: { gt: meeting.startsAt } } },
        { closedInMeetingId: null, closedAt: previousStartsAt ? { gt: previousStartsAt } : { not: null } },
      ],
    },
    select: itemSelect,
    orderBy: [
      { originMeeting: { startsAt: "asc" } },
      { agendaItem: { position: "asc" } },
      { createdAt: "asc" },
      { id: "asc" },
    ],
  });
  const today = helsinkiToday(now);
  const editable = canWriteMinutes(actor, meeting);
  return items
    .filter((item) =>
      appearsInReview(
        {
          status: item.status,
          originStartsAt: item.originMeeting.startsAt,
          closedInMeetingId: item.closedInMeetingId,
          closedInMeetingStartsAt: item.closedInMeeting?.startsAt ?? null,
          closedAt: item.closedAt,
          reviewedInMeetingIds: item.reviews.map((r) => r.meetingId),
        },
        meeting,
        previousStartsAt,
      ),
    )
    .map((item) => {
      const here = item.reviews.find((r) => r.meetingId === meeting.id) ?? null;
      const reviewedLater = item.reviews.some((r) => r.meeting.startsAt.getTime() > meeting.startsAt.getTime());
      return {
        ...toRow(item, actor, statuses, today),
        reviewHere: here
          ? { outcome: here.outcome, previousDueDate: here.previousDueDate, newDueDate: here.newDueDate }
          : null,
        choices: editable ? reviewChoices(item, meeting.id, here, reviewedLater) : null,
      };
    });
}

/** The meeting whose review is shown: a loader that checked its visibility passes it in. */
export type ReviewMeeting = { id: string; startsAt: Date; status: MeetingStatus; secretaryId: string | null };

/** When the meeting before `startsAt` began; a meeting still being planned has not taken place and starts no period. */
async function previousMeetingStart(startsAt: Date): Promise<Date | null> {
  const previous = await db().meeting.findFirst({
    where: { startsAt: { lt: startsAt }, status: { not: "PLANNED" } },
    select: { startsAt: true },
    orderBy: { startsAt: "desc" },
  });
  return previous?.startsAt ?? null;
}

/** The visible meeting and its previous meeting's start, in one statement. */
async function findReviewMeeting(
  meetingId: string,
  statuses: MeetingStatus[],
): Promise<{ meeting: ReviewMeeting; previousStartsAt: Date | null } | null> {
  if (!isUuid(meetingId)) return null;
  const rows = await db().$queryRaw<(ReviewMeeting & { previousStartsAt: Date | null })[]>`
    SELECT m."id"::text AS "id", m."startsAt", m."status"::text AS "status", m."secretaryId"::text AS "secretaryId",
      (SELECT p."startsAt" FROM "Meeting" p
        WHERE p."startsAt" < m."startsAt" AND p."status" <> 'PLANNED'
        ORDER BY p."startsAt" DESC LIMIT 1) AS "previousStartsAt"
    FROM "Meeting" m
    WHERE m."id" = ${meetingId}::uuid AND m."status"::text = ANY(${statuses}::text[])`;
  const row = rows[0];
  if (!row) return null;
  const { previousStartsAt, ...meeting } = row;
  return { meeting, previousStartsAt };
}

// ───────────── the editor of decisions and action items ─────────────

export type EditorDecision = { id: string; text: string; agendaItemId: string | null };

export type EditorActionItem = {
  id: string;
  agendaItemId: string | null;
  title: string;
  description: string | null;
  owner: Owner | null;
  /** The owner picker's value: "user:<id>", "library:<id>" or "name". */
  ownerChoice: string;
  ownerName: string | null;
  dueDate: Date | null;
  status: ActionItemStatus;
  overdue: boolean;
  /** Closed or reviewed in another meeting: no longer removable. */
  hasHistory: boolean;
};

export type OwnerChoices = {
  users: { id: string; person: PersonName }[];
  libraries: { id: string; label: string }[];
};

export type DecisionsEditor = {
  meeting: { id: string; title: string; startsAt: Date; status: MeetingStatus; secretaryId: string | null };
  /** May add, edit and remove here (coordinators and the secretary, while not approved). */
  canWrite: boolean;
  /** Coordinators see the page even when it is not (or no longer) editable. */
  canManage: boolean;
  items: { id: string; position: number; kind: AgendaItemKind; title: string }[];
  decisions: EditorDecision[];
  actionItems: EditorActionItem[];
  /** Loaded only for those who may write. */
  ownerChoices: OwnerChoices | null;
};

/** The decisions page of one meeting; null when the meeting is not visible. */
export async function getDecisionsEditor(
  actor: Actor | null,
  meetingId: string,
  now: Date = new Date(),
): Promise<DecisionsEditor | null> {
  if (!isUuid(meetingId)) return null;
  const statuses = visibleMeetingStatuses(actor);
  if (statuses.length === 0) return null;
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, status: { in: statuses } },
    select: {
      id: true,
      title: true,
      startsAt: true,
      status: true,
      secretaryId: true,
      agendaItems: { select: { id: true, position: true, kind: true, title: true }, orderBy: { position: "asc" } },
      decisions: {
        select: { id: true, text: true, agendaItemId: true },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      },
      originActionItems: {
        select: {
          id: true,
          agendaItemId: true,
          title: true,
          description: true,
          ownerUserId: true,
          ownerLibraryId: true,
          ownerName: true,
          ownerUser: { select: personNameSelect },
          ownerLibrary: { select: { name: true } },
          dueDate: true,
          status: true,
          closedInMeetingId: true,
          _count: { select: { reviews: true } },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!meeting) return null;
  const canWrite = canWriteMinutes(actor, meeting);
  const today = helsinkiToday(now);
  const actionItems = meeting.originActionItems.map((a) => ({
    id: a.id,
    agendaItemId: a.agendaItemId,
    title: a.title,
    description: a.description,
    owner: ownerOf(a),
    ownerChoice: a.ownerUserId ? `user:${a.ownerUserId}` : a.ownerLibraryId ? `library:${a.ownerLibraryId}` : "name",
    ownerName: a.ownerName,
    dueDate: a.dueDate,
    status: a.status,
    overdue: isOverdue(a, today),
    hasHistory: a._count.reviews > 0 || (a.closedInMeetingId !== null && a.closedInMeetingId !== meeting.id),
  }));
  const ownerChoices = canWrite
    ? await loadOwnerChoices(
        meeting.id,
        meeting.originActionItems.flatMap((a) => (a.ownerUserId ? [a.ownerUserId] : [])),
      )
    : null;
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      status: meeting.status,
      secretaryId: meeting.secretaryId,
    },
    canWrite,
    canManage: canManageMeeting(actor, meeting),
    items: meeting.agendaItems,
    decisions: meeting.decisions,
    actionItems,
    ownerChoices,
  };
}

/**
 * Whom an action item can be given to: the steering group, coordinators and
 * the meeting's invitees (plus current owners), and every member library.
 */
async function loadOwnerChoices(meetingId: string, currentOwnerIds: string[]): Promise<OwnerChoices> {
  const [users, libraries] = await Promise.all([
    db().user.findMany({
      where: {
        OR: [
          { roles: { hasSome: ["STEERING", "COORDINATOR"] } },
          { attendances: { some: { meetingId } } },
          { id: { in: currentOwnerIds } },
        ],
      },
      select: { id: true, ...personNameSelect },
      orderBy: [{ name: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    }),
    db().library.findMany({ select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
  ]);
  return {
    users: users.map((u) => ({ id: u.id, person: toPersonName(u) })),
    libraries: libraries.map((l) => ({ id: l.id, label: l.name })),
  };
}

/** One page of /toimenpiteet for its filters: "mine" and "my library" are the actor's. */
export async function listActionItemsForPage(actor: Actor, filters: PageFilters): Promise<ActionItemPage> {
  return listActionItemsPage(
    actor,
    {
      status: PAGE_STATUS[filters.status],
      ownerUserId: filters.mine ? actor.id : undefined,
      ownerLibraryId: filters.library && actor.libraryId ? actor.libraryId : undefined,
      overdue: filters.overdue || undefined,
    },
    { limit: ACTION_ITEMS_PAGE_SIZE, cursor: String((filters.page - 1) * ACTION_ITEMS_PAGE_SIZE) },
  );
}

/** The meeting page's review of earlier items: only for a meeting with a "previous action items" agenda item. */
export async function listPreviousActionItemsOf(
  actor: Actor | null,
  meeting: ReviewMeeting & { items: { kind: AgendaItemKind }[] },
): Promise<PreviousActionItem[] | null> {
  return meeting.items.some((item) => item.kind === "PREVIOUS_ACTIONS")
    ? listPreviousActionItems(actor, meeting)
    : null;
}
