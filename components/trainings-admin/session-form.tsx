"use client";
import { useActionState } from "react";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { createSessionAction, updateSessionAction } from "@/lib/trainings/actions";
import { fieldHelpers, FormFeedback, SubmitButton, type FormText } from "@/components/forms/form-parts";
import { SessionFields, sessionFieldLabels, type PlaceChoices } from "./session-fields";

/** Adds a session to an offering, or edits one (enrolled people are told of time and place changes). */
export function SessionForm({
  mode,
  defaults,
  places,
  text,
  capacityHint,
}: {
  mode: "create" | "edit";
  defaults: FormValues;
  places: PlaceChoices;
  text: FormText;
  capacityHint?: string;
}) {
  const [state, action, pending] = useActionState(
    mode === "create" ? createSessionAction : updateSessionAction,
    idleForm,
  );
  const f = fieldHelpers(state, defaults, text);
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={sessionFieldLabels(f.tr, true)} />
      <div key={state.attempt ?? 0} className="space-y-4">
        {mode === "create" ? (
          <input type="hidden" name="offeringId" value={f.value("offeringId")} />
        ) : (
          <input type="hidden" name="sessionId" value={f.value("sessionId")} />
        )}
        <SessionFields f={f} text={text} places={places} withEligibility capacityHint={capacityHint} />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "trainingsAdmin.createSession" : "trainingsAdmin.save")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
