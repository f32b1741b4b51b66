"use client";
// Accessible form parts shared by the coordinators' and supervisors' forms:
// every field has a label, its hint and error are tied to it with
// aria-describedby, and an invalid field says so with aria-invalid. Texts
// arrive translated from the server (`text`: catalogue key → text).
import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import type { FormState, FormValues } from "@/lib/http/form-state";
import { DEFAULT_LOCALE, isLocale, TEXT_LOCALE_KEY } from "@/lib/i18n/config";
import { formatMessage, type Vars } from "@/lib/i18n/format";

export type FormText = Record<string, string>;

/** Looks texts up in a form's `text`, filling in variables and plurals as the server's translator does. */
export function translateWith(text: FormText) {
  const value = text[TEXT_LOCALE_KEY];
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  return (key: string, vars?: Vars): string =>
    formatMessage(text[key] ?? text["validation.invalid"] ?? key, vars, locale);
}

/** What a field needs from the form's state: its value to show, its error text. */
export function fieldHelpers(state: FormState, defaults: FormValues, text: FormText, idPrefix = "") {
  const tr = translateWith(text);
  const values = state.values ?? defaults;
  const id = (name: string) => `${idPrefix}${name}`;
  const value = (name: string): string => {
    const v = values[name];
    return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
  };
  const error = (name: string): string | undefined => {
    const key = state.fields?.[name];
    return key ? tr(key) : undefined;
  };
  return {
    tr,
    id,
    value,
    values: (name: string): string[] => {
      const v = values[name];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    },
    error,
    /** The props every field component takes, for one field. */
    props: (name: string, label: string) => ({
      id: id(name),
      name,
      label,
      text,
      defaultValue: value(name),
      error: error(name),
    }),
  };
}

/**
 * The form's answer: after a failed submission an alert that lists what to fix
 * (with links to the fields) and takes the focus; after saving a status message.
 */
export function FormFeedback({
  state,
  text,
  labels,
  idPrefix = "",
}: {
  state: FormState;
  text: FormText;
  /** field name → its label, for the list of errors */
  labels: Record<string, string>;
  idPrefix?: string;
}) {
  const tr = translateWith(text);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") ref.current?.focus();
  }, [state.status, state.attempt]);
  if (state.status === "error") {
    const fieldErrors = Object.entries(state.fields ?? {});
    return (
      <div
        ref={ref}
        tabIndex={-1}
        role="alert"
        className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900 focus:outline-2 focus:outline-red-800"
      >
        <p className="font-semibold">{state.formError ? tr(state.formError) : tr("form.errorSummary")}</p>
        {fieldErrors.length > 0 ? (
          <ul className="mt-2 list-disc pl-6">
            {fieldErrors.map(([name, key]) => (
              <li key={name}>
                {labels[name] ? (
                  <a href={`#${idPrefix}${name}`} className="text-red-900">
                    {labels[name]}: {tr(key)}
                  </a>
                ) : (
                  tr(key)
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  if (state.status === "saved" && state.notice) {
    return (
      <div role="status" className="rounded border-l-4 border-green-700 bg-green-50 p-4 text-green-900">
        {tr(state.notice.key, state.notice.vars)}
      </div>
    );
  }
  // Kept in the page so that the later message is announced.
  return <div role="status" className="sr-only" />;
}

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Label({ id, label, required, text }: { id: string; label: string; required?: boolean; text: FormText }) {
  return (
    <label htmlFor={id} className="block font-semibold">
      {label}
      {required ? <span className="font-normal text-gray-700"> {text["form.required"]}</span> : null}
    </label>
  );
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-sm text-gray-700">
      {hint}
    </p>
  ) : null;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
      {error}
    </p>
  ) : null;
}

const INPUT =
  "mt-1 w-full rounded border border-gray-600 px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

type FieldProps = {
  id: string;
  name: string;
  label: string;
  text: FormText;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  defaultValue?: string;
};

export function TextField({
  type = "text",
  inputMode,
  autoComplete,
  className = "",
  ...props
}: FieldProps & {
  type?: "text" | "email" | "url" | "number" | "date" | "datetime-local";
  inputMode?: "numeric" | "url" | "text";
  autoComplete?: string;
  className?: string;
}) {
  const { id, name, label, text, hint, error, required, defaultValue } = props;
  return (
    <div className={className}>
      <Label id={id} label={label} required={required} text={text} />
      <Hint id={id} hint={hint} />
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete ?? "off"}
        defaultValue={defaultValue}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={INPUT}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function TextArea({ rows = 4, ...props }: FieldProps & { rows?: number }) {
  const { id, name, label, text, hint, error, required, defaultValue } = props;
  return (
    <div>
      <Label id={id} label={label} required={required} text={text} />
      <Hint id={id} hint={hint} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={INPUT}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: SelectOption[] };

export function SelectField({
  options,
  groups,
  ...props
}: FieldProps & { options?: SelectOption[]; groups?: SelectGroup[] }) {
  const { id, name, label, text, hint, error, required, defaultValue } = props;
  return (
    <div>
      <Label id={id} label={label} required={required} text={text} />
      <Hint id={id} hint={hint} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${INPUT} bg-white`}
      >
        {options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

export function CheckboxField({
  id,
  name,
  label,
  hint,
  error,
  defaultChecked,
}: {
  id: string;
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  defaultChecked?: boolean;
}) {
  return (
    <div>
      <div className="flex min-h-11 items-center gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="h-5 w-5"
        />
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
      </div>
      <Hint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

/** Checkboxes or radios under one legend; the group carries the error. */
export function ChoiceGroup({
  id,
  name,
  legend,
  type,
  choices,
  selected,
  hint,
  error,
  required,
  text,
}: {
  id: string;
  name: string;
  legend: string;
  type: "checkbox" | "radio";
  choices: SelectOption[];
  selected: string[];
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  text: FormText;
}) {
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy(id, hint, error)}>
      <legend className="font-semibold">
        {legend}
        {required ? <span className="font-normal text-gray-700"> {text["form.required"]}</span> : null}
      </legend>
      <Hint id={id} hint={hint} />
      <div className="mt-1 flex flex-wrap gap-x-6">
        {choices.map((choice) => (
          <div key={choice.value} className="flex min-h-11 items-center gap-2">
            <input
              id={`${id}-${choice.value}`}
              name={name}
              type={type}
              value={choice.value}
              defaultChecked={selected.includes(choice.value)}
              className="h-5 w-5"
            />
            <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
          </div>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

export function SubmitButton({
  pending,
  label,
  pendingLabel,
  variant = "primary",
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
}) {
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </Button>
  );
}
