"use client";
import { useActionState } from "react";
import {
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type FormText,
  type SelectOption,
} from "@/components/forms/form-parts";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { createOrderAction } from "@/lib/workshop-orders/actions";

/** A supervisor orders an orderable training to their own library. */
export function OrderForm({
  defaults,
  offerings,
  text,
}: {
  defaults: FormValues;
  offerings: SelectOption[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(createOrderAction, idleForm);
  const f = fieldHelpers(state, defaults, text);
  const labels = {
    offeringId: f.tr("orders.field.offering"),
    preferredDates: f.tr("orders.field.preferredDates"),
    expectedParticipants: f.tr("orders.field.expectedParticipants"),
    message: f.tr("orders.field.message"),
  };
  const field = (name: keyof typeof labels) => f.props(name, labels[name]);
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <div key={state.attempt ?? 0} className="space-y-4">
        <SelectField
          {...field("offeringId")}
          required
          options={[{ value: "", label: f.tr("orders.field.offeringNone") }, ...offerings]}
        />
        <TextArea {...field("preferredDates")} rows={3} required hint={f.tr("orders.field.preferredDatesHint")} />
        <TextField
          {...field("expectedParticipants")}
          type="number"
          inputMode="numeric"
          required
          hint={f.tr("orders.field.expectedParticipantsHint")}
          className="max-w-xs"
        />
        <TextArea {...field("message")} rows={4} />
      </div>
      <SubmitButton pending={pending} label={f.tr("orders.submit")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}
