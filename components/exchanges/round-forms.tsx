"use client";
// Coordinators' round forms (issue 15 item 1): a new round with its windows,
// and the one next step of a round (open, close, archive). The server actions
// decide again and come back to the rounds page with a notice (?tehty=).
import { useActionState } from "react";
import {
  fieldHelpers,
  FormFeedback,
  SubmitButton,
  TextArea,
  TextField,
  translateWith,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const DAY_FIELDS = [
  ["offerOpensAt", "offerClosesAt", "exchangeRounds.offerWindow"],
  ["applicationOpensAt", "applicationClosesAt", "exchangeRounds.applicationWindow"],
  ["visitStartsOn", "visitEndsOn", "exchangeRounds.visitPeriod"],
] as const;

export function NewRoundForm({
  action: serverAction,
  defaultYear,
  text,
}: {
  action: Action;
  defaultYear: number;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const f = fieldHelpers(state, { year: String(defaultYear) }, text, "kierros-");
  const labels: Record<string, string> = {
    year: f.tr("exchangeRounds.field.year"),
    title: f.tr("exchangeRounds.field.title"),
    description: f.tr("exchangeRounds.field.description"),
  };
  for (const [opens, closes, legend] of DAY_FIELDS) {
    labels[opens] = `${f.tr(legend)}: ${f.tr("exchangeRounds.field.from")}`;
    labels[closes] = `${f.tr(legend)}: ${f.tr("exchangeRounds.field.to")}`;
  }
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} idPrefix="kierros-" />
      <TextField {...f.props("year", labels.year!)} inputMode="numeric" required className="max-w-xs" />
      <TextField {...f.props("title", labels.title!)} required hint={f.tr("exchangeRounds.hint.title")} />
      <TextArea {...f.props("description", labels.description!)} rows={4} />
      {DAY_FIELDS.map(([opens, closes, legend]) => (
        <fieldset key={legend} className="rounded border border-gray-300 p-3">
          <legend className="px-1 font-semibold">{f.tr(legend)}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField {...f.props(opens, labels[opens]!)} type="date" required />
            <TextField {...f.props(closes, labels[closes]!)} type="date" required />
          </div>
        </fieldset>
      ))}
      <p className="text-sm text-gray-700">{f.tr("exchangeRounds.hint.order")}</p>
      <SubmitButton pending={pending} label={f.tr("exchangeRounds.create")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}

/** The round's next step as one button: open a draft, close an open round, archive a closed one. */
export function MoveRoundForm({
  action: serverAction,
  roundId,
  to,
  round,
  text,
}: {
  action: Action;
  roundId: string;
  to: "OPEN" | "CLOSED" | "ARCHIVED";
  /** The round's name, for the button's accessible name. */
  round: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="space-y-2">
      <FormFeedback state={state} text={text} labels={{}} idPrefix={`siirto-${roundId}-`} />
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="to" value={to} />
      <SubmitButton
        pending={pending}
        label={tr(`exchangeRounds.move.${to}`, { round })}
        pendingLabel={tr("form.saving")}
        variant="secondary"
      />
    </form>
  );
}
