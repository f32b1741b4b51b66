"use client";
import { useActionState } from "react";
import { FormFeedback, SubmitButton, translateWith, type FormText } from "@/components/forms/form-parts";
import { idleForm } from "@/lib/http/form-state";
import { toggleInterestAction } from "@/lib/interests/actions";

/** "Kiinnostaa": one button that marks or removes the signed-in user's interest. */
export function InterestToggle({
  offeringId,
  interested,
  text,
}: {
  offeringId: string;
  interested: boolean;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(toggleInterestAction, idleForm);
  const tr = translateWith(text);
  // After a save the answer is the truth: on a cached page the prop is what the page was first given.
  const saved = state.status === "saved" ? state.values?.interested : undefined;
  const marked = saved === "true" || saved === "false" ? saved === "true" : interested;
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} text={text} labels={{}} />
      <input type="hidden" name="offeringId" value={offeringId} />
      <input type="hidden" name="interested" value={marked ? "false" : "true"} />
      {marked ? <p>{tr("interest.isMarked")}</p> : <p>{tr("interest.hint")}</p>}
      <SubmitButton
        pending={pending}
        label={tr(marked ? "interest.unmark" : "interest.mark")}
        pendingLabel={tr("form.saving")}
        variant={marked ? "secondary" : "primary"}
      />
    </form>
  );
}
