"use client";
// "Tehty" / "Jatkuu" (optionally with a new due date) / undo, for one item
// under "previous action items". One form, so the row keeps one status message.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { fieldHelpers, FormFeedback, TextField } from "@/components/forms/form-parts";
import { reviewActionItemAction } from "@/lib/action-items/actions";
import type { ReviewChoices } from "@/lib/action-items/rules";
import { idleForm } from "@/lib/http/form-state";
import { useFormText } from "./text-context";

export function ReviewForm({
  meetingId,
  actionItemId,
  title,
  choices,
}: {
  meetingId: string;
  actionItemId: string;
  /** The item's title, so that each button says which item it is for. */
  title: string;
  choices: ReviewChoices;
}) {
  const text = useFormText();
  const [state, action, pending] = useActionState(reviewActionItemAction, idleForm);
  const idPrefix = `arvio-${actionItemId}-`;
  const f = fieldHelpers(state, {}, text, idPrefix);
  const labels = {
    newDueDate: f.tr("actionItems.field.newDueDate"),
    actionItemId: f.tr("actionItems.field.actionItemRef"),
  };
  if (!choices.done && !choices.carryOn && !choices.undo) {
    return <FormFeedback state={state} text={text} labels={labels} idPrefix={idPrefix} />;
  }
  return (
    <form action={action} noValidate className="mt-3 space-y-3">
      <FormFeedback state={state} text={text} labels={labels} idPrefix={idPrefix} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="actionItemId" value={actionItemId} />
      <div className="flex flex-wrap items-end gap-3">
        {choices.done ? (
          <Button
            type="submit"
            name="intent"
            value="done"
            disabled={pending}
            aria-label={f.tr("actionItems.review.doneLabel", { title })}
          >
            {f.tr("actionItems.review.done")}
          </Button>
        ) : null}
        {choices.carryOn ? (
          <>
            <TextField
              key={state.attempt ?? 0}
              id={f.id("newDueDate")}
              name="newDueDate"
              type="date"
              label={labels.newDueDate}
              text={text}
              defaultValue={f.value("newDueDate")}
              error={f.error("newDueDate")}
            />
            <Button
              type="submit"
              name="intent"
              value="carryOn"
              variant="secondary"
              disabled={pending}
              aria-label={f.tr("actionItems.review.carryOnLabel", { title })}
            >
              {f.tr("actionItems.review.carryOn")}
            </Button>
          </>
        ) : null}
        {choices.undo ? (
          <Button
            type="submit"
            name="intent"
            value="undo"
            variant="secondary"
            disabled={pending}
            aria-label={f.tr("actionItems.review.undoLabel", { title })}
          >
            {f.tr("actionItems.review.undo")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
