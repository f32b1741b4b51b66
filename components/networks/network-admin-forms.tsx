"use client";
// The networks' admin forms (issue 14 item 2): a new network with its first
// chair; on a network's members page, removing a member with a reason and a
// coordinator's appointing and releasing of chairs. The server actions decide
// per network again and come back to the page with a notice (?tehty=).
import { useActionState } from "react";
import { DangerButton } from "@/components/forms/confirm-action-form";
import {
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  translateWith,
  type FormText,
  type SelectGroup,
} from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function NewNetworkForm({
  action: serverAction,
  chairs,
  text,
}: {
  action: Action;
  chairs: SelectGroup[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, {}, text, "verkosto-");
  const labels = {
    name: f.tr("networkAdmin.field.name"),
    slug: f.tr("networkAdmin.field.slug"),
    description: f.tr("networkAdmin.field.description"),
    chairUserId: f.tr("networkAdmin.field.chair"),
  };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="verkosto-" />
      <input type="hidden" name="paluu" value="uusi" />
      <TextField {...f.props("name", labels.name)} required />
      <TextField {...f.props("slug", labels.slug)} hint={f.tr("networkAdmin.hint.slug")} />
      <TextArea {...f.props("description", labels.description)} rows={3} />
      <SelectField
        {...f.props("chairUserId", labels.chairUserId)}
        required
        options={[{ value: "", label: f.tr("networkAdmin.choose") }]}
        groups={chairs}
      />
      <SubmitButton pending={pending} label={f.tr("networkAdmin.create")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}

type MemberForm = { action: Action; networkId: string; slug: string; userId: string; person: string; text: FormText };

function Hidden({ networkId, slug, userId }: { networkId: string; slug: string; userId: string }) {
  return (
    <>
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="paluu" value="hallinta" />
    </>
  );
}

/** A chair removes a member: the reason is asked in a disclosure, then the button carries it out. */
export function RemoveMemberForm({ action: serverAction, networkId, slug, userId, person, text }: MemberForm) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const prefix = `poista-${userId}-`;
  const f = fieldHelpers(state, {}, text, prefix);
  const label = f.tr("networkAdmin.remove", { person });
  return (
    <details className="rounded border border-gray-300 p-2">
      <summary className="cursor-pointer font-semibold">{label}</summary>
      <form action={action} noValidate className="mt-2 space-y-2">
        <FormFeedback
          state={state}
          text={text}
          labels={{ reason: f.tr("networkAdmin.removeReason") }}
          idPrefix={prefix}
        />
        <Hidden networkId={networkId} slug={slug} userId={userId} />
        <TextArea
          {...f.props("reason", f.tr("networkAdmin.removeReason"))}
          hint={f.tr("networkAdmin.removeHint")}
          required
          rows={2}
        />
        <DangerButton pending={pending} label={label} pendingLabel={f.tr("form.saving")} />
      </form>
    </details>
  );
}

/** A coordinator appoints a member as chair, or ends a chair's role (the last chair's is refused, with why). */
export function ChairForm({
  action: serverAction,
  networkId,
  slug,
  userId,
  person,
  text,
  appoint,
}: MemberForm & { appoint: boolean }) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-2">
      <FormFeedback state={state} text={text} labels={{}} idPrefix={`pj-${userId}-`} />
      <Hidden networkId={networkId} slug={slug} userId={userId} />
      <SubmitButton
        pending={pending}
        label={tr(appoint ? "networkAdmin.appoint" : "networkAdmin.endChair", { person })}
        pendingLabel={tr("form.saving")}
        variant="secondary"
      />
    </form>
  );
}
