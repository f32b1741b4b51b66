"use client";
// A coordinator's forms on one participant's page: a part confirmed as done
// (with an optional note) and the certificate revoked with a reason.
import { useActionState } from "react";
import { DangerButton } from "@/components/forms/confirm-action-form";
import {
  FormFeedback,
  SubmitButton,
  TextArea,
  TextField,
  translateWith,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function ConfirmPartForm({
  action: serverAction,
  offeringId,
  participationId,
  userId,
  part,
  text,
}: {
  action: Action;
  offeringId: string;
  participationId: string;
  userId: string;
  part: { id: string; title: string };
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const prefix = `kuittaa-${part.id}-`;
  return (
    <form action={action} className="mt-2 space-y-2">
      <FormFeedback
        state={state}
        text={text}
        labels={{ note: tr("programmesAdmin.participant.note") }}
        idPrefix={prefix}
      />
      <input type="hidden" name="offeringId" value={offeringId} />
      <input type="hidden" name="participationId" value={participationId} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="partId" value={part.id} />
      <TextField
        id={`${prefix}note`}
        name="note"
        label={tr("programmesAdmin.participant.note")}
        text={text}
        error={state.fields?.note ? tr(state.fields.note) : undefined}
        className="max-w-xl"
      />
      <SubmitButton
        pending={pending}
        label={tr("programmesAdmin.participant.confirmPart", { part: part.title })}
        pendingLabel={tr("form.saving")}
        variant="secondary"
      />
    </form>
  );
}

export function RevokeCertificateForm({
  action: serverAction,
  offeringId,
  participationId,
  certificateId,
  text,
}: {
  action: Action;
  offeringId: string;
  participationId: string;
  certificateId: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-3">
      <FormFeedback
        state={state}
        text={text}
        labels={{ reason: tr("programmesAdmin.participant.revokeReason") }}
        idPrefix="mitatoi-"
      />
      <p>{tr("programmesAdmin.participant.revokeQuestion")}</p>
      <input type="hidden" name="offeringId" value={offeringId} />
      <input type="hidden" name="participationId" value={participationId} />
      <input type="hidden" name="certificateId" value={certificateId} />
      <input type="hidden" name="confirm" value="yes" />
      <TextArea
        id="mitatoi-reason"
        name="reason"
        label={tr("programmesAdmin.participant.revokeReason")}
        text={text}
        required
        rows={2}
        error={state.fields?.reason ? tr(state.fields.reason) : undefined}
      />
      <DangerButton
        pending={pending}
        label={tr("programmesAdmin.participant.revoke")}
        pendingLabel={tr("form.saving")}
      />
    </form>
  );
}
