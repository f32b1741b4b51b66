"use client";
// An application's forms (issue 15 item 3): the supervisor's consent (yes or
// no), the host's decision (a day from the applicant's and a message, or a
// decline with a message), and the applicant's withdrawal. Each comes back to
// the page with a notice; a refusal shows here with its reason.
import { useActionState } from "react";
import { DangerButton } from "@/components/forms/confirm-action-form";
import {
  ChoiceGroup,
  fieldHelpers,
  FormFeedback,
  SubmitButton,
  TextArea,
  translateWith,
  type FormText,
  type SelectOption,
} from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function ConsentForm({
  action: serverAction,
  applicationId,
  decision,
  text,
}: {
  action: Action;
  applicationId: string;
  decision: "approve" | "decline";
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const label = tr(`exchangeApplications.consent.${decision}`);
  return (
    <form action={action} className="space-y-2">
      <FormFeedback state={state} text={text} labels={{}} idPrefix={`lupa-${decision}-`} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="decision" value={decision} />
      {decision === "approve" ? (
        <SubmitButton pending={pending} label={label} pendingLabel={tr("form.saving")} />
      ) : (
        <DangerButton pending={pending} label={label} pendingLabel={tr("form.saving")} />
      )}
    </form>
  );
}

export function AcceptForm({
  action: serverAction,
  applicationId,
  days,
  text,
}: {
  action: Action;
  applicationId: string;
  days: SelectOption[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, { visitDate: days.length === 1 ? days[0]!.value : "" }, text, "hyvaksy-");
  const labels = {
    visitDate: f.tr("exchangeApplications.field.visitDate"),
    message: f.tr("exchangeApplications.field.message"),
  };
  return (
    <form action={action} noValidate className="space-y-3">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="hyvaksy-" />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="decision" value="accept" />
      <ChoiceGroup
        id="hyvaksy-visitDate"
        name="visitDate"
        legend={labels.visitDate}
        type="radio"
        choices={days}
        selected={f.values("visitDate")}
        error={f.error("visitDate")}
        required
        text={text}
      />
      <TextArea
        {...f.props("message", labels.message)}
        rows={3}
        hint={f.tr("exchangeApplications.hint.acceptMessage")}
      />
      <SubmitButton pending={pending} label={f.tr("exchangeApplications.accept")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}

export function DeclineForm({
  action: serverAction,
  applicationId,
  text,
}: {
  action: Action;
  applicationId: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, {}, text, "hylkaa-");
  const labels = { message: f.tr("exchangeApplications.field.declineMessage") };
  return (
    <form action={action} noValidate className="space-y-3">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="hylkaa-" />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="decision" value="decline" />
      <TextArea {...f.props("message", labels.message)} rows={3} />
      <DangerButton pending={pending} label={f.tr("exchangeApplications.decline")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}

export function WithdrawForm({
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
      <FormFeedback state={state} text={text} labels={{}} idPrefix="peru-" />
      <input type="hidden" name="applicationId" value={applicationId} />
      <DangerButton pending={pending} label={tr("exchangeApplications.withdraw")} pendingLabel={tr("form.saving")} />
    </form>
  );
}

/** A staff member's application: why, and a few days that suit them from the offer's. */
export function ApplyForm({
  action: serverAction,
  offerId,
  days,
  text,
}: {
  action: Action;
  offerId: string;
  days: SelectOption[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, {}, text, "hae-");
  const labels = {
    motivation: f.tr("exchangeApplications.field.motivation"),
    preferredDates: f.tr("exchangeApplications.field.preferredDates"),
    offerId: f.tr("exchangeApplications.field.offer"),
  };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="hae-" />
      <input type="hidden" name="offerId" value={offerId} />
      <TextArea
        {...f.props("motivation", labels.motivation)}
        required
        rows={5}
        hint={f.tr("exchangeApplications.hint.motivation")}
      />
      <ChoiceGroup
        id="hae-preferredDates"
        name="preferredDates"
        legend={labels.preferredDates}
        type="checkbox"
        choices={days}
        selected={f.values("preferredDates")}
        error={f.error("preferredDates") ?? f.error("preferredDates.0")}
        hint={f.tr("exchangeApplications.hint.preferredDates")}
        required
        text={text}
      />
      <SubmitButton pending={pending} label={f.tr("exchangeApplications.apply")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}
