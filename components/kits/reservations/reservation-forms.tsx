"use client";
// The forms of kit reservations: reserve one of the free kits for the searched days,
// and the coordinators' decisions and shipping-day exception. Texts arrive
// translated (pickText); dates are formatted here without a zone (days).
import { useActionState } from "react";
import {
  FormFeedback,
  SelectField,
  SubmitButton,
  TextField,
  translateWith,
  type FormText,
} from "@/components/forms/form-parts";
import { idleForm, type FormState } from "@/lib/http/form-state";
import { formatDayRange } from "@/lib/dates/days";
import type { ReserveState } from "@/lib/kits/reservations/actions";

type Library = { id: string; name: string };

/** A free kit as the reserve form offers it: its name and, in one line, what to know before choosing. */
export type KitChoice = { id: string; name: string; details: string; shippingDays: number };

/**
 * The date search's one reserve form: the page's free kits as a radio group
 * (each with its theme, home library, shipping days and whether a
 * coordinator confirms), the library when there is a choice, one submit.
 */
export function ReserveFreeKitForm({
  action: serverAction,
  kits,
  startDate,
  endDate,
  libraries,
  text,
}: {
  action: (prev: ReserveState, formData: FormData) => Promise<ReserveState>;
  kits: KitChoice[];
  startDate: string;
  endDate: string;
  libraries: Library[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm as ReserveState);
  const tr = translateWith(text);
  const prefix = "varaa-";
  const period = formatDayRange({ startDate, endDate });
  const chosen = typeof state.values?.kitId === "string" ? state.values.kitId : "";
  const kitError = state.fields?.kitId ? tr(state.fields.kitId) : undefined;
  const conflictKit = kits.find((kit) => kit.id === chosen);
  return (
    <form action={action} className="space-y-4" key={state.attempt ?? 0}>
      {state.conflict ? (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          {tr("kitReservations.error.conflict", {
            period: formatDayRange(state.conflict),
            count: conflictKit?.shippingDays ?? 0,
          })}
        </div>
      ) : (
        <FormFeedback
          state={state}
          text={text}
          labels={{
            kitId: tr("kitReservations.field.kitId"),
            libraryId: tr("kitReservations.field.libraryId"),
            startDate: tr("kitReservations.field.startDate"),
            endDate: tr("kitReservations.field.endDate"),
          }}
          idPrefix={prefix}
        />
      )}
      <input type="hidden" name="startDate" value={startDate} />
      <input type="hidden" name="endDate" value={endDate} />
      <fieldset id={`${prefix}kitId`} tabIndex={-1} aria-describedby={kitError ? `${prefix}kitId-error` : undefined}>
        <legend className="font-semibold">
          {tr("kitReservations.search.kitLegend")}
          <span className="font-normal text-gray-700"> {text["form.required"]}</span>
        </legend>
        <ul className="mt-2 divide-y divide-gray-200 rounded border border-gray-300">
          {kits.map((kit) => (
            <li key={kit.id} className="flex items-start gap-3 p-3">
              <input
                id={`${prefix}kit-${kit.id}`}
                type="radio"
                name="kitId"
                value={kit.id}
                required
                defaultChecked={kit.id === chosen}
                aria-describedby={`${prefix}kit-${kit.id}-details`}
                className="mt-1 h-5 w-5 shrink-0"
              />
              <span>
                <label htmlFor={`${prefix}kit-${kit.id}`} className="font-semibold">
                  {kit.name}
                </label>
                <span id={`${prefix}kit-${kit.id}-details`} className="block text-sm text-gray-700">
                  {kit.details}
                </span>
              </span>
            </li>
          ))}
        </ul>
        {kitError ? (
          <p id={`${prefix}kitId-error`} className="mt-1 text-sm font-semibold text-red-800">
            {kitError}
          </p>
        ) : null}
      </fieldset>
      {libraries.length > 1 ? (
        <SelectField
          id={`${prefix}libraryId`}
          name="libraryId"
          label={tr("kitReservations.field.libraryId")}
          text={text}
          required
          error={state.fields?.libraryId ? tr(state.fields.libraryId) : undefined}
          defaultValue={typeof state.values?.libraryId === "string" ? state.values.libraryId : ""}
          options={[{ value: "", label: "—" }, ...libraries.map((l) => ({ value: l.id, label: l.name }))]}
        />
      ) : (
        <input type="hidden" name="libraryId" value={libraries[0]?.id ?? ""} />
      )}
      <SubmitButton
        pending={pending}
        label={tr("kitReservations.reserve.submitChosen", { period })}
        pendingLabel={tr("form.saving")}
      />
    </form>
  );
}

/** A coordinator confirms or declines a requested reservation (a decline may say why). */
export function DecideReservationForm({
  action: serverAction,
  reservationId,
  text,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  reservationId: string;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const prefix = `paata-${reservationId}-`;
  return (
    <form action={action} className="space-y-2">
      <FormFeedback
        state={state}
        text={text}
        labels={{ reason: tr("kitReservations.decline.reason") }}
        idPrefix={prefix}
      />
      <input type="hidden" name="reservationId" value={reservationId} />
      <TextField id={`${prefix}reason`} name="reason" label={tr("kitReservations.decline.reason")} text={text} />
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          name="decision"
          value="CONFIRMED"
          disabled={pending}
          className="inline-flex min-h-11 items-center justify-center rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:bg-gray-500"
        >
          {tr("kitReservations.confirm.button")}
        </button>
        <button
          type="submit"
          name="decision"
          value="DECLINED"
          disabled={pending}
          className="inline-flex min-h-11 items-center justify-center rounded border border-red-800 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
        >
          {tr("kitReservations.decline.button")}
        </button>
      </div>
    </form>
  );
}

/** A coordinator's explicit exception: fewer shipping days after one loan, with a reason for the audit trail. */
export function ShortenShippingForm({
  action: serverAction,
  reservationId,
  shippingDays,
  text,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  reservationId: string;
  shippingDays: number;
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm);
  const tr = translateWith(text);
  const prefix = `lahetys-${reservationId}-`;
  const labels = { shippingDays: tr("kitReservations.field.shippingDays"), reason: tr("kitReservations.field.reason") };
  return (
    <form action={action} className="space-y-2">
      <fieldset className="space-y-2">
        <legend className="font-semibold">{tr("kitReservations.shipping.legend")}</legend>
        <FormFeedback state={state} text={text} labels={labels} idPrefix={prefix} />
        <input type="hidden" name="reservationId" value={reservationId} />
        <TextField
          id={`${prefix}shippingDays`}
          name="shippingDays"
          type="number"
          inputMode="numeric"
          label={labels.shippingDays}
          text={text}
          required
          defaultValue={String(state.values?.shippingDays ?? Math.max(0, shippingDays - 1))}
          error={state.fields?.shippingDays ? tr(state.fields.shippingDays) : undefined}
        />
        <TextField
          id={`${prefix}reason`}
          name="reason"
          label={labels.reason}
          text={text}
          required
          defaultValue={typeof state.values?.reason === "string" ? state.values.reason : ""}
          error={state.fields?.reason ? tr(state.fields.reason) : undefined}
        />
        <SubmitButton
          pending={pending}
          label={tr("kitReservations.shipping.submit")}
          pendingLabel={tr("form.saving")}
          variant="secondary"
        />
      </fieldset>
    </form>
  );
}
