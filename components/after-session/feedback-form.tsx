"use client";
// The attendee's feedback: a rating as a radio group (fieldset + legend) and
// an optional comment. Sending goes to the feedback page, which then shows
// what was given.
import { useActionState } from "react";
import { giveFeedbackAction } from "@/lib/feedback/actions";
import { idleForm } from "@/lib/http/form-state";
import {
  ChoiceGroup,
  fieldHelpers,
  FormFeedback,
  SubmitButton,
  TextArea,
  type FormText,
} from "@/components/forms/form-parts";

const RATINGS = ["1", "2", "3", "4", "5"] as const;

export function FeedbackForm({ enrolmentId, text }: { enrolmentId: string; text: FormText }) {
  const [state, action, pending] = useActionState(giveFeedbackAction, idleForm);
  const f = fieldHelpers(state, {}, text);
  const labels = { rating: f.tr("afterSession.feedback.rating"), comment: f.tr("afterSession.feedback.comment") };
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <input type="hidden" name="enrolmentId" value={enrolmentId} />
      <div key={state.attempt ?? 0} className="space-y-4">
        <ChoiceGroup
          id={f.id("rating")}
          name="rating"
          legend={labels.rating}
          type="radio"
          required
          choices={RATINGS.map((value) => ({ value, label: f.tr(`afterSession.feedback.rating.${value}`) }))}
          selected={f.values("rating")}
          hint={f.tr("afterSession.feedback.ratingHint")}
          error={f.error("rating")}
          text={text}
        />
        <TextArea
          id={f.id("comment")}
          name="comment"
          label={labels.comment}
          rows={5}
          hint={f.tr("afterSession.feedback.commentHint")}
          text={text}
          defaultValue={f.value("comment")}
          error={f.error("comment")}
        />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr("afterSession.feedback.submit")}
        pendingLabel={f.tr("afterSession.feedback.sending")}
      />
    </form>
  );
}
