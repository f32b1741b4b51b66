// Pure rules of decisions and action items: when an item is overdue, who may
// mark it done, and which items a meeting's "previous action items" shows
// (carry-over). Unit-tested in tests/unit/action-item-rules.test.ts.
import { can, hasRole, visibleMeetingStatuses, type Actor } from "@/lib/auth/policy";
import type { ActionItemReviewOutcome, ActionItemStatus } from "@/lib/db/enums";
import { displayName, type NameText, type PersonName } from "@/lib/users/rules";

export const TITLE_MAX = 300;
export const DESCRIPTION_MAX = 5000;
export const OWNER_NAME_MAX = 200;

/** yyyy-mm-dd of a calendar date stored as midnight UTC (@db.Date). */
const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Overdue: still open and due before today. `today` is the Helsinki calendar
 * day as midnight UTC (helsinkiToday()), so the day turns at midnight in
 * Helsinki whatever the server's zone; an item due today is not yet overdue.
 */
export function isOverdue(item: { status: ActionItemStatus; dueDate: Date | null }, today: Date): boolean {
  return item.status === "OPEN" && item.dueDate !== null && dayOf(item.dueDate) < dayOf(today);
}

/** A due date set now may be today or later (Helsinki), never in the past. */
export function isDueDateAllowed(dueDate: Date, today: Date): boolean {
  return dayOf(dueDate) >= dayOf(today);
}

export type OwnerRef = { ownerUserId: string | null; ownerLibraryId: string | null };

/**
 * Marking done outside a meeting (the action items page): coordinators any
 * item; a steering-group member their own (owner = them) or their library's
 * (owner library = their library). Whether the item is open and visible is
 * checked by the caller.
 */
export function canCloseActionItem(actor: Actor | null | undefined, item: OwnerRef): boolean {
  if (!actor || !can(actor, "actionItem.markDone")) return false;
  if (can(actor, "meeting.manage")) return true;
  if (item.ownerUserId !== null && item.ownerUserId === actor.id) return true;
  return (
    hasRole(actor, "STEERING") &&
    actor.libraryId !== null &&
    item.ownerLibraryId !== null &&
    item.ownerLibraryId === actor.libraryId
  );
}

/** What the carry-over rule needs to know of an item. */
export type CarryOverItem = {
  status: ActionItemStatus;
  originStartsAt: Date;
  closedInMeetingId: string | null;
  /** When the meeting it was closed in started (null: not closed in a meeting). */
  closedInMeetingStartsAt: Date | null;
  closedAt: Date | null;
  /** Meetings in which the item was reviewed (done or carried on). */
  reviewedInMeetingIds: readonly string[];
};

/**
 * Does an action item appear under "previous action items" of `meeting`?
 * Items from earlier meetings that were still open at it:
 * - open now (so they appear again in every later meeting until closed);
 * - closed or reviewed in this very meeting (so the record stays);
 * - closed in a later meeting (history: it was still open here);
 * - marked done outside any meeting since the previous meeting began (so the
 *   group sees it was done; after this meeting it no longer appears).
 * An item closed in an earlier meeting never appears again.
 */
export function appearsInReview(
  item: CarryOverItem,
  meeting: { id: string; startsAt: Date },
  previousMeetingStartsAt: Date | null,
): boolean {
  if (item.originStartsAt.getTime() >= meeting.startsAt.getTime()) return false;
  if (item.closedInMeetingId === meeting.id || item.reviewedInMeetingIds.includes(meeting.id)) return true;
  if (item.status === "OPEN") return true;
  if (item.closedInMeetingStartsAt) return item.closedInMeetingStartsAt.getTime() > meeting.startsAt.getTime();
  if (!item.closedAt) return false;
  return previousMeetingStartsAt === null || item.closedAt.getTime() > previousMeetingStartsAt.getTime();
}

/** What may be done to an item under "previous action items" of an editable meeting. */
export type ReviewChoices = { done: boolean; carryOn: boolean; undo: boolean };

export function reviewChoices(
  item: { status: ActionItemStatus; closedInMeetingId: string | null },
  meetingId: string,
  reviewHere: { outcome: ActionItemReviewOutcome } | null,
  reviewedLater: boolean,
): ReviewChoices {
  // A later meeting has already built on this meeting's outcome.
  if (reviewedLater) return { done: false, carryOn: false, undo: false };
  const open = item.status === "OPEN";
  const undo =
    reviewHere !== null &&
    (reviewHere.outcome === "CARRIED_ON" ? open : item.status === "DONE" && item.closedInMeetingId === meetingId);
  return { done: open, carryOn: open, undo };
}

/**
 * The owner: a person (named by lib/users/rules, never by their address), else
 * a member library, else the free-text name (TEXT, legacy).
 */
export type Owner =
  | { type: "USER"; id: string; person: PersonName }
  | { type: "LIBRARY"; id: string; name: string }
  | { type: "TEXT"; id: null; name: string };

export function ownerOf(item: {
  ownerUserId: string | null;
  ownerLibraryId: string | null;
  ownerName: string | null;
  ownerUser: { name: string | null; library: { name: string } | null } | null;
  ownerLibrary: { name: string } | null;
}): Owner | null {
  if (item.ownerUserId && item.ownerUser) {
    const person = { name: item.ownerUser.name, libraryName: item.ownerUser.library?.name ?? null };
    return { type: "USER", id: item.ownerUserId, person };
  }
  if (item.ownerLibraryId && item.ownerLibrary) {
    return { type: "LIBRARY", id: item.ownerLibraryId, name: item.ownerLibrary.name };
  }
  return item.ownerName ? { type: "TEXT", id: null, name: item.ownerName } : null;
}

/** The owner as text: a library's name says it is a library ("Jyväskylän kaupunginkirjasto"); a person's is their name. */
export function ownerLabel(owner: Owner, t: NameText): string {
  return owner.type === "USER" ? displayName(owner.person, t) : owner.name;
}

/** The action items page and API are for anyone who may see some meeting. */
export function canSeeActionItems(actor: Actor | null | undefined): boolean {
  return visibleMeetingStatuses(actor).length > 0;
}
