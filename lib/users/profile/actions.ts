"use server";
// The person's own profile forms: Omat tiedot and the first sign-in's /tervetuloa.
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { completeOwnProfile, updateOwnProfile } from "./mutations";
import { nextPathOf, ownProfileSchema, welcomeProfileSchema } from "./schema";

export async function updateOwnProfileAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "profile.editOwn", (actor, values) =>
    updateOwnProfile(actor, ownProfileSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePage("/omat-tiedot");
  return savedState(prev, outcome.values, { key: "profile.saved" });
}

export async function completeOwnProfileAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "profile.editOwn", (actor, values) =>
    completeOwnProfile(actor, welcomeProfileSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  redirect(nextPathOf(formData.get("seuraava")));
}
