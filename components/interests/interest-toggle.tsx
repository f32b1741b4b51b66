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
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} text={text} labels={{}} />
      <input type="hidden" name="offeringId" value={offeringId} />
      <input type="hidden" name="interested" value={interested ? "false" : "true"} />
      {interested ? <p>{tr("interest.isMarked")}</p> : <p>{tr("interest.hint")}</p>}
      <SubmitButton
        pending={pending}
        label={tr(interested ? "interest.unmark" : "interest.mark")}
        pendingLabel={tr("form.saving")}
        variant={interested ? "secondary" : "primary"}
      />
    </form>
  );
}
