"use server";
// The minutes editor's form, one agenda item per submission: origin →
// session → policy → zod → mutation (which checks the meeting's rules again)
// → revalidate. A conflict comes back with the revision that got in between,
// so the writer can compare before saving again.
import type { ReactElement } from "react";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { revalidatePage } from "@/lib/cache/paths";
import { formatTime } from "@/lib/dates";
import { assertActionOrigin } from "@/lib/http/action";
import { AppError, type ErrorCode } from "@/lib/http/errors";
import { runFormAction, savedState } from "@/lib/http/form-action";
import { renderedMarkdown, renderMarkdownUncached } from "@/lib/markdown/render";
import type { FormState } from "@/lib/http/form-state";
import type { PersonName } from "@/lib/users/rules";
import { MinutesConflictError, saveItemMinutes } from "./mutations";
import { minutesPreviewSchema, minutesSaveSchema } from "./schema";

export type MinutesFormState = FormState & {
  /** After a CONFLICT: who saved what, and when (ISO), since the writer opened the item. */
  conflict?: {
    author: PersonName | null;
    savedAt: string;
    minutes: string;
    /** The same minutes rendered here, so the editor needs no Markdown parser. */
    rendered: ReactElement;
  };
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
      conflict: {
        author: conflict.author,
        savedAt: conflict.savedAt.toISOString(),
        minutes: conflict.minutes,
        rendered: renderedMarkdown(conflict.minutes, 4, false),
      },
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

export type MinutesPreview =
  | { ok: true; /** Null when there is no text. */ preview: ReactElement | null }
  | { ok: false; error: ErrorCode; messageKey?: string };

/**
 * The editor's Preview: the text rendered by the very renderer the meeting
 * page uses, returned as React elements (never an HTML string), so the
 * browser needs no Markdown parser. Writes nothing, but is an entry point
 * like any other: origin → session → policy → zod.
 */
export async function previewMinutesAction(minutes: unknown): Promise<MinutesPreview> {
  try {
    await assertActionOrigin();
    const actor = await getActor();
    if (!actor || !can(actor, "meeting.readDraft")) {
      return { ok: false, error: actor ? "FORBIDDEN" : "UNAUTHENTICATED" };
    }
    const parsed = minutesPreviewSchema.safeParse({ minutes });
    if (!parsed.success) {
      return { ok: false, error: "VALIDATION_FAILED", messageKey: parsed.error.issues[0]?.message };
    }
    const text = parsed.data.minutes;
    return { ok: true, preview: text.trim() ? renderMarkdownUncached(text, 3, false) : null };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.code };
    throw error;
  }
}
