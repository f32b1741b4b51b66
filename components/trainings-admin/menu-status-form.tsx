"use client";
import { useActionState } from "react";
import type { MenuStatus } from "@/lib/db/enums";
import { idleForm } from "@/lib/http/form-state";
import { setMenuStatusAction } from "@/lib/trainings/actions";
import { FormFeedback, SubmitButton, translateWith, type FormText } from "@/components/forms/form-parts";

/** The next step of a menu's life: publish a draft, archive a published menu. */
export function MenuStatusForm({ menuId, next, text }: { menuId: string; next: MenuStatus; text: FormText }) {
  const [state, action, pending] = useActionState(setMenuStatusAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} text={text} labels={{}} />
      <input type="hidden" name="menuId" value={menuId} />
      <input type="hidden" name="status" value={next} />
      <p className="text-gray-800">{tr(`trainingsAdmin.menu.to.${next}.hint`)}</p>
      <SubmitButton pending={pending} label={tr(`trainingsAdmin.menu.to.${next}`)} pendingLabel={tr("form.saving")} />
    </form>
  );
}
