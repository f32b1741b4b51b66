"use client";
// A new poll: its title and details, and its options as rows the coordinator
// adds and removes with buttons. Focus follows the change (to the new row, or
// to the row that took a removed one's place) and a status line says what
// happened. The server checks everything again.
import { useActionState, useEffect, useRef, useState } from "react";
import {
  fieldHelpers,
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  translateWith,
  type FormText,
  type SelectOption,
} from "@/components/forms/form-parts";
import { Button } from "@/components/ui/button";
import { idleForm, type FormState, type FormValues } from "@/lib/http/form-state";
import { createPollAction } from "@/lib/polls/actions";
import { OptionField } from "./option-field";

const MAX_ROWS = 20;
const FIRST_ROWS = 3;
const FIELDS = ["date", "start", "end"] as const;
type Field = (typeof FIELDS)[number];
const INPUT_NAME: Record<Field, string> = { date: "optionDate", start: "optionStart", end: "optionEnd" };

type Row = { key: number; values: Record<Field, string>; errors: Partial<Record<Field, string>> };

/** The rows as last sent (with their messages), or a few empty ones for a new form. */
function initialRows(state: FormState, values: (name: string) => string[]): Row[] {
  const columns = FIELDS.map((field) => values(INPUT_NAME[field]));
  const count = Math.max(...columns.map((c) => c.length), state.values ? 0 : FIRST_ROWS);
  return Array.from({ length: Math.max(count, 2) }, (_, key) => ({
    key,
    values: { date: columns[0]![key] ?? "", start: columns[1]![key] ?? "", end: columns[2]![key] ?? "" },
    errors: Object.fromEntries(
      FIELDS.flatMap((field) => {
        const error = state.fields?.[`options.${key}.${field}`];
        return error ? [[field, error]] : [];
      }),
    ),
  }));
}

export function PollForm({
  defaults,
  meetings,
  text,
}: {
  defaults: FormValues;
  meetings: SelectOption[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(createPollAction, idleForm);
  const f = fieldHelpers(state, defaults, text);
  const labels: Record<string, string> = {
    title: f.tr("polls.field.title"),
    description: f.tr("polls.field.description"),
    forMeetingId: f.tr("polls.field.forMeetingId"),
    closesAt: f.tr("polls.field.closesAt"),
    options: f.tr("polls.field.options"),
  };
  for (const name of Object.keys(state.fields ?? {})) {
    const m = /^options\.(\d+)\.(date|start|end)$/.exec(name);
    if (m) {
      labels[name] = f.tr("polls.field.optionField", {
        number: Number(m[1]) + 1,
        field: f.tr(`polls.field.${m[2]}`),
      });
    }
  }
  const field = (name: "title" | "description" | "forMeetingId" | "closesAt") => f.props(name, labels[name]!);
  return (
    <form action={action} noValidate className="max-w-2xl space-y-4">
      <FormFeedback state={state} text={text} labels={labels} />
      <div key={state.attempt ?? 0} className="space-y-4">
        <TextField {...field("title")} required hint={f.tr("polls.field.titleHint")} />
        <TextArea {...field("description")} rows={3} hint={f.tr("polls.field.descriptionHint")} />
        <SelectField
          {...field("forMeetingId")}
          hint={f.tr("polls.field.forMeetingIdHint")}
          options={[{ value: "", label: f.tr("polls.field.noMeeting") }, ...meetings]}
        />
        <TextField {...field("closesAt")} type="datetime-local" hint={f.tr("polls.field.closesAtHint")} />
        <OptionRows initial={initialRows(state, f.values)} error={f.error("options")} text={text} />
      </div>
      <SubmitButton pending={pending} label={f.tr("polls.create.submit")} pendingLabel={f.tr("form.saving")} />
    </form>
  );
}

function OptionRows({ initial, error, text }: { initial: Row[]; error?: string; text: FormText }) {
  const tr = translateWith(text);
  const [rows, setRows] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  // What to focus once the rows have re-rendered: a row's date input, or the add button.
  const focusTarget = useRef<number | "add" | null>(null);
  const nextKey = useRef(Math.max(-1, ...initial.map((row) => row.key)) + 1);

  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    focusTarget.current = null;
    document.getElementById(target === "add" ? "options-add" : `options.${target}.date`)?.focus();
  }, [rows]);

  const add = () => {
    if (rows.length >= MAX_ROWS) return;
    const key = nextKey.current++;
    setRows([...rows, { key, values: { date: "", start: "", end: "" }, errors: {} }]);
    setAnnouncement(tr("polls.option.rowAdded", { number: rows.length + 1 }));
    focusTarget.current = key;
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    setRows(next);
    setAnnouncement(tr("polls.option.rowRemoved", { count: next.length }));
    focusTarget.current = (next[index] ?? next[index - 1])?.key ?? "add";
  };

  return (
    <fieldset id="options" tabIndex={-1} aria-describedby={`options-hint${error ? " options-error" : ""}`}>
      <legend className="text-lg font-semibold">
        {tr("polls.field.options")} <span className="font-normal text-gray-700">{tr("form.required")}</span>
      </legend>
      <p id="options-hint" className="text-sm text-gray-700">
        {tr("polls.field.optionsHint")}
      </p>
      {error ? (
        <p id="options-error" className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <ol className="mt-3 space-y-4">
        {rows.map((row, index) => (
          <li key={row.key}>
            <fieldset className="rounded border border-gray-400 p-3">
              <legend className="px-1 font-semibold">{tr("polls.field.optionLegend", { number: index + 1 })}</legend>
              <div className="grid gap-3 sm:grid-cols-3">
                {FIELDS.map((name) => (
                  <OptionField
                    key={name}
                    id={`options.${row.key}.${name}`}
                    name={INPUT_NAME[name]}
                    type={name === "date" ? "date" : "time"}
                    label={tr(`polls.field.${name}`)}
                    defaultValue={row.values[name]}
                    error={row.errors[name] ? tr(row.errors[name]) : undefined}
                  />
                ))}
              </div>
              {rows.length > 2 ? (
                <Button type="button" variant="secondary" className="mt-3" onClick={() => remove(index)}>
                  {tr("polls.option.removeRow", { number: index + 1 })}
                </Button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="mt-4">
        {rows.length < MAX_ROWS ? (
          <Button id="options-add" type="button" variant="secondary" onClick={add}>
            {tr("polls.option.addRow")}
          </Button>
        ) : (
          <p>{tr("polls.option.maxReached")}</p>
        )}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
