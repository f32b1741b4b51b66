"use server";
// The news-round entry form: origin → session → zod → mutation → revalidate.
// Whether the actor may write depends on the meeting, which they may not even
// see: the mutation answers 404 for an invisible meeting and 403 for a visible
// one they may not write, so the gate here admits any signed-in user.
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { saveLibraryUpdate } from "./mutations";
import { newsRoundEntrySchema } from "./schema";

export async function saveNewsRoundEntryAction(prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(prev, formData, "signedIn", async (actor, values) => {
    const input = newsRoundEntrySchema.parse(values);
    const saved = await saveLibraryUpdate(actor, input);
    return { ...saved, meetingId: input.meetingId };
  });
  if (!outcome.ok) return outcome.state;
  const { meetingId, status } = outcome.result;
  // The meeting page, its printed minutes and sub-pages, the library pages and search.
  revalidatePage(`/kokoukset/${meetingId}`, "layout");
  revalidatePage("/kirjastot/[slug]", "page");
  const { intent: _intent, ...values } = outcome.values;
  return savedState(prev, values, {
    key: status === "SUBMITTED" ? "newsRound.saved.submitted" : "newsRound.saved.draft",
  });
}
