"use server";
// A chair's (or coordinator's) edit of a network's description and playbook
// (issue 14 item 2). origin → session → mutation, which decides per network
// (a chair of another network is refused there, whatever a crafted call
// sends). A conflict comes back with the revision that got in between as the
// form's new base, as the minutes editor does.
import { revalidatePage } from "@/lib/cache/paths";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { PlaybookConflictError, savePlaybook } from "./mutations";

export async function savePlaybookAction(prev: FormState, formData: FormData): Promise<FormState> {
  let conflict: string | null = null;
  const outcome = await runFormAction(prev, formData, "signedIn", async (actor, values) => {
    try {
      return await savePlaybook(actor, values);
    } catch (error) {
      if (error instanceof PlaybookConflictError) conflict = error.latestRevisionId;
      throw error;
    }
  });
  if (!outcome.ok) {
    if (!conflict) return outcome.state;
    return { ...outcome.state, values: { ...outcome.state.values, baseRevisionId: conflict } };
  }
  const { result, values } = outcome;
  revalidatePage("/verkostot");
  revalidatePage(`/verkostot/${result.slug}`);
  revalidatePage(`/verkostot/${result.slug}/pelikirja/historia`);
  return savedState(
    prev,
    { ...values, baseRevisionId: result.revisionId ?? "" },
    { key: result.changed ? "networksPlaybook.saved" : "networksPlaybook.unchanged" },
  );
}
