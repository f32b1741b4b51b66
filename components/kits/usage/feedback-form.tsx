"use client";
// The library's answer after a kit loan: how it was used, how many people it
// reached, free text. Texts arrive translated (pickText).
import { useActionState } from "react";
import {
  ChoiceGroup,
  FormFeedback,
  SubmitButton,
  TextArea,
  TextField,
  translateWith,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";
import { USE_KINDS } from "@/lib/kits/usage/schema";

export function LoanFeedbackForm({
  action: serverAction,
  reservationId,
  defaults,
  text,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  reservationId: string;
  defaults: { uses: string[]; peopleReached: string; comment: string };
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const labels = {
    uses: tr("kitsUsage.feedback.uses"),
    peopleReached: tr("kitsUsage.feedback.peopleReached"),
    comment: tr("kitsUsage.feedback.comment"),
  };
  const value = (name: string, fallback: string) =>
    typeof state.values?.[name] === "string" ? state.values[name] : fallback;
  const sentUses = state.values?.uses;
  const uses =
    sentUses === undefined ? (state.values ? [] : defaults.uses) : Array.isArray(sentUses) ? sentUses : [sentUses];
  return (
    <form action={action} className="max-w-2xl space-y-5" key={state.attempt ?? 0}>
      <FormFeedback state={state} text={text} labels={labels} idPrefix="palaute-" />
      <input type="hidden" name="reservationId" value={reservationId} />
      <ChoiceGroup
        id="palaute-uses"
        name="uses"
        type="checkbox"
        legend={labels.uses}
        required
        text={text}
        choices={USE_KINDS.map((kind) => ({ value: kind, label: tr(`kitsUsage.use.${kind}`) }))}
        selected={uses.map(String)}
        error={state.fields?.uses ? tr(state.fields.uses) : undefined}
      />
      <TextField
        id="palaute-peopleReached"
        name="peopleReached"
        type="number"
        inputMode="numeric"
        label={labels.peopleReached}
        hint={tr("kitsUsage.feedback.peopleHint")}
        text={text}
        required
        defaultValue={value("peopleReached", defaults.peopleReached)}
        error={state.fields?.peopleReached ? tr(state.fields.peopleReached) : undefined}
      />
      <TextArea
        id="palaute-comment"
        name="comment"
        label={labels.comment}
        hint={tr("kitsUsage.feedback.commentHint")}
        text={text}
        defaultValue={value("comment", defaults.comment)}
        error={state.fields?.comment ? tr(state.fields.comment) : undefined}
      />
      <SubmitButton pending={pending} label={tr("kitsUsage.feedback.submit")} pendingLabel={tr("form.saving")} />
    </form>
  );
}
