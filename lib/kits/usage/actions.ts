"use server";
// The feedback form after a kit loan: origin → session → validation →
// mutation (which decides per loan: its library or a coordinator).
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { saveLoanFeedback } from "./mutations";

export async function saveLoanFeedbackAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => saveLoanFeedback(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidatePage("/pike-boksit/varaukset");
  return savedState(prev, outcome.values, { key: "kitsUsage.feedback.saved" });
}
