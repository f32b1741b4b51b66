"use client";
// A chair's announcement to the network's members: a subject and a short
// plain text. Texts arrive translated (pickText).
import { useActionState } from "react";
import {
  fieldHelpers,
  FormFeedback,
  SubmitButton,
  TextArea,
  TextField,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function AnnouncementForm({
  action: serverAction,
  networkId,
  text,
}: {
  action: Action;
  networkId: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const { tr, props } = fieldHelpers(state, {}, text, "tiedote-");
  const labels = { title: tr("networkAnnouncements.field.title"), body: tr("networkAnnouncements.field.body") };
  return (
    <form action={action} className="max-w-2xl space-y-4" noValidate>
      <FormFeedback state={state} text={text} labels={labels} idPrefix="tiedote-" />
      <input type="hidden" name="networkId" value={networkId} />
      <TextField {...props("title", labels.title)} required hint={tr("networkAnnouncements.hint.title")} />
      <TextArea {...props("body", labels.body)} required rows={8} hint={tr("networkAnnouncements.hint.body")} />
      <SubmitButton pending={pending} label={tr("networkAnnouncements.submit")} pendingLabel={tr("form.saving")} />
    </form>
  );
}
