"use client";
// The network page's forms (ADR 29): asking to join with a message, leaving
// (or withdrawing a request), and a chair's approve / decline of one pending
// request. Texts arrive translated (pickText); the server actions answer with
// field messages or a notice.
import { useActionState } from "react";
import { FormFeedback, SubmitButton, TextArea, translateWith, type FormText } from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

type Common = { action: Action; networkId: string; slug: string; text: FormText };

function Hidden({ networkId, slug }: { networkId: string; slug: string }) {
  return (
    <>
      <input type="hidden" name="networkId" value={networkId} />
      <input type="hidden" name="slug" value={slug} />
    </>
  );
}

export function JoinNetworkForm({ action: serverAction, networkId, slug, text }: Common) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const values = state.status === "error" ? state.values : undefined;
  if (state.status === "saved") return <FormFeedback state={state} text={text} labels={{}} />;
  return (
    <form action={action} className="space-y-3">
      <FormFeedback
        state={state}
        text={text}
        labels={{ message: tr("networks.join.messageLabel") }}
        idPrefix="liity-"
      />
      <Hidden networkId={networkId} slug={slug} />
      <TextArea
        id="liity-message"
        name="message"
        label={tr("networks.join.messageLabel")}
        hint={tr("networks.join.messageHint")}
        text={text}
        required
        rows={3}
        error={state.fields?.message ? tr(state.fields.message) : undefined}
        defaultValue={typeof values?.message === "string" ? values.message : ""}
      />
      <SubmitButton pending={pending} label={tr("networks.join.submit")} pendingLabel={tr("form.saving")} />
    </form>
  );
}

export function LeaveNetworkForm({ action: serverAction, networkId, slug, text, label }: Common & { label: string }) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} text={text} labels={{}} idPrefix="poistu-" />
      <Hidden networkId={networkId} slug={slug} />
      {state.status === "saved" ? null : (
        <SubmitButton pending={pending} label={label} pendingLabel={tr("form.saving")} variant="secondary" />
      )}
    </form>
  );
}

export function DecideRequestForms({
  action: serverAction,
  networkId,
  slug,
  text,
  userId,
  person,
}: Common & { userId: string; person: string }) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const prefix = `pyynto-${userId}-`;
  if (state.status === "saved") return <FormFeedback state={state} text={text} labels={{}} />;
  return (
    <div className="space-y-3">
      <FormFeedback
        state={state}
        text={text}
        labels={{ reason: tr("networks.pending.reasonLabel") }}
        idPrefix={prefix}
      />
      <form action={action}>
        <Hidden networkId={networkId} slug={slug} />
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="decision" value="approve" />
        <SubmitButton
          pending={pending}
          label={tr("networks.pending.approve", { person })}
          pendingLabel={tr("form.saving")}
        />
      </form>
      <form action={action} className="space-y-2">
        <Hidden networkId={networkId} slug={slug} />
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="decision" value="decline" />
        <TextArea
          id={`${prefix}reason`}
          name="reason"
          label={tr("networks.pending.reasonLabel")}
          hint={tr("networks.pending.reasonHint")}
          text={text}
          rows={2}
          error={state.fields?.reason ? tr(state.fields.reason) : undefined}
        />
        <SubmitButton
          pending={pending}
          label={tr("networks.pending.decline", { person })}
          pendingLabel={tr("form.saving")}
          variant="secondary"
        />
      </form>
    </div>
  );
}
