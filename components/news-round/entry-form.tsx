"use client";
// One library's news-round entry: five optional texts, saved as a draft or
// submitted. Texts arrive translated from the server (`text`).
import { useActionState } from "react";
import { fieldHelpers, FormFeedback, TextArea, type FormText } from "@/components/forms/form-parts";
import { Button } from "@/components/ui/button";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { saveNewsRoundEntryAction } from "@/lib/news-round/actions";
import { NEWS_ROUND_FIELDS, NEWS_ROUND_MAX_LENGTH } from "@/lib/news-round/fields";

export function NewsRoundEntryForm({
  defaults,
  submitted,
  text,
}: {
  /** meetingId, libraryId and the stored texts. */
  defaults: FormValues;
  /** Whether the stored entry is submitted: then saving keeps it so, and it can be turned back into a draft. */
  submitted: boolean;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(saveNewsRoundEntryAction, idleForm);
  const f = fieldHelpers(state, defaults, text, "kuulumiset-");
  const labels = Object.fromEntries(NEWS_ROUND_FIELDS.map((field) => [field, f.tr(`newsRound.field.${field}`)]));
  // After a save the page's status follows; until then the stored status decides the buttons.
  const isSubmitted = state.status === "saved" ? state.notice?.key === "newsRound.saved.submitted" : submitted;
  return (
    <form action={action} noValidate className="max-w-3xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="kuulumiset-" />
      <p className="text-sm text-gray-700">{f.tr("newsRound.hint.format")}</p>
      <div key={state.attempt ?? 0} className="space-y-4">
        <input type="hidden" name="meetingId" value={f.value("meetingId")} />
        <input type="hidden" name="libraryId" value={f.value("libraryId")} />
        {NEWS_ROUND_FIELDS.map((field) => (
          <TextArea
            key={field}
            id={f.id(field)}
            name={field}
            label={labels[field]!}
            hint={f.tr(`newsRound.hint.${field}`, { max: NEWS_ROUND_MAX_LENGTH })}
            rows={field === "body" ? 6 : 4}
            text={text}
            defaultValue={f.value(field)}
            error={f.error(field)}
          />
        ))}
      </div>
      {/* The first button is the form's default: submitting (or saving a submitted entry). */}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="submit" disabled={pending} aria-disabled={pending}>
          {pending ? f.tr("newsRound.sending") : f.tr(isSubmitted ? "newsRound.saveChanges" : "newsRound.submit")}
        </Button>
        <Button
          type="submit"
          name="intent"
          value="draft"
          variant="secondary"
          disabled={pending}
          aria-disabled={pending}
        >
          {f.tr(isSubmitted ? "newsRound.toDraft" : "newsRound.saveDraft")}
        </Button>
      </div>
    </form>
  );
}
