"use client";
// "Merkitse tehdyksi" on the action items page, for the owner (or a coordinator).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormFeedback, translateWith } from "@/components/forms/form-parts";
import { closeActionItemAction } from "@/lib/action-items/actions";
import { idleForm } from "@/lib/http/form-state";
import { useFormText } from "./text-context";

export function CloseActionItemForm({
  actionItemId,
  title,
  filters,
}: {
  actionItemId: string;
  title: string;
  /** The page's query string, to come back to the same filters. */
  filters: string;
}) {
  const text = useFormText();
  const tr = translateWith(text);
  const [state, action, pending] = useActionState(closeActionItemAction, idleForm);
  return (
    <form action={action} className="space-y-2">
      <FormFeedback state={state} text={text} labels={{}} />
      <input type="hidden" name="actionItemId" value={actionItemId} />
      <input type="hidden" name="filters" value={filters} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={tr("actionItems.closeLabel", { title })}>
        {pending ? tr("form.saving") : tr("actionItems.close")}
      </Button>
    </form>
  );
}
