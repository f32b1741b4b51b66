"use server";
// The attendee's feedback form: origin → session → policy → zod → mutation.
// Saving (or finding the feedback already given, from a second tab or a
// second click) goes to the feedback page, which then shows what was given.
import { revalidatePage } from "@/lib/cache/paths";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/http/errors";
import { runFormAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { FeedbackAlreadyGivenError, giveFeedback } from "./mutations";
import { FeedbackRefusedError } from "./rules";
import { feedbackSchema } from "./schema";

export async function giveFeedbackAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "feedback.give", async (actor, values) => {
    const input = feedbackSchema.parse(values);
    try {
      await giveFeedback(actor, input);
      return { enrolmentId: input.enrolmentId, already: false };
    } catch (error) {
      if (error instanceof FeedbackAlreadyGivenError) return { enrolmentId: input.enrolmentId, already: true };
      if (error instanceof FeedbackRefusedError) {
        throw new AppError("VALIDATION_FAILED", error.message, { _: `afterSession.feedback.refused.${error.reason}` });
      }
      throw error;
    }
  });
  if (!outcome.ok) return outcome.state;
  revalidatePage("/omat-koulutukset", "layout");
  revalidatePage("/koulutukset/hallinta", "layout");
  const { enrolmentId, already } = outcome.result;
  redirect(`/omat-koulutukset/palaute/${enrolmentId}?${already ? "jo=1" : "kiitos=1"}`);
}
