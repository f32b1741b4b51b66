"use server";
// The poll forms: origin → session → access → zod → mutation → revalidate.
// Access answers NOT_FOUND to users the polls are not for (staff,
// supervisors): they must not learn a poll exists.
import { revalidatePage } from "@/lib/cache/paths";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/policy";
import { runFormAction, savedState, type FormOutcome } from "@/lib/http/form-action";
import type { FormState, FormValues } from "@/lib/http/form-state";
import {
  addPollOption,
  answerPoll,
  assertPollManager,
  assertPollReader,
  closePoll,
  convertPollToMeeting,
  createPoll,
  removePollOption,
  reopenPoll,
} from "./mutations";
import {
  pollAnswerSchema,
  pollCloseSchema,
  pollConvertSchema,
  pollCreateSchema,
  pollOptionAddSchema,
  pollOptionRemoveSchema,
  pollReopenSchema,
} from "./schema";

const POLLS = "/kokoukset/kyselyt";

/** runFormAction with the poll's own access check first: NOT_FOUND for those the polls are not for. */
function runPollForm<T>(
  prev: FormState,
  formData: FormData,
  access: "answer" | "manage",
  work: (actor: Actor, values: FormValues) => Promise<T>,
): Promise<FormOutcome<T>> {
  return runFormAction(prev, formData, "signedIn", (actor, values) => {
    if (access === "manage") assertPollManager(actor);
    else assertPollReader(actor);
    return work(actor, values);
  });
}

function revalidatePolls() {
  revalidatePage(POLLS, "layout");
}

export async function createPollAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runPollForm(prev, formData, "manage", (actor, values) =>
    createPoll(actor, pollCreateSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePolls();
  redirect(`${POLLS}/${outcome.result.id}?uusi=1`);
}

export async function answerPollAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runPollForm(prev, formData, "answer", (actor, values) =>
    answerPoll(actor, pollAnswerSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePolls();
  return savedState(prev, outcome.values, { key: "polls.notice.answersSaved" });
}

export async function addPollOptionAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runPollForm(prev, formData, "manage", async (actor, values) => {
    const input = pollOptionAddSchema.parse(values);
    await addPollOption(actor, input);
    return input.pollId;
  });
  if (!outcome.ok) return outcome.state;
  revalidatePolls();
  // An empty form for the next option.
  return savedState(prev, { pollId: outcome.result }, { key: "polls.notice.optionAdded" });
}

export async function removePollOptionAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runPollForm(prev, formData, "manage", (actor, values) =>
    removePollOption(actor, pollOptionRemoveSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePolls();
  return savedState(prev, {}, { key: "polls.notice.optionRemoved" });
}

export async function closePollAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runPollForm(prev, formData, "manage", (actor, values) =>
    closePoll(actor, pollCloseSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePolls();
  return savedState(prev, {}, { key: "polls.notice.closed" });
}

export async function reopenPollAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runPollForm(prev, formData, "manage", (actor, values) =>
    reopenPoll(actor, pollReopenSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePolls();
  return savedState(prev, {}, { key: "polls.notice.reopened" });
}

/** "Tee tästä kokous": on to the new meeting's details and agenda. */
export async function convertPollAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runPollForm(prev, formData, "manage", (actor, values) =>
    convertPollToMeeting(actor, pollConvertSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePolls();
  revalidatePage("/kokoukset", "layout");
  redirect(`/kokoukset/${outcome.result.id}/muokkaa`);
}
