"use client";
// Adding, editing and removing one decision (päätös) under an agenda item.
import { useActionState } from "react";
import { fieldHelpers, FormFeedback, SubmitButton, TextArea, translateWith } from "@/components/forms/form-parts";
import { createDecisionAction, deleteDecisionAction, updateDecisionAction } from "@/lib/decisions/actions";
import { idleForm } from "@/lib/http/form-state";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { useFormText } from "./text-context";

/** "create" adds under `agendaItemId`; "edit" saves the text of `decisionId`. */
export function DecisionForm({
  mode,
  meetingId,
  agendaItemId,
  decisionId,
  defaultText = "",
  idPrefix,
}: {
  mode: "create" | "edit";
  meetingId: string;
  agendaItemId?: string;
  decisionId?: string;
  defaultText?: string;
  idPrefix: string;
}) {
  const text = useFormText();
  const [state, action, pending] = useActionState(
    mode === "create" ? createDecisionAction : updateDecisionAction,
    idleForm,
  );
  const f = fieldHelpers(state, { text: defaultText }, text, idPrefix);
  const labels = {
    text: f.tr("actionItems.field.decision"),
    agendaItemId: f.tr("actionItems.field.agendaItem"),
    decisionId: f.tr("actionItems.field.decisionRef"),
  };
  return (
    <form action={action} noValidate className="max-w-3xl space-y-3">
      <FormFeedback state={state} text={text} labels={labels} idPrefix={idPrefix} />
      <input type="hidden" name="meetingId" value={meetingId} />
      {agendaItemId ? <input type="hidden" name="agendaItemId" value={agendaItemId} /> : null}
      {decisionId ? <input type="hidden" name="decisionId" value={decisionId} /> : null}
      <div key={state.attempt ?? 0}>
        <TextArea
          id={f.id("text")}
          name="text"
          label={labels.text}
          hint={f.tr("actionItems.hint.decision")}
          required
          rows={3}
          text={text}
          defaultValue={f.value("text")}
          error={f.error("text")}
        />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "actionItems.addDecision" : "actionItems.save")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}

/** The confirmation step's button (inside a disclosure that asks first). */
export function DeleteDecisionForm({ meetingId, decisionId }: { meetingId: string; decisionId: string }) {
  const text = useFormText();
  return (
    <ConfirmActionForm
      action={deleteDecisionAction}
      fields={{ meetingId, decisionId }}
      submitLabel="actionItems.deleteDecision"
      text={text}
    >
      <p>{translateWith(text)("actionItems.confirmDeleteDecision")}</p>
    </ConfirmActionForm>
  );
}
