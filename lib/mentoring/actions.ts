"use server";
// Mentoring forms: apply (or edit, or reopen), withdraw after a confirmation
// step, and the coordinators' pair and unpair.
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState, FormValues } from "@/lib/http/form-state";
import { applyForMentoring, pairMentoring, unpairMentoring, withdrawMentoring } from "./mutations";

function revalidate(values: FormValues) {
  if (typeof values.slug === "string" && /^[a-z0-9-]{1,200}$/.test(values.slug)) {
    revalidatePage(`/koulutukset/${values.slug}/ilmoittautuminen`);
  }
  if (typeof values.offeringId === "string" && /^[0-9a-f-]{36}$/.test(values.offeringId)) {
    revalidatePage(`/koulutukset/hallinta/koulutukset/${values.offeringId}`);
  }
}

export async function applyForMentoringAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.take", (actor, values) =>
    applyForMentoring(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values);
  return savedState(prev, outcome.values, { key: "mentoring.saved.applied" });
}

export async function withdrawMentoringAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.take", (actor, values) =>
    withdrawMentoring(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values);
  return savedState(prev, {}, { key: "mentoring.saved.withdrawn" });
}

export async function pairMentoringAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.manage", (actor, values) =>
    pairMentoring(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values);
  return savedState(prev, {}, { key: "mentoring.saved.paired" });
}

export async function unpairMentoringAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.manage", (actor, values) =>
    unpairMentoring(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values);
  return savedState(prev, {}, { key: "mentoring.saved.unpaired" });
}
