"use client";
// The user's own answers: for each option a radio group (its legend names the
// time) of yes / if need be / no, all saved with one button.
import { useActionState } from "react";
import { ChoiceGroup, fieldHelpers, FormFeedback, SubmitButton, type FormText } from "@/components/forms/form-parts";
import type { PollAnswer } from "@/lib/db/enums";
import { idleForm } from "@/lib/http/form-state";
import { answerPollAction } from "@/lib/polls/actions";

// As pollAnswerSchema reads them; not imported, so that zod stays out of the browser bundle.
const answerFieldName = (optionId: string) => `answers.${optionId}`;
const ANSWERS: readonly PollAnswer[] = ["YES", "IF_NEED_BE", "NO"];

export function AnswerForm({
  pollId,
  options,
  myAnswers,
  text,
}: {
  pollId: string;
  /** Each option with its label already formatted ("keskiviikko 29.11.2023 klo 12.00–14.00"). */
  options: { id: string; label: string }[];
  myAnswers: Record<string, PollAnswer>;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(answerPollAction, idleForm);
  const defaults = Object.fromEntries(Object.entries(myAnswers).map(([id, answer]) => [answerFieldName(id), answer]));
  const f = fieldHelpers(state, { pollId, ...defaults }, text);
  const labels: Record<string, string> = { answers: f.tr("polls.field.answers") };
  for (const option of options) labels[answerFieldName(option.id)] = option.label;
  const choices = ANSWERS.map((answer) => ({ value: answer, label: f.tr(`polls.answer.${answer}`) }));
  return (
    <form action={action} className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <input type="hidden" name="pollId" value={pollId} />
      <div id="answers" tabIndex={-1} key={state.attempt ?? 0} className="space-y-4">
        {options.map((option) => {
          const name = answerFieldName(option.id);
          return (
            <div key={option.id} className="rounded border border-gray-400 p-3">
              <ChoiceGroup
                id={name}
                name={name}
                legend={option.label}
                type="radio"
                choices={choices}
                selected={f.values(name)}
                error={f.error(name)}
                text={text}
              />
            </div>
          );
        })}
      </div>
      <SubmitButton pending={pending} label={f.tr("polls.form.save")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}
