// Driving server actions as a browser's form post would: the values as
// FormData, the signed-in actor set on the request (see ./request.ts), and
// Next's redirect turned into a value the test can compare.
import type { Actor } from "@/lib/auth/policy";
import { idleForm, type FormState } from "@/lib/http/form-state";
import { Redirect, request } from "./request";

export type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
export type Values = Record<string, string | string[] | undefined>;
/** The form's new state, or where the action redirected to. */
export type Outcome<S = FormState> = { state?: S; redirect?: string };

/** A form submission: arrays become repeated fields, like checkboxes; undefined is left out. */
export function form(values: Record<string, string | string[] | File | undefined>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  }
  return data;
}

/** Runs an action; a redirect comes back as `{ redirect }`, other errors are thrown. */
export async function outcomeOf<S>(run: () => Promise<S>): Promise<Outcome<S>> {
  try {
    return { state: await run() };
  } catch (error) {
    if (error instanceof Redirect) return { redirect: error.url };
    throw error;
  }
}

/** Submits `values` to the action as `actor` (null: signed out), from a fresh form. */
export async function submit(action: Action, actor: Actor | null, values: Values): Promise<Outcome> {
  request.actor = actor;
  return outcomeOf(() => action(idleForm, form(values)));
}

/** The id in the path the action redirected to ("" if none). */
export const idFrom = (outcome: Outcome) => /\/([0-9a-f-]{36})(?:[/?]|$)/.exec(outcome.redirect ?? "")?.[1] ?? "";
