// The steps every form's server action shares: origin → session → policy →
// (the caller's) validation and write; errors a form can show become its state.
import "server-only";
import { can, type Actor, type Permission } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { assertActionOrigin } from "./action";
import { AppError } from "./errors";
import { formStateOf, formValues, type FormState, type FormValues } from "./form-state";

export type FormOutcome<T> = { ok: true; result: T; values: FormValues } | { ok: false; state: FormState };

/**
 * `gate` is the permission the whole form needs, or "signedIn" when the
 * mutation itself decides per record (e.g. a meeting the actor may not see
 * must answer NOT_FOUND, not FORBIDDEN).
 */
export async function runFormAction<T>(
  prev: FormState,
  formData: FormData,
  gate: Permission | "signedIn",
  work: (actor: Actor, values: FormValues) => Promise<T>,
): Promise<FormOutcome<T>> {
  await assertActionOrigin();
  const values = formValues(formData);
  try {
    const actor = await getActor();
    if (!actor || (gate !== "signedIn" && !can(actor, gate))) {
      throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED", "Not allowed.");
    }
    return { ok: true, result: await work(actor, values), values };
  } catch (error) {
    const state = formStateOf(error, values, prev.attempt);
    if (!state) throw error;
    return { ok: false, state };
  }
}

/** The state after a successful save: the values as sent, and what to announce. */
export function savedState(prev: FormState, values: FormValues, notice?: FormState["notice"]): FormState {
  return { status: "saved", values, attempt: (prev.attempt ?? 0) + 1, notice };
}
