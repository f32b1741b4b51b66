"use client";
// The participant's forms on their progress page: join (or rejoin), and a
// self-reported part marked done with its reflection. Texts arrive translated
// (pickText); the server action answers with field messages or a notice.
import { useActionState } from "react";
import { FormFeedback, SubmitButton, TextArea, translateWith, type FormText } from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function JoinProgrammeForm({
  action: serverAction,
  offeringId,
  slug,
  label,
  text,
}: {
  action: Action;
  offeringId: string;
  slug: string;
  label: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} text={text} labels={{}} />
      <input type="hidden" name="offeringId" value={offeringId} />
      <input type="hidden" name="slug" value={slug} />
      <SubmitButton pending={pending} label={label} pendingLabel={tr("form.saving")} />
    </form>
  );
}

export function PartDoneForm({
  action: serverAction,
  partId,
  partTitle,
  slug,
  text,
}: {
  action: Action;
  partId: string;
  partTitle: string;
  slug: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const prefix = `osio-${partId}-`;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormFeedback
        state={state}
        text={text}
        labels={{ reflection: tr("programmes.progress.reflectionLabel") }}
        idPrefix={prefix}
      />
      <input type="hidden" name="partId" value={partId} />
      <input type="hidden" name="slug" value={slug} />
      <TextArea
        id={`${prefix}reflection`}
        name="reflection"
        label={tr("programmes.progress.reflectionLabel")}
        hint={tr("programmes.progress.reflectionHint")}
        text={text}
        required
        rows={3}
        error={state.fields?.reflection ? tr(state.fields.reflection) : undefined}
        defaultValue={typeof values?.reflection === "string" ? values.reflection : ""}
      />
      <SubmitButton
        pending={pending}
        label={tr("programmes.progress.markDone", { part: partTitle })}
        pendingLabel={tr("form.saving")}
      />
    </form>
  );
}
