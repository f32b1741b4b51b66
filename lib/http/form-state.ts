// The state of a form handled by a server action: field messages (catalogue
// keys), a message for the whole form, and the values to show again. Pure:
// used by actions on the server and, as types, by the forms in the browser.
import { z } from "zod";
import { isDatabaseUnavailable } from "./db-errors";
import { AppError } from "./errors";
import { fieldErrorsOf } from "./form";

export type FormValues = Record<string, string | string[]>;

/** What a form's server action answers: field messages and the values to show again. */
export type FormState = {
  status: "idle" | "error" | "saved";
  /** field → message key */
  fields?: Record<string, string>;
  /** A message key for the whole form. */
  formError?: string;
  values?: FormValues;
  /** Counts submissions, so the form remounts with the values it was sent. */
  attempt?: number;
  /** A message key (with its variables) to announce after saving. */
  notice?: { key: string; vars?: Record<string, string | number> };
};

export const idleForm: FormState = { status: "idle" };

/** FormData → plain values (repeated names become arrays; files and Next's own fields are left out). */
export function formValues(formData: FormData): FormValues {
  const out: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const previous = out[key];
    if (previous === undefined) out[key] = value;
    else out[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}

/**
 * The state a form shows after a failed submission: zod's field messages, a
 * domain error's field or form message; null for errors no form should show.
 */
export function formStateOf(error: unknown, values: FormValues, attempt = 0): FormState | null {
  const base = { status: "error" as const, values, attempt: attempt + 1 };
  // "_" is a message about the whole form, not one field.
  const withFields = ({ _: formError, ...fields }: Record<string, string>): FormState => ({
    ...base,
    fields,
    ...(formError ? { formError } : {}),
  });
  if (error instanceof z.ZodError) return withFields(fieldErrorsOf(error));
  if (error instanceof AppError) {
    if (error.fields) return withFields(error.fields);
    return { ...base, formError: `form.error.${error.code}` };
  }
  if (isDatabaseUnavailable(error)) return { ...base, formError: "form.error.DATABASE_UNAVAILABLE" };
  return null;
}
