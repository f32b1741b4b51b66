"use client";
// The confirmation step of a destructive action (delete, cancel, remove): the
// question is asked by the page or disclosure around it; this carries out the
// action with its ids as hidden fields and shows what went wrong, if anything.
import { useActionState, type ReactNode } from "react";
import { FormFeedback, translateWith, type FormText } from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

export function ConfirmActionForm({
  action: serverAction,
  fields,
  submitLabel,
  text,
  children,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  /** Hidden fields that name what the action is about (e.g. `{ meetingId }`). */
  fields: Record<string, string>;
  /** Catalogue key of the button's text. */
  submitLabel: string;
  text: FormText;
  /** Shown above the button, e.g. the question when the form sits in a disclosure. */
  children?: ReactNode;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} text={text} labels={{}} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="confirm" value="yes" />
      {children}
      <DangerButton pending={pending} label={tr(submitLabel)} pendingLabel={tr("form.saving")} />
    </form>
  );
}

/** The button that carries out a destructive step, after its confirmation. */
export function DangerButton({
  pending,
  label,
  pendingLabel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="inline-flex min-h-11 items-center justify-center rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:bg-gray-500"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
