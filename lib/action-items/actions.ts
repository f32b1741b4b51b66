"use server";
// The forms of action items: origin → session → zod → mutation
// → revalidate. The editor's forms only need a signed-in user here: the
// mutation decides per meeting (canWriteMinutes), so that a meeting the actor
// may not see answers NOT_FOUND rather than FORBIDDEN. Removing redirects to
// the page with a notice, since the removed row (and its form) disappears.
import { revalidatePage } from "@/lib/cache/paths";
import { redirect } from "next/navigation";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import {
  carryOnActionItem,
  closeActionItem,
  createActionItem,
  deleteActionItem,
  markActionItemDone,
  undoActionItemReview,
  updateActionItem,
} from "./mutations";
import {
  actionItemCreateSchema,
  actionItemDeleteSchema,
  actionItemUpdateSchema,
  carryOnSchema,
  closeActionItemSchema,
  filtersQuery,
  parsePageFilters,
  reviewIntentSchema,
  reviewSchema,
} from "./schema";

const EDIT = "signedIn" as const;

function revalidateMeeting(meetingId: string) {
  revalidatePage(`/kokoukset/${meetingId}`, "layout");
  revalidatePage("/toimenpiteet");
}

export async function createActionItemAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, EDIT, async (actor, values) => {
    const input = actionItemCreateSchema.parse(values);
    await createActionItem(actor, input);
    return input.meetingId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeeting(outcome.result);
  return savedState(prev, {}, { key: "actionItems.notice.actionItemAdded" });
}

export async function updateActionItemAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, EDIT, async (actor, values) => {
    const input = actionItemUpdateSchema.parse(values);
    await updateActionItem(actor, input);
    return input.meetingId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeeting(outcome.result);
  return savedState(prev, outcome.values, { key: "actionItems.notice.saved" });
}

export async function deleteActionItemAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, EDIT, async (actor, values) => {
    const input = actionItemDeleteSchema.parse(values);
    await deleteActionItem(actor, input);
    return input.meetingId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeeting(outcome.result);
  redirect(`/kokoukset/${outcome.result}/paatokset?poistettu=toimenpide`);
}

/**
 * One form per item under "previous action items": the pressed button's
 * `intent` says which (done / carryOn / undo), so the row keeps one status
 * message whatever was done.
 */
export async function reviewActionItemAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, EDIT, async (actor, values) => {
    const { intent } = reviewIntentSchema.parse(values);
    if (intent === "carryOn") {
      const input = carryOnSchema.parse(values);
      await carryOnActionItem(actor, input);
      return { meetingId: input.meetingId, intent };
    }
    const input = reviewSchema.parse(values);
    await (intent === "done" ? markActionItemDone : undoActionItemReview)(actor, input);
    return { meetingId: input.meetingId, intent };
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeeting(outcome.result.meetingId);
  return savedState(prev, {}, { key: REVIEW_NOTICE[outcome.result.intent] });
}

const REVIEW_NOTICE = {
  done: "actionItems.notice.markedDone",
  carryOn: "actionItems.notice.carriedOn",
  undo: "actionItems.notice.undone",
} as const;

/** Marking done on the action items page; back to the same filters with a notice. */
export async function closeActionItemAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "actionItem.markDone", (actor, values) =>
    closeActionItem(actor, closeActionItemSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePage("/toimenpiteet");
  revalidatePage("/kokoukset", "layout");
  const back = new URLSearchParams(filtersQuery(parsePageFilters(queryOf(outcome.values.filters))));
  back.set("tehty", "1");
  redirect(`/toimenpiteet?${back.toString()}`);
}

/** The page's query string as sent back by the form (anything else is dropped by parsePageFilters). */
function queryOf(value: string | string[] | undefined): Record<string, string> {
  const text = typeof value === "string" ? value : "";
  return Object.fromEntries(new URLSearchParams(text).entries());
}
