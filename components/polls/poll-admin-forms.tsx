"use client";
// A coordinator's forms on a poll's page: turn an option into a meeting, add
// and remove options, close and reopen. Removing asks for a second click
// inside <details>, so it works without script too.
import { useActionState, useState } from "react";
import {
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextField,
  translateWith,
  type FormText,
} from "@/components/forms/form-parts";
import { Button } from "@/components/ui/button";
import { idleForm } from "@/lib/http/form-state";
import {
  addPollOptionAction,
  closePollAction,
  convertPollAction,
  removePollOptionAction,
  reopenPollAction,
} from "@/lib/polls/actions";
import { OptionField } from "./option-field";

type OptionChoice = { id: string; label: string };

/** "Tee tästä kokous": the best option is chosen to begin with. */
export function ConvertForm({
  pollId,
  options,
  bestOptionId,
  text,
}: {
  pollId: string;
  options: OptionChoice[];
  bestOptionId: string | null;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(convertPollAction, idleForm);
  const tr = translateWith(text);
  const f = fieldHelpers(
    state,
    { pollId, optionId: bestOptionId ?? options[0]?.id ?? "", title: tr("polls.convert.defaultTitle"), location: "" },
    text,
    "muunna-",
  );
  const labels = {
    optionId: tr("polls.field.optionId"),
    title: tr("polls.field.meetingTitle"),
    location: tr("polls.field.location"),
  };
  const field = (name: keyof typeof labels) => f.props(name, labels[name]);
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="muunna-" />
      <input type="hidden" name="pollId" value={pollId} />
      <div key={state.attempt ?? 0} className="space-y-4">
        <SelectField
          {...field("optionId")}
          required
          options={options.map((option) => ({
            value: option.id,
            label: option.id === bestOptionId ? `${option.label} ${tr("polls.convert.bestSuffix")}` : option.label,
          }))}
        />
        <TextField {...field("title")} required />
        <TextField {...field("location")} />
      </div>
      <SubmitButton pending={pending} label={tr("polls.convert.submit")} pendingLabel={tr("form.saving")} />
    </form>
  );
}

export function AddOptionForm({ pollId, text }: { pollId: string; text: FormText }) {
  const [state, action, pending] = useActionState(addPollOptionAction, idleForm);
  const f = fieldHelpers(state, { pollId }, text, "lisaa-");
  const labels = {
    date: f.tr("polls.field.date"),
    start: f.tr("polls.field.start"),
    end: f.tr("polls.field.end"),
  };
  const field = (name: keyof typeof labels) => ({
    id: f.id(name),
    name,
    label: labels[name],
    defaultValue: f.value(name),
    error: f.error(name),
  });
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="lisaa-" />
      <input type="hidden" name="pollId" value={pollId} />
      <div key={state.attempt ?? 0} className="grid gap-3 sm:grid-cols-3">
        <OptionField {...field("date")} type="date" />
        <OptionField {...field("start")} type="time" />
        <OptionField {...field("end")} type="time" />
      </div>
      <SubmitButton
        pending={pending}
        label={f.tr("polls.option.add")}
        pendingLabel={f.tr("form.saving")}
        variant="secondary"
      />
    </form>
  );
}

/**
 * One form for removing any option: each option's <details> holds its own
 * confirming button (name="optionId"), and the message after removal stays
 * in place although the option itself is gone.
 */
export function RemoveOptionsForm({
  pollId,
  options,
  emptyNote,
  text,
}: {
  pollId: string;
  /** The options that may be removed: none when only the minimum is left. */
  options: (OptionChoice & { answerCount: number })[];
  emptyNote: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(removePollOptionAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-3">
      <FormFeedback state={state} text={text} labels={{}} />
      <input type="hidden" name="pollId" value={pollId} />
      <input type="hidden" name="confirm" value="yes" />
      {options.length === 0 ? (
        <p>{emptyNote}</p>
      ) : (
        <ul className="space-y-2">
          {options.map((option) => (
            <li key={option.id}>
              <details className="rounded border border-gray-400 p-3">
                <summary className="min-h-11 cursor-pointer py-2 font-semibold">
                  {tr("polls.option.removeSummary", { option: option.label })}
                </summary>
                <p className="my-2">{tr("polls.option.removeConfirm", { count: option.answerCount })}</p>
                <Button type="submit" name="optionId" value={option.id} disabled={pending} aria-disabled={pending}>
                  {tr("polls.option.removeSubmit")}
                </Button>
              </details>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

/** Close an open poll, or reopen a closed one (with a new closing time or none). */
export function PollStateForms({ pollId, isOpen, text }: { pollId: string; isOpen: boolean; text: FormText }) {
  const [closeState, closeAction, closing] = useActionState(closePollAction, idleForm);
  const [reopenState, reopenAction, reopening] = useActionState(reopenPollAction, idleForm);
  // The form just used: its message is the one to show after the page has changed.
  const [last, setLast] = useState<"close" | "reopen" | null>(null);
  const tr = translateWith(text);
  const f = fieldHelpers(reopenState, {}, text, "avaa-");
  return (
    <div className="space-y-3">
      {last === "close" ? <FormFeedback state={closeState} text={text} labels={{}} /> : null}
      {last === "reopen" ? (
        <FormFeedback
          state={reopenState}
          text={text}
          labels={{ closesAt: tr("polls.field.closesAt") }}
          idPrefix="avaa-"
        />
      ) : null}
      {last === null ? <div role="status" className="sr-only" /> : null}
      {isOpen ? (
        <form action={closeAction} onSubmit={() => setLast("close")} className="space-y-3">
          <input type="hidden" name="pollId" value={pollId} />
          <p>{tr("polls.close.hint")}</p>
          <SubmitButton
            pending={closing}
            label={tr("polls.close.submit")}
            pendingLabel={tr("form.saving")}
            variant="secondary"
          />
        </form>
      ) : (
        <form action={reopenAction} onSubmit={() => setLast("reopen")} noValidate className="max-w-2xl space-y-3">
          <input type="hidden" name="pollId" value={pollId} />
          <p>{tr("polls.reopen.hint")}</p>
          <div key={reopenState.attempt ?? 0}>
            <TextField
              id={f.id("closesAt")}
              name="closesAt"
              type="datetime-local"
              label={tr("polls.field.closesAt")}
              hint={tr("polls.field.closesAtHint")}
              text={text}
              defaultValue={f.value("closesAt")}
              error={f.error("closesAt")}
            />
          </div>
          <SubmitButton
            pending={reopening}
            label={tr("polls.reopen.submit")}
            pendingLabel={tr("form.saving")}
            variant="secondary"
          />
        </form>
      )}
    </div>
  );
}
