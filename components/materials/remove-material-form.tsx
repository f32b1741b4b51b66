"use client";
import { useActionState } from "react";
import { FormFeedback, translateWith, type FormText } from "@/components/trainings-admin/form-parts";
import { idleForm } from "@/lib/http/form-state";
import { removeMaterialAction } from "@/lib/materials/actions";

/** The confirmation step's button: removing a material is final. */
export function RemoveMaterialForm({
  meetingId,
  materialId,
  text,
}: {
  meetingId: string;
  materialId: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(removeMaterialAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} text={text} labels={{}} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="materialId" value={materialId} />
      <input type="hidden" name="confirm" value="yes" />
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="inline-flex min-h-11 items-center justify-center rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:bg-gray-500"
      >
        {pending ? tr("form.saving") : tr("materials.removeSubmit")}
      </button>
    </form>
  );
}
