"use server";
// The coordinators' reminder to a filtered group of a programme's
// participants, after its confirmation step: origin → session → policy →
// validation → mutation (runFormAction); the mutation asserts again.
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { sendProgrammeReminders } from "./mutations";
import { filterParams, sendRemindersSchema } from "./schema";

export async function sendProgrammeRemindersAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "programme.manage", async (actor, values) => {
    const input = sendRemindersSchema.parse(values);
    return { input, ...(await sendProgrammeReminders(actor, input)) };
  });
  if (!outcome.ok) return outcome.state;
  const { input, sent } = outcome.result;
  const params = filterParams(input);
  params.set("muistutettu", String(sent));
  redirect(`/koulutukset/hallinta/ohjelmat/${input.offeringId}/eteneminen?${params}`);
}
