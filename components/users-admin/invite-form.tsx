"use client";
import { useActionState } from "react";
import {
  ChoiceGroup,
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextField,
  type FormText,
  type SelectOption,
} from "@/components/forms/form-parts";
import { idleForm } from "@/lib/http/form-state";
import { inviteColleagueAction, inviteUserAction } from "@/lib/users/admin/actions";

/**
 * An invitation: an admin's with library and roles, or (`colleague`) a
 * supervisor's, whose invitee becomes STAFF of the supervisor's library.
 */
export function InviteForm({
  libraries,
  roles,
  locales,
  text,
  colleague = false,
}: {
  libraries: SelectOption[];
  roles: SelectOption[];
  locales: SelectOption[];
  text: FormText;
  colleague?: boolean;
}) {
  const [state, action, pending] = useActionState(colleague ? inviteColleagueAction : inviteUserAction, idleForm);
  const f = fieldHelpers(state, colleague ? {} : { roles: "STAFF" }, text);
  const labels = {
    email: f.tr("users.field.email"),
    name: f.tr("users.field.name"),
    libraryId: f.tr("users.field.library"),
    roles: f.tr("users.field.roles"),
    locale: f.tr("users.field.locale"),
  };
  const field = (name: keyof typeof labels) => f.props(name, labels[name]);
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <div key={state.attempt ?? 0} className="space-y-4">
        <TextField {...field("email")} type="email" autoComplete="off" required />
        <TextField {...field("name")} hint={f.tr("users.field.nameHint")} />
        {colleague ? null : (
          <>
            <SelectField
              {...field("libraryId")}
              options={[{ value: "", label: f.tr("users.noLibrary") }, ...libraries]}
            />
            <ChoiceGroup
              id={f.id("roles")}
              name="roles"
              legend={labels.roles}
              type="checkbox"
              choices={roles}
              selected={f.values("roles")}
              error={f.error("roles")}
              required
              text={text}
            />
          </>
        )}
        <SelectField {...field("locale")} options={locales} />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr(colleague ? "staff.add.submit" : "users.invite.submit")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
