"use server";
// The forms of an application's page (issue 15 item 3): the supervisor's
// consent, the host's decision, the applicant's withdrawal. origin → session
// → validation → mutation, which decides per application again (a crafted
// call by anyone else is refused there); back to the page with a notice.
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { isUuid } from "@/lib/http/fields";
import { runFormAction } from "@/lib/http/form-action";
import type { FormState, FormValues } from "@/lib/http/form-state";
import { applyToOffer, decideApplication, decideConsent, withdrawApplication } from "./mutations";

function back(values: FormValues, done: string): never {
  revalidatePage("/tyon-varjostus");
  const id = typeof values.applicationId === "string" && isUuid(values.applicationId) ? values.applicationId : "";
  redirect(`/tyon-varjostus/hakemukset/${id}?tehty=${done}`);
}

export async function consentAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => decideConsent(actor, values));
  if (!outcome.ok) return outcome.state;
  back(outcome.values, outcome.result.status === "SUBMITTED" ? "lupa" : "eilupaa");
}

export async function decideApplicationAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) => decideApplication(actor, values));
  if (!outcome.ok) return outcome.state;
  back(outcome.values, outcome.result.status === "ACCEPTED" ? "hyvaksytty" : "hylatty");
}

export async function withdrawApplicationAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", (actor, values) =>
    withdrawApplication(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  back(outcome.values, "peruttu");
}

export async function applyAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "exchange.apply", (actor, values) => applyToOffer(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidatePage("/tyon-varjostus");
  redirect(`/tyon-varjostus/hakemukset/${outcome.result.id}?tehty=haettu`);
}
