"use client";
// The user page's three forms: roles, library, and activation. Each saves on
// its own and answers with its own message.
import { useActionState } from "react";
import {
  ChoiceGroup,
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  type FormText,
  type SelectOption,
} from "@/components/forms/form-parts";
import { idleForm } from "@/lib/http/form-state";
import {
  changeActivationAction,
  changeLibraryAction,
  changeRolesAction,
  resendInvitationAction,
} from "@/lib/users/admin/actions";

export function RolesForm({
  userId,
  roles,
  current,
  text,
}: {
  userId: string;
  roles: SelectOption[];
  current: string[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(changeRolesAction, idleForm);
  const f = fieldHelpers(state, { roles: current }, text, "roles-");
  const labels = { roles: f.tr("users.field.roles") };
  return (
    <form action={action} noValidate className="space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="roles-" />
      <input type="hidden" name="userId" value={userId} />
      <div key={state.attempt ?? 0}>
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
      </div>
      <SubmitButton pending={pending} label={f.tr("users.roles.submit")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}

export function LibraryForm({
  userId,
  libraries,
  current,
  text,
}: {
  userId: string;
  libraries: SelectOption[];
  current: string | null;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(changeLibraryAction, idleForm);
  const f = fieldHelpers(state, { libraryId: current ?? "" }, text, "library-");
  const labels = { libraryId: f.tr("users.field.library") };
  return (
    <form action={action} noValidate className="space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="library-" />
      <input type="hidden" name="userId" value={userId} />
      <div key={state.attempt ?? 0}>
        <SelectField
          {...f.props("libraryId", labels.libraryId)}
          options={[{ value: "", label: f.tr("users.noLibrary") }, ...libraries]}
        />
      </div>
      <SubmitButton pending={pending} label={f.tr("users.library.submit")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}

export function ActivationForm({ userId, active, text }: { userId: string; active: boolean; text: FormText }) {
  const [state, action, pending] = useActionState(changeActivationAction, idleForm);
  const f = fieldHelpers(state, {}, text, "activation-");
  return (
    <form action={action} noValidate className="space-y-4">
      <FormFeedback state={state} text={text} labels={{}} idPrefix="activation-" />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      {active ? <p className="max-w-2xl">{f.tr("users.activation.deactivateHint")}</p> : null}
      <SubmitButton
        pending={pending}
        variant={active ? "secondary" : "primary"}
        label={f.tr(active ? "users.activation.deactivate" : "users.activation.reactivate")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}

/** For an invited person who has not signed in yet: a new link by mail; the earlier one stops working. */
export function ResendInvitationForm({ userId, text }: { userId: string; text: FormText }) {
  const [state, action, pending] = useActionState(resendInvitationAction, idleForm);
  const f = fieldHelpers(state, {}, text, "resend-");
  return (
    <form action={action} noValidate className="space-y-4">
      <FormFeedback state={state} text={text} labels={{}} idPrefix="resend-" />
      <input type="hidden" name="userId" value={userId} />
      <p className="max-w-2xl">{f.tr("users.invite.resendHint")}</p>
      <SubmitButton
        pending={pending}
        variant="secondary"
        label={f.tr("users.invite.resend")}
        pendingLabel={f.tr("form.saving")}
      />
    </form>
  );
}
