"use server";
// The participant's forms: join (or rejoin), a self-reported part done with
// its reflection, and leaving after a confirmation step. Each goes origin →
// session → policy → validation → mutation (runFormAction); the mutation
// decides per record again.
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState, FormValues } from "@/lib/http/form-state";
import { z } from "zod";
import { completePart, joinProgramme, leaveProgramme } from "./mutations";

const slugSchema = z.string().regex(/^[a-z0-9-]{1,120}$/);

/** The participant's own pages: the programme's progress page (its slug from the form) and "Omat koulutukset". */
function revalidate(values: FormValues) {
  const slug = slugSchema.safeParse(values.slug);
  if (slug.success) revalidatePage(`/koulutukset/${slug.data}/eteneminen`);
  revalidatePage("/omat-koulutukset");
}

export async function joinProgrammeAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.take", (actor, values) =>
    joinProgramme(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values);
  return savedState(
    prev,
    {},
    { key: outcome.result.status === "COMPLETED" ? "programmes.saved.completed" : "programmes.saved.joined" },
  );
}

export async function completePartAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.take", (actor, values) => completePart(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values);
  return savedState(
    prev,
    {},
    { key: outcome.result.status === "COMPLETED" ? "programmes.saved.completed" : "programmes.saved.partDone" },
  );
}

export async function leaveProgrammeAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.take", (actor, values) =>
    leaveProgramme(actor, values),
  );
  if (!outcome.ok) return outcome.state;
  revalidate(outcome.values);
  return savedState(prev, {}, { key: "programmes.saved.left" });
}
