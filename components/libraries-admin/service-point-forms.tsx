"use client";
import { useActionState } from "react";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import {
  changeServicePointStatusAction,
  createServicePointAction,
  updateServicePointAction,
} from "@/lib/libraries/actions";
import {
  CheckboxField,
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type FormText,
} from "@/components/forms/form-parts";

const KINDS = ["MAIN", "BRANCH", "BOOKMOBILE", "SELF_SERVICE"] as const;
const STATUSES = ["OPEN", "UNDER_REVIEW", "RENOVATION", "CLOSED"] as const;

/** A service point's details; "create" also asks the status it starts in. */
export function ServicePointForm({
  mode,
  defaults,
  text,
}: {
  mode: "create" | "edit";
  defaults: FormValues;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(
    mode === "create" ? createServicePointAction : updateServicePointAction,
    idleForm,
  );
  const f = fieldHelpers(state, defaults, text);
  const labels = {
    name: f.tr("libraries.field.name"),
    kind: f.tr("libraries.field.kind"),
    status: f.tr("libraries.field.initialStatus"),
    selfServiceHours: f.tr("libraries.selfServiceHours"),
    address: f.tr("libraries.field.streetAddress"),
    postalCode: f.tr("libraries.field.postalCode"),
    city: f.tr("libraries.field.city"),
    email: f.tr("libraries.field.email"),
    phone: f.tr("libraries.field.phone"),
    note: f.tr("libraries.field.note"),
  };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <div key={state.attempt ?? 0} className="space-y-4">
        {mode === "create" ? (
          <input type="hidden" name="libraryId" value={f.value("libraryId")} />
        ) : (
          <input type="hidden" name="servicePointId" value={f.value("servicePointId")} />
        )}
        <TextField {...f.props("name", labels.name)} required />
        <SelectField
          {...f.props("kind", labels.kind)}
          required
          options={KINDS.map((v) => ({ value: v, label: f.tr(`libraries.servicePointKind.${v}`) }))}
        />
        {mode === "create" ? (
          <SelectField
            {...f.props("status", labels.status)}
            required
            options={STATUSES.map((v) => ({ value: v, label: f.tr(`libraries.servicePointStatus.${v}`) }))}
          />
        ) : null}
        <CheckboxField
          id={f.id("selfServiceHours")}
          name="selfServiceHours"
          label={labels.selfServiceHours}
          hint={f.tr("libraries.selfServiceHoursHelp")}
          defaultChecked={f.value("selfServiceHours") === "on"}
        />
        <TextField {...f.props("address", labels.address)} />
        <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
          <TextField {...f.props("postalCode", labels.postalCode)} inputMode="numeric" />
          <TextField {...f.props("city", labels.city)} />
        </div>
        <TextField {...f.props("email", labels.email)} />
        <TextField {...f.props("phone", labels.phone)} />
        <TextArea {...f.props("note", labels.note)} hint={f.tr("libraries.field.noteHint")} rows={3} />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "libraries.servicePoint.newSubmit" : "libraries.edit.submit")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}

/** A new status with the day it takes effect and why; kept in the history. */
export function ServicePointStatusForm({ defaults, text }: { defaults: FormValues; text: FormText }) {
  const [state, action, pending] = useActionState(changeServicePointStatusAction, idleForm);
  // After a change the form starts over (the page shows the new status and history).
  const f = fieldHelpers(state.status === "saved" ? { ...state, values: undefined } : state, defaults, text, "status-");
  const labels = {
    status: f.tr("libraries.field.newStatus"),
    effectiveOn: f.tr("libraries.field.effectiveOn"),
    statusNote: f.tr("libraries.field.statusNote"),
  };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="status-" />
      <div key={state.attempt ?? 0} className="space-y-4">
        <input type="hidden" name="servicePointId" value={f.value("servicePointId")} />
        <SelectField
          {...f.props("status", labels.status)}
          required
          options={STATUSES.map((v) => ({ value: v, label: f.tr(`libraries.servicePointStatus.${v}`) }))}
        />
        <TextField {...f.props("effectiveOn", labels.effectiveOn)} type="date" required className="max-w-60" />
        <TextArea {...f.props("statusNote", labels.statusNote)} rows={3} />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr("libraries.servicePoint.statusSubmit")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
