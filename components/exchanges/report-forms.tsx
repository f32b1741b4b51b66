"use client";
// After the visit (issue 15 item 4): one side's report (what was learned, what
// to take home, consent to publish), and the coordinator's completing or
// closing of the exchange. Each comes back to the application's page with a
// notice; a refusal shows here with its reason.
import { useActionState } from "react";
import { DangerButton } from "@/components/forms/confirm-action-form";
import {
  CheckboxField,
  fieldHelpers,
  FormFeedback,
  SubmitButton,
  TextArea,
  translateWith,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function ReportForm({
  action: serverAction,
  applicationId,
  side,
  current,
  text,
}: {
  action: Action;
  applicationId: string;
  side: "VISITOR" | "HOST";
  /** The report written before, to edit. */
  current: { experience: string; takeHome: string | null; consentToPublish: boolean } | null;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const prefix = `raportti-${side.toLowerCase()}-`;
  const f = fieldHelpers(
    state,
    current ? { experience: current.experience, takeHome: current.takeHome ?? "" } : {},
    text,
    prefix,
  );
  const labels = {
    experience: f.tr("exchangeReports.field.experience"),
    takeHome: f.tr("exchangeReports.field.takeHome"),
    consentToPublish: f.tr("exchangeReports.field.consentToPublish"),
    applicationId: f.tr("exchangeApplications.title"),
  };
  // After a failed try the box shows what was sent; before, what was saved.
  const consent = state.values ? state.values.consentToPublish === "on" : (current?.consentToPublish ?? false);
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix={prefix} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="side" value={side} />
      <TextArea
        {...f.props("experience", labels.experience)}
        required
        rows={6}
        hint={f.tr(`exchangeReports.hint.experience.${side}`)}
      />
      <TextArea {...f.props("takeHome", labels.takeHome)} rows={4} hint={f.tr("exchangeReports.hint.takeHome")} />
      <CheckboxField
        key={`${state.attempt ?? 0}`}
        id={f.id("consentToPublish")}
        name="consentToPublish"
        label={labels.consentToPublish}
        hint={f.tr("exchangeReports.hint.consentToPublish")}
        error={f.error("consentToPublish")}
        defaultChecked={consent}
      />
      <SubmitButton
        pending={pending}
        label={f.tr(current ? "exchangeReports.update" : "exchangeReports.submit")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}

export function CompleteForm({
  action: serverAction,
  applicationId,
  text,
}: {
  action: Action;
  applicationId: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-2">
      <FormFeedback state={state} text={text} labels={{}} idPrefix="toteutunut-" />
      <input type="hidden" name="applicationId" value={applicationId} />
      <SubmitButton pending={pending} label={tr("exchangeReports.complete")} pendingLabel={tr("form.saving")} />
    </form>
  );
}

export function CloseForm({
  action: serverAction,
  applicationId,
  text,
}: {
  action: Action;
  applicationId: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, {}, text, "paata-");
  const labels = { reason: f.tr("exchangeReports.field.closeReason") };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-3">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="paata-" />
      <input type="hidden" name="applicationId" value={applicationId} />
      <TextArea
        {...f.props("reason", labels.reason)}
        required
        rows={3}
        hint={f.tr("exchangeReports.hint.closeReason")}
      />
      <DangerButton pending={pending} label={f.tr("exchangeReports.close")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}
