"use server";
// Coordinators' round forms (issue 15 item 1): origin → session → policy →
// validation → mutation (runFormAction), then back to the rounds page with
// what was done in its notice.
import { redirect } from "next/navigation";
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { createRound, moveRound } from "./mutations";

const DONE = { OPEN: "avattu", CLOSED: "suljettu", ARCHIVED: "arkistoitu" } as const;

export async function createRoundAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "exchange.manage", (actor, values) => createRound(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidatePage("/tyon-varjostus");
  redirect(`/tyon-varjostus/kierrokset?tehty=luotu#kierros-${outcome.result.id}`);
}

export async function moveRoundAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "exchange.manage", (actor, values) => moveRound(actor, values));
  if (!outcome.ok) return outcome.state;
  revalidatePage("/tyon-varjostus");
  const { id, status } = outcome.result;
  redirect(`/tyon-varjostus/kierrokset?tehty=${DONE[status as keyof typeof DONE]}#kierros-${id}`);
}
