"use client";
// The coordinators' programme editor forms: a part (new or edited), the
// deadline and publishing, and moving a part. Texts arrive translated
// (pickText); the server actions answer with field messages or a notice.
import { useActionState } from "react";
import {
  CheckboxField,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  fieldHelpers,
  translateWith,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormState, type FormValues } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const MODES = ["SELF_REPORTED", "ATTENDANCE", "COORDINATOR"] as const;

export function PartForm({
  action: serverAction,
  offeringId,
  partId,
  defaults,
  linkable,
  text,
}: {
  action: Action;
  offeringId: string;
  /** Absent: a new part. */
  partId?: string;
  defaults: FormValues;
  linkable: { id: string; title: string }[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const prefix = partId ? `osio-${partId}-` : "uusi-osio-";
  // A saved new part empties the form: remount its fields.
  const fieldsKey = !partId && state.status === "saved" ? `saved-${state.attempt}` : "form";
  const f = fieldHelpers(
    state.status === "saved" && !partId ? { ...state, values: defaults } : state,
    defaults,
    text,
    prefix,
  );
  const labels = {
    title: f.tr("programmesAdmin.field.title"),
    description: f.tr("programmesAdmin.field.description"),
    mode: f.tr("programmesAdmin.field.mode"),
    linkedOfferingId: f.tr("programmesAdmin.field.linkedOfferingId"),
    materials: f.tr("programmesAdmin.field.materials"),
  };
  return (
    <form action={action} className="space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix={prefix} />
      <input type="hidden" name="offeringId" value={offeringId} />
      {partId ? <input type="hidden" name="partId" value={partId} /> : null}
      <div key={fieldsKey} className="space-y-4">
        <TextField {...f.props("title", labels.title)} required />
        <TextArea
          {...f.props("description", labels.description)}
          hint={f.tr("programmesAdmin.field.descriptionHint")}
          rows={3}
        />
        <SelectField
          {...f.props("mode", labels.mode)}
          required
          options={MODES.map((mode) => ({ value: mode, label: f.tr(`programmes.mode.${mode}`) }))}
        />
        <SelectField
          {...f.props("linkedOfferingId", labels.linkedOfferingId)}
          hint={f.tr("programmesAdmin.field.linkedOfferingHint")}
          options={[
            { value: "", label: f.tr("programmesAdmin.none") },
            ...linkable.map((o) => ({ value: o.id, label: o.title })),
          ]}
        />
        <TextArea
          {...f.props("materials", labels.materials)}
          hint={f.tr("programmesAdmin.field.materialsHint")}
          rows={3}
        />
        <CheckboxField
          id={f.id("required")}
          name="required"
          label={f.tr("programmesAdmin.field.required")}
          defaultChecked={f.value("required") === "on"}
        />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(partId ? "programmesAdmin.part.submitEdit" : "programmesAdmin.part.submitNew")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}

export function ProgrammeSettingsForm({
  action: serverAction,
  offeringId,
  defaults,
  text,
}: {
  action: Action;
  offeringId: string;
  defaults: FormValues;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, defaults, text, "asetukset-");
  return (
    <form action={action} className="space-y-4">
      <FormFeedback
        state={state}
        text={text}
        labels={{
          deadline: f.tr("programmesAdmin.field.deadline"),
          published: f.tr("programmesAdmin.field.published"),
        }}
        idPrefix="asetukset-"
      />
      <input type="hidden" name="offeringId" value={offeringId} />
      <TextField
        {...f.props("deadline", f.tr("programmesAdmin.field.deadline"))}
        hint={f.tr("programmesAdmin.field.deadlineHint")}
        className="max-w-xs"
      />
      <CheckboxField
        id={f.id("published")}
        name="published"
        label={f.tr("programmesAdmin.field.published")}
        error={f.error("published")}
        defaultChecked={f.value("published") === "on"}
      />
      <SubmitButton
        pending={pending}
        label={f.tr("programmesAdmin.settings.submit")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}

/** Up and down buttons of one part; each is its own small form. */
export function MovePartButtons({
  action: serverAction,
  offeringId,
  partId,
  partTitle,
  first,
  last,
  text,
}: {
  action: Action;
  offeringId: string;
  partId: string;
  partTitle: string;
  first: boolean;
  last: boolean;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const button =
    "inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-gray-600 bg-white px-3 font-semibold hover:bg-gray-100 disabled:text-gray-500";
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      {state.status === "error" ? <FormFeedback state={state} text={text} labels={{}} /> : null}
      <input type="hidden" name="offeringId" value={offeringId} />
      <input type="hidden" name="partId" value={partId} />
      {first ? null : (
        <button type="submit" name="direction" value="up" disabled={pending} className={button}>
          <span aria-hidden="true">↑</span>
          <span className="sr-only">{tr("programmesAdmin.moveUp", { part: partTitle })}</span>
        </button>
      )}
      {last ? null : (
        <button type="submit" name="direction" value="down" disabled={pending} className={button}>
          <span aria-hidden="true">↓</span>
          <span className="sr-only">{tr("programmesAdmin.moveDown", { part: partTitle })}</span>
        </button>
      )}
    </form>
  );
}
