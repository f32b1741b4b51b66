"use server";
// Asking for one's account to be removed, taking it back, and the admin's confirmation.
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { cancelOwnRemoval, confirmRemoval, requestOwnRemoval } from "./mutations";
import { confirmRemovalSchema } from "./schema";

export async function requestRemovalAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "ownData.requestRemoval", (actor) => requestOwnRemoval(actor));
  if (!outcome.ok) return outcome.state;
  revalidatePage("/omat-tiedot", "layout");
  return savedState(prev, {}, { key: "removal.requested" });
}

export async function cancelRemovalAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "ownData.requestRemoval", (actor) => cancelOwnRemoval(actor));
  if (!outcome.ok) return outcome.state;
  revalidatePage("/omat-tiedot", "layout");
  return savedState(prev, {}, { key: "removal.cancelled" });
}

export async function confirmRemovalAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "users.manage", (actor, values) =>
    confirmRemoval(actor, confirmRemovalSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePage("/kayttajat/poistopyynnot");
  // The request leaves the list, and its form with it: the page itself says it is done.
  redirect("/kayttajat/poistopyynnot?poistettu=1");
}
