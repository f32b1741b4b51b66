"use server";
// The minutes editor's form, one agenda item per submission: origin →
// session → policy → zod → mutation (which checks the meeting's rules again)
// → revalidate. A conflict comes back with the revision that got in between,
// so the writer can compare before saving again.
import { revalidatePage } from "@/lib/cache/paths";
import { formatTime } from "@/lib/dates";
import { runFormAction, savedState } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import type { PersonName } from "@/lib/users/rules";
import { MinutesConflictError, saveItemMinutes } from "./mutations";
import { minutesSaveSchema } from "./schema";

export type MinutesFormState = FormState & {
  /** After a CONFLICT: who saved what, and when (ISO), since the writer opened the item. */
  conflict?: { author: PersonName | null; savedAt: string; minutes: string };
};

export async function saveMinutesAction(prev: MinutesFormState, formData: FormData): Promise<MinutesFormState> {
  const caught: { conflict?: MinutesConflictError } = {};
  // Everyone who could ever write minutes (coordinators, the secretary in the
  // steering group) may read draft agendas; the mutation decides per meeting.
  const outcome = await runFormAction(prev, formData, "meeting.readDraft", async (actor, values) => {
    try {
      const input = minutesSaveSchema.parse(values);
      return { input, result: await saveItemMinutes(actor, input) };
    } catch (error) {
      if (error instanceof MinutesConflictError) caught.conflict = error;
      throw error;
    }
  });
  if (!outcome.ok) {
    const conflict = caught.conflict?.latest;
    if (!conflict) return outcome.state;
    return {
      ...outcome.state,
      // The next save is based on what the writer has now been shown.
      values: { ...outcome.state.values, baseRevisionId: conflict.revisionId },
      conflict: { author: conflict.author, savedAt: conflict.savedAt.toISOString(), minutes: conflict.minutes },
    };
  }
  const { input, result } = outcome.result;
  revalidatePage(`/kokoukset/${input.meetingId}`, "layout");
  return savedState(
    prev,
    { ...outcome.values, minutes: input.minutes, baseRevisionId: result.revisionId ?? "" },
    result.changed ? { key: "minutes.saved", vars: { time: formatTime(new Date()) } } : { key: "minutes.unchanged" },
  );
}
