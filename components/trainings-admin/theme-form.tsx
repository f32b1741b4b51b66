"use client";
import { useActionState } from "react";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { createThemeAction, renameThemeAction } from "@/lib/trainings/actions";
import {
  fieldHelpers,
  FormFeedback,
  SubmitButton,
  TextArea,
  TextField,
  type FormText,
} from "@/components/forms/form-parts";

/** Adds a competence theme, or renames one (mode "rename" with themeId in defaults). */
export function ThemeForm({
  mode,
  defaults,
  text,
}: {
  mode: "create" | "rename";
  defaults: FormValues;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(mode === "create" ? createThemeAction : renameThemeAction, idleForm);
  const f = fieldHelpers(state, defaults, text);
  const labels = {
    nameFi: f.tr("trainingsAdmin.field.nameFi"),
    nameEn: f.tr("trainingsAdmin.field.nameEn"),
    description: f.tr("trainingsAdmin.field.themeDescription"),
  };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <div key={state.attempt ?? 0} className="space-y-4">
        {mode === "rename" ? <input type="hidden" name="themeId" value={f.value("themeId")} /> : null}
        <TextField
          id={f.id("nameFi")}
          name="nameFi"
          label={labels.nameFi}
          required
          text={text}
          defaultValue={f.value("nameFi")}
          error={f.error("nameFi")}
        />
        <TextField
          id={f.id("nameEn")}
          name="nameEn"
          label={labels.nameEn}
          required
          text={text}
          defaultValue={f.value("nameEn")}
          error={f.error("nameEn")}
        />
        <TextArea
          id={f.id("description")}
          name="description"
          label={labels.description}
          rows={3}
          text={text}
          defaultValue={f.value("description")}
          error={f.error("description")}
        />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "trainingsAdmin.createTheme" : "trainingsAdmin.save")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
