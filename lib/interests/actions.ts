"use server";
// The "Kiinnostaa" toggle on an offering's page.
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { setInterest } from "./mutations";
import { interestSchema } from "./schema";

export async function toggleInterestAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "interest.express", (actor, values) =>
    setInterest(actor, interestSchema.parse(values)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePage("/koulutukset", "layout");
  revalidatePage("/tilaukset", "page");
  const { interested } = outcome.result;
  return savedState(
    prev,
    { interested: String(interested) },
    {
      key: interested ? "interest.marked" : "interest.unmarked",
    },
  );
}
