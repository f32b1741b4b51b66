"use client";
// The steps of the handover chain on a reservation's detail page (ADR 26):
// "sent" and "returned home" (one button each) and "received" with the
// handover checklist, one row per kit contents row. Texts arrive translated
// (pickText).
import { useActionState } from "react";
import {
  FormFeedback,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  translateWith,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/** A step that needs only the reservation: sent, returned home. */
export function StepForm({
  action: serverAction,
  reservationId,
  pageId,
  label,
  idPrefix,
  text,
}: {
  action: Action;
  reservationId: string;
  /** The reservation whose page the form is on, when not `reservationId`'s (the sender's "where next"). */
  pageId?: string;
  label: string;
  idPrefix: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormFeedback state={state} text={text} labels={{}} idPrefix={idPrefix} />
      <input type="hidden" name="reservationId" value={reservationId} />
      {pageId ? <input type="hidden" name="pageId" value={pageId} /> : null}
      {state.status === "saved" ? null : (
        <SubmitButton pending={pending} label={label} pendingLabel={tr("form.saving")} />
      )}
    </form>
  );
}

const STATES = ["ok", "missing", "damaged"] as const;

/** "Received": each part of the kit ok / missing / damaged with an optional note, and the condition. */
export function ReceiptForm({
  action: serverAction,
  reservationId,
  contents,
  text,
}: {
  action: Action;
  reservationId: string;
  contents: { item: string; count?: number | undefined }[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const prefix = "vastaanotto-";
  const value = (name: string, fallback = "") =>
    typeof state.values?.[name] === "string" ? state.values[name] : fallback;
  const error = (name: string) => (state.fields?.[name] ? tr(state.fields[name]) : undefined);
  const labels: Record<string, string> = { condition: tr("kitHandovers.receive.condition") };
  const itemName = (c: { item: string; count?: number | undefined }) =>
    c.count === undefined ? c.item : `${c.item} (${c.count})`;
  contents.forEach((c, i) => {
    labels[`rows.${i}.state`] = tr("kitHandovers.receive.state", { item: itemName(c) });
    labels[`rows.${i}.note`] = tr("kitHandovers.receive.note", { item: itemName(c) });
  });
  return (
    <form action={action} className="mt-3 space-y-4" key={state.attempt}>
      <FormFeedback state={state} text={text} labels={labels} idPrefix={prefix} />
      <input type="hidden" name="reservationId" value={reservationId} />
      {contents.length === 0 ? <p>{tr("kitHandovers.receive.noContents")}</p> : null}
      {contents.map((c, i) => (
        <fieldset key={i} className="grid gap-3 rounded border border-gray-300 p-3 sm:grid-cols-2">
          <legend className="px-1 font-semibold">{itemName(c)}</legend>
          <SelectField
            id={`${prefix}rows.${i}.state`}
            name={`rows.${i}.state`}
            label={labels[`rows.${i}.state`]!}
            text={text}
            required
            error={error(`rows.${i}.state`)}
            defaultValue={value(`rows.${i}.state`, "ok")}
            options={STATES.map((s) => ({ value: s, label: tr(`kitHandovers.state.${s}`) }))}
          />
          <TextField
            id={`${prefix}rows.${i}.note`}
            name={`rows.${i}.note`}
            label={labels[`rows.${i}.note`]!}
            text={text}
            error={error(`rows.${i}.note`)}
            defaultValue={value(`rows.${i}.note`)}
          />
        </fieldset>
      ))}
      <TextArea
        id={`${prefix}condition`}
        name="condition"
        label={labels.condition!}
        text={text}
        error={error("condition")}
        defaultValue={value("condition")}
      />
      {state.status === "saved" ? null : (
        <SubmitButton pending={pending} label={tr("kitHandovers.receive.submit")} pendingLabel={tr("form.saving")} />
      )}
    </form>
  );
}

/** A coordinator moves the kit to maintenance (the action redirects to its maintenance page). */
export function MaintenanceForm({
  action: serverAction,
  kitId,
  text,
}: {
  action: Action;
  kitId: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormFeedback state={state} text={text} labels={{}} idPrefix="huolto-" />
      <input type="hidden" name="kitId" value={kitId} />
      <SubmitButton
        pending={pending}
        label={tr("kitHandovers.maintenance.submit")}
        pendingLabel={tr("form.saving")}
        variant="secondary"
      />
    </form>
  );
}

/** A coordinator moves one future loan to another kit free for its days (the maintenance page). */
export function MoveLoanForm({
  action: serverAction,
  reservationId,
  loan,
  kits,
  text,
}: {
  action: Action;
  reservationId: string;
  /** The loan as people name it: library and days. */
  loan: string;
  kits: { id: string; name: string }[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const prefix = `siirto-${reservationId}-`;
  const labels = { kitId: tr("kitHandovers.move.kit") };
  return (
    <form action={action} className="space-y-3 rounded border border-gray-300 p-3" key={state.attempt}>
      <p className="font-semibold">{loan}</p>
      <FormFeedback state={state} text={text} labels={labels} idPrefix={prefix} />
      <input type="hidden" name="reservationId" value={reservationId} />
      <SelectField
        id={`${prefix}kitId`}
        name="kitId"
        label={labels.kitId}
        text={text}
        required
        error={state.fields?.kitId ? tr(state.fields.kitId) : undefined}
        defaultValue={typeof state.values?.kitId === "string" ? state.values.kitId : kits[0]?.id}
        options={kits.map((k) => ({ value: k.id, label: k.name }))}
      />
      <SubmitButton pending={pending} label={tr("kitHandovers.move.submit")} pendingLabel={tr("form.saving")} />
    </form>
  );
}
