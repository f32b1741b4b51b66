"use server";
// The kit catalogue's forms (issue 12 item 1): coordinators create and edit
// kits. The contents checklist's "add a row" and "remove this row" buttons
// work without JavaScript too: they submit the form with an `intent`, and the
// answer is the same form with one row more or less, nothing saved.
import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/http/form-action";
import { formValues, type FormState, type FormValues } from "@/lib/http/form-state";
import { createKit, updateKit } from "./mutations";
import { kitCreateSchema, kitUpdateSchema } from "./schema";

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The checklist's rows changed as a row button asked; null for a real submission. */
function editedRows(formData: FormData): FormValues | null {
  const intent = formData.get("intent");
  if (typeof intent !== "string" || !/^(addRow|removeRow:\d{1,3})$/.test(intent)) return null;
  const values = formValues(formData);
  const items = asList(values.contentsItem);
  const counts = asList(values.contentsCount);
  while (counts.length < items.length) counts.push("");
  if (intent === "addRow") {
    items.push("");
    counts.push("");
  } else {
    const row = Number(intent.slice("removeRow:".length));
    if (Number.isInteger(row) && row >= 0 && row < items.length) {
      items.splice(row, 1);
      counts.splice(row, 1);
    }
  }
  const { intent: _intent, ...rest } = values;
  return { ...rest, contentsItem: items, contentsCount: counts };
}

/** The form with its rows changed: shown again, nothing validated or written. */
function withRows(prev: FormState, values: FormValues): FormState {
  return { status: "idle", values, attempt: (prev.attempt ?? 0) + 1 };
}

const withPhoto = (values: FormValues, formData: FormData) => ({
  ...values,
  photo: formData.get("photo") ?? undefined,
});

export async function createKitAction(prev: FormState, formData: FormData): Promise<FormState> {
  const rows = editedRows(formData);
  if (rows) return withRows(prev, rows);
  const outcome = await runFormAction(prev, formData, "kit.manage", (actor, values) =>
    createKit(actor, kitCreateSchema.parse(withPhoto(values, formData))),
  );
  if (!outcome.ok) return outcome.state;
  redirect(`/pike-boksit/${outcome.result.slug}`);
}

export async function updateKitAction(prev: FormState, formData: FormData): Promise<FormState> {
  const rows = editedRows(formData);
  if (rows) return withRows(prev, rows);
  const outcome = await runFormAction(prev, formData, "kit.manage", (actor, values) =>
    updateKit(actor, kitUpdateSchema.parse(withPhoto(values, formData))),
  );
  if (!outcome.ok) return outcome.state;
  redirect(`/pike-boksit/${outcome.result.slug}`);
}
