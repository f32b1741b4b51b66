"use server";
// The decisions editor's forms: origin → session → zod → mutation →
// revalidate. Only a signed-in user is needed here: the mutation decides per
// meeting, so that a meeting the actor may not see answers NOT_FOUND.
import { revalidatePage } from "@/lib/cache/paths";
import { redirect } from "next/navigation";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { createDecision, deleteDecision, updateDecision } from "./mutations";
import { decisionCreateSchema, decisionDeleteSchema, decisionUpdateSchema } from "./schema";

const EDIT = "signedIn" as const;

function revalidateMeeting(meetingId: string) {
  revalidatePage(`/kokoukset/${meetingId}`, "layout");
}

export async function createDecisionAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, EDIT, async (actor, values) => {
    const input = decisionCreateSchema.parse(values);
    await createDecision(actor, input);
    return input.meetingId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeeting(outcome.result);
  // A fresh, empty form for the next decision.
  return savedState(prev, {}, { key: "actionItems.notice.decisionAdded" });
}

export async function updateDecisionAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, EDIT, async (actor, values) => {
    const input = decisionUpdateSchema.parse(values);
    await updateDecision(actor, input);
    return input.meetingId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeeting(outcome.result);
  return savedState(prev, outcome.values, { key: "actionItems.notice.saved" });
}

export async function deleteDecisionAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, EDIT, async (actor, values) => {
    const input = decisionDeleteSchema.parse(values);
    await deleteDecision(actor, input);
    return input.meetingId;
  });
  if (!outcome.ok) return outcome.state;
  revalidateMeeting(outcome.result);
  redirect(`/kokoukset/${outcome.result}/paatokset?poistettu=paatos`);
}
