"use client";
import { useActionState } from "react";
import {
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextField,
  type FormText,
  type SelectOption,
} from "@/components/forms/form-parts";
import { idleForm, type FormValues } from "@/lib/http/form-state";
import { completeOwnProfileAction, updateOwnProfileAction } from "@/lib/users/profile/actions";

/**
 * The person's own name, title and language: on Omat tiedot ("edit"), and on
 * the first sign-in ("welcome") with the library to choose where the email
 * domain has several, and the address to go on to.
 */
export function ProfileForm({
  mode,
  defaults,
  libraries = [],
  next,
  text,
}: {
  mode: "edit" | "welcome";
  defaults: FormValues;
  /** Welcome only: the libraries to choose from (none when the domain names one). */
  libraries?: SelectOption[];
  next?: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(
    mode === "welcome" ? completeOwnProfileAction : updateOwnProfileAction,
    idleForm,
  );
  const f = fieldHelpers(state, defaults, text);
  const labels = {
    name: f.tr("profile.field.name"),
    title: f.tr("profile.field.title"),
    locale: f.tr("profile.field.locale"),
    libraryId: f.tr("profile.field.library"),
  };
  const field = (name: keyof typeof labels) => f.props(name, labels[name]);
  return (
    <form action={action} noValidate className="max-w-xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      {next ? <input type="hidden" name="seuraava" value={next} /> : null}
      <div key={state.attempt ?? 0} className="space-y-4">
        <TextField {...field("name")} required autoComplete="name" />
        <TextField {...field("title")} hint={f.tr("profile.field.titleHint")} autoComplete="organization-title" />
        {libraries.length > 1 ? (
          <SelectField
            {...field("libraryId")}
            required
            hint={f.tr("profile.field.libraryHint")}
            options={[{ value: "", label: f.tr("profile.field.libraryNone") }, ...libraries]}
          />
        ) : null}
        <SelectField
          {...field("locale")}
          required
          hint={f.tr("profile.field.localeHint")}
          options={[
            { value: "fi", label: f.tr("profile.locale.fi") },
            { value: "en", label: f.tr("profile.locale.en") },
          ]}
        />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(mode === "welcome" ? "profile.continue" : "profile.submit")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
