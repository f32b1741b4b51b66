"use client";
import { useActionState } from "react";
import { OfferingKind } from "@/lib/db/enums";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { createOfferingAction, updateOfferingAction } from "@/lib/trainings/actions";
import {
  CheckboxField,
  ChoiceGroup,
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  type FormText,
  type SelectOption,
} from "@/components/forms/form-parts";

/** An offering of any kind: what it is, for whom, by whom, and whether libraries may order it. */
export function OfferingForm({
  mode,
  defaults,
  menus,
  themes,
  text,
}: {
  mode: "create" | "edit";
  defaults: FormValues;
  menus: SelectOption[];
  themes: SelectOption[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(
    mode === "create" ? createOfferingAction : updateOfferingAction,
    idleForm,
  );
  const f = fieldHelpers(state, defaults, text);
  const labels = {
    menuId: f.tr("trainingsAdmin.field.menu"),
    title: f.tr("trainingsAdmin.field.title"),
    slug: f.tr("trainingsAdmin.field.slug"),
    kind: f.tr("trainingsAdmin.field.kind"),
    summary: f.tr("trainingsAdmin.field.summary"),
    description: f.tr("trainingsAdmin.field.description"),
    themeIds: f.tr("trainingsAdmin.field.themes"),
    audience: f.tr("trainingsAdmin.field.audience"),
    trainerName: f.tr("trainingsAdmin.field.trainerName"),
    orderable: f.tr("trainingsAdmin.field.orderable"),
  };
  const field = (name: keyof typeof labels) => f.props(name, labels[name]);
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <div key={state.attempt ?? 0} className="space-y-4">
        {mode === "edit" ? <input type="hidden" name="offeringId" value={f.value("offeringId")} /> : null}
        <SelectField {...field("menuId")} required options={menus} />
        <TextField {...field("title")} required />
        <TextField {...field("slug")} hint={f.tr("trainingsAdmin.field.slugHint")} />
        <SelectField
          {...field("kind")}
          required
          options={[
            { value: "", label: f.tr("trainingsAdmin.field.kindNone") },
            ...Object.values(OfferingKind).map((kind) => ({ value: kind, label: f.tr(`trainings.kind.${kind}`) })),
          ]}
        />
        <TextField {...field("summary")} hint={f.tr("trainingsAdmin.field.summaryHint")} />
        <TextArea {...field("description")} rows={8} hint={f.tr("trainingsAdmin.field.descriptionHint")} />
        <ChoiceGroup
          id={f.id("themeIds")}
          name="themeIds"
          legend={labels.themeIds}
          type="checkbox"
          choices={themes}
          selected={f.values("themeIds")}
          error={f.error("themeIds")}
          text={text}
        />
        <TextField {...field("audience")} hint={f.tr("trainingsAdmin.field.audienceHint")} />
        <TextField {...field("trainerName")} />
        <CheckboxField
          id={f.id("orderable")}
          name="orderable"
          label={labels.orderable}
          hint={f.tr("trainingsAdmin.field.orderableHint")}
          defaultChecked={f.value("orderable") === "on"}
          error={f.error("orderable")}
        />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "trainingsAdmin.createOffering" : "trainingsAdmin.save")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
