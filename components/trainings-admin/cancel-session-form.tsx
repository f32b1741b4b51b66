"use client";
import { useActionState } from "react";
import { idleForm } from "@/lib/http/form-state";
import { cancelSessionAction } from "@/lib/trainings/actions";
import { FormFeedback, translateWith, type FormText } from "./form-parts";

/** The confirmation step's button: cancelling is final and mails everyone enrolled. */
export function CancelSessionForm({ sessionId, text }: { sessionId: string; text: FormText }) {
  const [state, action, pending] = useActionState(cancelSessionAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} text={text} labels={{}} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="confirm" value="yes" />
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="inline-flex min-h-11 items-center justify-center rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:bg-gray-500"
      >
        {pending ? tr("form.saving") : tr("trainingsAdmin.session.cancelSubmit")}
      </button>
    </form>
  );
}
