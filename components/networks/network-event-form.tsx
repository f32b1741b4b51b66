"use client";
// A chair's new network event: what, when, where (a place or a remote link)
// and, when it matters, how many fit. Texts arrive translated (pickText).
import { useActionState } from "react";
import { fieldHelpers, FormFeedback, SubmitButton, TextField, type FormText } from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function NetworkEventForm({
  action: serverAction,
  networkId,
  text,
}: {
  action: Action;
  networkId: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const { tr, props } = fieldHelpers(state, {}, text, "tapahtuma-");
  const labels = {
    title: tr("networkEvents.field.title"),
    startsAt: tr("networkEvents.field.startsAt"),
    endsAt: tr("networkEvents.field.endsAt"),
    place: tr("networkEvents.field.place"),
    remoteUrl: tr("networkEvents.field.remoteUrl"),
    capacity: tr("networkEvents.field.capacity"),
  };
  return (
    <form action={action} className="max-w-2xl space-y-4" noValidate>
      <FormFeedback state={state} text={text} labels={labels} idPrefix="tapahtuma-" />
      <input type="hidden" name="networkId" value={networkId} />
      <TextField {...props("title", labels.title)} required hint={tr("networkEvents.hint.title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...props("startsAt", labels.startsAt)} type="datetime-local" required />
        <TextField {...props("endsAt", labels.endsAt)} type="datetime-local" required />
      </div>
      <TextField {...props("place", labels.place)} hint={tr("networkEvents.hint.place")} />
      <TextField
        {...props("remoteUrl", labels.remoteUrl)}
        type="url"
        inputMode="url"
        hint={tr("networkEvents.hint.remoteUrl")}
      />
      <TextField
        {...props("capacity", labels.capacity)}
        inputMode="numeric"
        hint={tr("networkEvents.hint.capacity")}
        className="max-w-xs"
      />
      <SubmitButton pending={pending} label={tr("networkEvents.submit")} pendingLabel={tr("form.saving")} />
    </form>
  );
}
