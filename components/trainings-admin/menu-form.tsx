"use client";
import { useActionState } from "react";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { createMenuAction, updateMenuAction } from "@/lib/trainings/actions";
import {
  fieldHelpers,
  FormFeedback,
  SubmitButton,
  TextArea,
  TextField,
  type FormText,
} from "@/components/forms/form-parts";

/** A menu's title, address, period and introduction. */
export function MenuForm({ mode, defaults, text }: { mode: "create" | "edit"; defaults: FormValues; text: FormText }) {
  const [state, action, pending] = useActionState(mode === "create" ? createMenuAction : updateMenuAction, idleForm);
  const f = fieldHelpers(state, defaults, text);
  const labels = {
    title: f.tr("trainingsAdmin.field.title"),
    slug: f.tr("trainingsAdmin.field.slug"),
    periodStart: f.tr("trainingsAdmin.field.periodStart"),
    periodEnd: f.tr("trainingsAdmin.field.periodEnd"),
    intro: f.tr("trainingsAdmin.field.intro"),
  };
  const field = (name: keyof typeof labels) => f.props(name, labels[name]);
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <div key={state.attempt ?? 0} className="space-y-4">
        {mode === "edit" ? <input type="hidden" name="menuId" value={f.value("menuId")} /> : null}
        <TextField {...field("title")} required hint={f.tr("trainingsAdmin.field.menuTitleHint")} />
        <TextField {...field("slug")} hint={f.tr("trainingsAdmin.field.slugHint")} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField {...field("periodStart")} type="date" required />
          <TextField {...field("periodEnd")} type="date" required />
        </div>
        <TextArea {...field("intro")} rows={5} />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "create" ? "trainingsAdmin.createMenu" : "trainingsAdmin.save")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
