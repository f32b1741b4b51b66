"use client";
// A coordinator's answers to an open order: accept, decline with a reason, or
// schedule (creates the session). Each form has its own id prefix, so the
// three can share one page.
import { useActionState } from "react";
import {
  CheckboxField,
  fieldHelpers,
  FormFeedback,
  SubmitButton,
  TextArea,
  translateWith,
  type FormText,
} from "@/components/forms/form-parts";
import { SessionFields, sessionFieldLabels, type PlaceChoices } from "@/components/trainings-admin/session-fields";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { acceptOrderAction, declineOrderAction, scheduleOrderAction } from "@/lib/workshop-orders/actions";

export function AcceptOrderForm({ orderId, text }: { orderId: string; text: FormText }) {
  const [state, action, pending] = useActionState(acceptOrderAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} text={text} labels={{}} />
      <input type="hidden" name="orderId" value={orderId} />
      <p>{tr("orders.acceptHint")}</p>
      <SubmitButton
        pending={pending}
        label={tr("orders.accept")}
        pendingLabel={tr("form.saving")}
        variant="secondary"
      />
    </form>
  );
}

export function DeclineOrderForm({ orderId, text }: { orderId: string; text: FormText }) {
  const [state, action, pending] = useActionState(declineOrderAction, idleForm);
  const f = fieldHelpers(state, { orderId }, text, "decline-");
  const labels = { reason: f.tr("orders.field.reason") };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-3">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="decline-" />
      <input type="hidden" name="orderId" value={orderId} />
      <div key={state.attempt ?? 0}>
        <TextArea
          id={f.id("reason")}
          name="reason"
          label={labels.reason}
          required
          rows={3}
          hint={f.tr("orders.declineHint")}
          text={text}
          defaultValue={f.value("reason")}
          error={f.error("reason")}
        />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr("orders.decline")}
        pendingLabel={f.tr("form.saving")}
        variant="secondary"
      />
    </form>
  );
}

export function ScheduleOrderForm({
  defaults,
  places,
  libraryName,
  text,
}: {
  defaults: FormValues;
  places: PlaceChoices;
  libraryName: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(scheduleOrderAction, idleForm);
  const f = fieldHelpers(state, defaults, text, "schedule-");
  const labels = { ...sessionFieldLabels(f.tr, false), openToRegion: f.tr("orders.field.openToRegion") };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="schedule-" />
      <div key={state.attempt ?? 0} className="space-y-4">
        <input type="hidden" name="orderId" value={f.value("orderId")} />
        <SessionFields f={f} text={text} places={places} withEligibility={false} />
        <CheckboxField
          id={f.id("openToRegion")}
          name="openToRegion"
          label={labels.openToRegion}
          hint={f.tr("orders.field.openToRegionHint", { library: libraryName })}
          defaultChecked={f.value("openToRegion") === "on"}
          error={f.error("openToRegion")}
        />
      </div>
      <SubmitButton pending={pending} label={f.tr("orders.scheduleSubmit")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}
