// Writes of action items: the editor of one meeting (coordinators
// and the meeting's secretary while AGENDA_PUBLISHED or MINUTES_DRAFT), the
// review of earlier meetings' items under "previous action items" (done /
// carried on / undo), and owners marking their own items done. Each function
// checks the policy itself, runs in one transaction and leaves an AuditEvent;
// bad input is refused with field messages before anything is written.
import "server-only";
import { type Actor, assertSignedIn, can, visibleMeetingStatuses } from "@/lib/auth/policy";
import { audit } from "@/lib/audit/mutations";
import { helsinkiToday, isoDay } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { agendaItemOfMeeting, lockMeetingForOutcomes, type LockedMeetingRef } from "@/lib/meetings/mutations";
import { AppError, type FieldErrors } from "@/lib/http/errors";
import { canCloseActionItem, isDueDateAllowed } from "./rules";
import type {
  ActionItemCreateInput,
  ActionItemDeleteInput,
  ActionItemUpdateInput,
  CarryOnInput,
  CloseActionItemInput,
  OwnerInput,
  ReviewInput,
} from "./schema";
import { invalidating } from "@/lib/cache/invalidate";
import { MEETINGS_TAG } from "@/lib/cache/tags";

const invalid = (fields: FieldErrors) => new AppError("VALIDATION_FAILED", "The input is not valid.", fields);
/** A refusal about the whole form ("_" becomes the form's message). */
const conflict = (messageKey: string) => new AppError("CONFLICT", "Not possible in this state.", { _: messageKey });

/** The owner's columns, or the field message when the person or library does not exist. */
async function ownerColumns(
  tx: Tx,
  owner: OwnerInput,
): Promise<{ ownerUserId: string | null; ownerLibraryId: string | null; ownerName: string | null } | null> {
  if (owner.type === "TEXT") return { ownerUserId: null, ownerLibraryId: null, ownerName: owner.name };
  if (owner.type === "USER") {
    const user = await tx.user.findUnique({ where: { id: owner.id }, select: { id: true } });
    return user ? { ownerUserId: user.id, ownerLibraryId: null, ownerName: null } : null;
  }
  const library = await tx.library.findUnique({ where: { id: owner.id }, select: { id: true } });
  return library ? { ownerUserId: null, ownerLibraryId: library.id, ownerName: null } : null;
}

const sameDay = (a: Date | null, b: Date | null) => (a ? isoDay(a) : null) === (b ? isoDay(b) : null);

// ───────────── action items of this meeting ─────────────

async function createActionItemUncached(actor: Actor | null, input: ActionItemCreateInput): Promise<{ id: string }> {
  assertSignedIn(actor);
  return db().$transaction(async (tx) => {
    const meeting = await lockMeetingForOutcomes(tx, actor, input.meetingId);
    const fields: FieldErrors = {};
    if (!(await agendaItemOfMeeting(tx, meeting.id, input.agendaItemId))) {
      fields.agendaItemId = "actionItems.error.unknownAgendaItem";
    }
    const owner = await ownerColumns(tx, input.owner);
    if (!owner) fields.owner = "actionItems.error.unknownOwner";
    if (input.dueDate && !isDueDateAllowed(input.dueDate, helsinkiToday())) {
      fields.dueDate = "actionItems.error.dueDatePast";
    }
    if (Object.keys(fields).length > 0 || !owner) throw invalid(fields);
    const data = {
      originMeetingId: meeting.id,
      agendaItemId: input.agendaItemId,
      title: input.title,
      description: input.description ?? null,
      ...owner,
      dueDate: input.dueDate ?? null,
    };
    const item = await tx.actionItem.create({ data, select: { id: true } });
    await audit(tx, actor, "actionItem.create", { type: "ActionItem", id: item.id }, { after: data });
    return item;
  });
}

async function updateActionItemUncached(actor: Actor | null, input: ActionItemUpdateInput): Promise<void> {
  assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeetingForOutcomes(tx, actor, input.meetingId);
    const before = await tx.actionItem.findFirst({
      where: { id: input.actionItemId, originMeetingId: meeting.id },
      select: {
        title: true,
        description: true,
        ownerUserId: true,
        ownerLibraryId: true,
        ownerName: true,
        dueDate: true,
      },
    });
    if (!before) throw invalid({ actionItemId: "actionItems.error.unknownActionItem" });
    const fields: FieldErrors = {};
    const owner = await ownerColumns(tx, input.owner);
    if (!owner) fields.owner = "actionItems.error.unknownOwner";
    const dueDate = input.dueDate ?? null;
    // A due date already passed may stay as it was; a changed one may not be in the past.
    if (dueDate && !sameDay(dueDate, before.dueDate) && !isDueDateAllowed(dueDate, helsinkiToday())) {
      fields.dueDate = "actionItems.error.dueDatePast";
    }
    if (Object.keys(fields).length > 0 || !owner) throw invalid(fields);
    const after = { title: input.title, description: input.description ?? null, ...owner, dueDate };
    await tx.actionItem.update({ where: { id: input.actionItemId }, data: after });
    await audit(tx, actor, "actionItem.update", { type: "ActionItem", id: input.actionItemId }, { before, after });
  });
}

async function deleteActionItemUncached(actor: Actor | null, input: ActionItemDeleteInput): Promise<void> {
  assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeetingForOutcomes(tx, actor, input.meetingId);
    const before = await tx.actionItem.findFirst({
      where: { id: input.actionItemId, originMeetingId: meeting.id },
      select: {
        title: true,
        status: true,
        dueDate: true,
        closedInMeetingId: true,
        _count: { select: { reviews: true } },
      },
    });
    if (!before) throw invalid({ actionItemId: "actionItems.error.unknownActionItem" });
    // Later meetings have recorded it: removing it would rewrite their minutes.
    if (before._count.reviews > 0 || (before.closedInMeetingId && before.closedInMeetingId !== meeting.id)) {
      throw conflict("actionItems.error.hasHistory");
    }
    await tx.actionItem.delete({ where: { id: input.actionItemId } });
    const { _count, ...summary } = before;
    await audit(tx, actor, "actionItem.delete", { type: "ActionItem", id: input.actionItemId }, { before: summary });
  });
}

// ───────────── review under "previous action items" ─────────────

/**
 * An item from an earlier meeting the actor may see, with this meeting's
 * review of it; refused when a later meeting has already reviewed it.
 */
async function reviewTarget(tx: Tx, actor: Actor, meeting: LockedMeetingRef, actionItemId: string) {
  const item = await tx.actionItem.findFirst({
    where: {
      id: actionItemId,
      originMeeting: { startsAt: { lt: meeting.startsAt }, status: { in: visibleMeetingStatuses(actor) } },
    },
    select: {
      id: true,
      status: true,
      dueDate: true,
      closedInMeetingId: true,
      closedAt: true,
      reviews: {
        where: { OR: [{ meetingId: meeting.id }, { meeting: { startsAt: { gt: meeting.startsAt } } }] },
        select: { id: true, meetingId: true, outcome: true, previousDueDate: true, newDueDate: true },
      },
    },
  });
  if (!item) throw invalid({ actionItemId: "actionItems.error.unknownActionItem" });
  const here = item.reviews.find((r) => r.meetingId === meeting.id) ?? null;
  if (item.reviews.some((r) => r.meetingId !== meeting.id)) throw conflict("actionItems.error.reviewedLater");
  return { item, here };
}

/** "Tehty": done in this meeting (recorded as the meeting it closed in). Replaces a carry-on made here. */
async function markActionItemDoneUncached(actor: Actor | null, input: ReviewInput): Promise<void> {
  assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeetingForOutcomes(tx, actor, input.meetingId);
    const { item, here } = await reviewTarget(tx, actor, meeting, input.actionItemId);
    if (item.status !== "OPEN") throw conflict("actionItems.error.notOpen");
    // A new due date given here is moot once the item is done: the one before this meeting stands.
    const dueDate = here?.outcome === "CARRIED_ON" ? here.previousDueDate : item.dueDate;
    const closedAt = new Date();
    const { count } = await tx.actionItem.updateMany({
      where: { id: item.id, status: "OPEN" },
      data: { status: "DONE", closedInMeetingId: meeting.id, closedAt, dueDate },
    });
    if (count === 0) throw conflict("actionItems.error.notOpen");
    const review = { outcome: "DONE" as const, previousDueDate: dueDate, newDueDate: null, reviewedById: actor.id };
    await tx.actionItemReview.upsert({
      where: { actionItemId_meetingId: { actionItemId: item.id, meetingId: meeting.id } },
      create: { actionItemId: item.id, meetingId: meeting.id, ...review },
      update: { ...review, createdAt: closedAt },
    });
    await audit(
      tx,
      actor,
      "actionItem.review.done",
      { type: "ActionItem", id: item.id },
      {
        before: { status: item.status, dueDate: item.dueDate, review: here?.outcome ?? null },
        after: { status: "DONE", closedInMeetingId: meeting.id, closedAt, dueDate },
      },
    );
  });
}

/** "Jatkuu": stays open and appears again in the next meeting, optionally with a new due date. */
async function carryOnActionItemUncached(actor: Actor | null, input: CarryOnInput): Promise<void> {
  assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeetingForOutcomes(tx, actor, input.meetingId);
    const { item, here } = await reviewTarget(tx, actor, meeting, input.actionItemId);
    if (input.newDueDate && !isDueDateAllowed(input.newDueDate, helsinkiToday())) {
      throw invalid({ newDueDate: "actionItems.error.dueDatePast" });
    }
    if (item.status !== "OPEN") throw conflict("actionItems.error.notOpen");
    // The due date before this meeting, even when carried on here twice.
    const previousDueDate = here?.outcome === "CARRIED_ON" ? here.previousDueDate : item.dueDate;
    const dueDate = input.newDueDate ?? previousDueDate;
    const { count } = await tx.actionItem.updateMany({ where: { id: item.id, status: "OPEN" }, data: { dueDate } });
    if (count === 0) throw conflict("actionItems.error.notOpen");
    const review = {
      outcome: "CARRIED_ON" as const,
      previousDueDate,
      newDueDate: input.newDueDate ?? null,
      reviewedById: actor.id,
    };
    await tx.actionItemReview.upsert({
      where: { actionItemId_meetingId: { actionItemId: item.id, meetingId: meeting.id } },
      create: { actionItemId: item.id, meetingId: meeting.id, ...review },
      update: { ...review, createdAt: new Date() },
    });
    await audit(
      tx,
      actor,
      "actionItem.review.carryOn",
      { type: "ActionItem", id: item.id },
      {
        before: { dueDate: item.dueDate, review: here?.outcome ?? null },
        after: { dueDate, meetingId: meeting.id },
      },
    );
  });
}

/** Takes back this meeting's "Tehty" or "Jatkuu" while the meeting is still editable. */
async function undoActionItemReviewUncached(actor: Actor | null, input: ReviewInput): Promise<void> {
  assertSignedIn(actor);
  await db().$transaction(async (tx) => {
    const meeting = await lockMeetingForOutcomes(tx, actor, input.meetingId);
    const { item, here } = await reviewTarget(tx, actor, meeting, input.actionItemId);
    if (!here) throw invalid({ actionItemId: "actionItems.error.notReviewed" });
    if (here.outcome === "DONE") {
      const { count } = await tx.actionItem.updateMany({
        where: { id: item.id, status: "DONE", closedInMeetingId: meeting.id },
        data: { status: "OPEN", closedInMeetingId: null, closedAt: null },
      });
      if (count === 0) throw conflict("actionItems.error.notOpen");
    } else {
      const { count } = await tx.actionItem.updateMany({
        where: { id: item.id, status: "OPEN" },
        data: { dueDate: here.previousDueDate },
      });
      if (count === 0) throw conflict("actionItems.error.notOpen");
    }
    await tx.actionItemReview.delete({ where: { id: here.id } });
    await audit(
      tx,
      actor,
      "actionItem.review.undo",
      { type: "ActionItem", id: item.id },
      {
        before: {
          status: item.status,
          dueDate: item.dueDate,
          closedInMeetingId: item.closedInMeetingId,
          review: here.outcome,
        },
        after: { status: "OPEN", dueDate: here.outcome === "DONE" ? item.dueDate : here.previousDueDate },
      },
    );
  });
}

// ───────────── owners marking their own done ─────────────

/** Done outside a meeting (the action items page): the owner's own, or any for coordinators. */
async function closeActionItemUncached(actor: Actor | null, input: CloseActionItemInput): Promise<void> {
  assertSignedIn(actor);
  if (!can(actor, "actionItem.markDone")) throw new AppError("FORBIDDEN", "You may not do this.");
  await db().$transaction(async (tx) => {
    const item = await tx.actionItem.findFirst({
      where: { id: input.actionItemId, originMeeting: { status: { in: visibleMeetingStatuses(actor) } } },
      select: { id: true, status: true, ownerUserId: true, ownerLibraryId: true },
    });
    if (!item) throw invalid({ actionItemId: "actionItems.error.unknownActionItem" });
    if (!canCloseActionItem(actor, item)) throw new AppError("FORBIDDEN", "Not your action item.");
    const closedAt = new Date();
    const { count } = await tx.actionItem.updateMany({
      where: { id: item.id, status: "OPEN" },
      data: { status: "DONE", closedAt, closedInMeetingId: null },
    });
    if (count === 0) throw conflict("actionItems.error.notOpen");
    await audit(
      tx,
      actor,
      "actionItem.close",
      { type: "ActionItem", id: item.id },
      {
        before: { status: item.status },
        after: { status: "DONE", closedAt },
      },
    );
  });
}

// ───────────── Cache invalidation (ADR 23): the meetings' audience pages show all of the above ─────────────

const meetingPages = () => Promise.resolve([MEETINGS_TAG]);
export const createActionItem = invalidating(createActionItemUncached, meetingPages);
export const updateActionItem = invalidating(updateActionItemUncached, meetingPages);
export const deleteActionItem = invalidating(deleteActionItemUncached, meetingPages);
export const markActionItemDone = invalidating(markActionItemDoneUncached, meetingPages);
export const carryOnActionItem = invalidating(carryOnActionItemUncached, meetingPages);
export const undoActionItemReview = invalidating(undoActionItemReviewUncached, meetingPages);
export const closeActionItem = invalidating(closeActionItemUncached, meetingPages);
