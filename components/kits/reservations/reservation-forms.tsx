"use client";
// The forms of kit reservations: reserve one free kit for the searched days,
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
import { formatDayRange } from "@/lib/kits/dates";
import type { ReserveState } from "@/lib/kits/reservations/actions";

type Library = { id: string; name: string };

/** One free kit's reserve button (with the library to reserve for, when there is a choice). */
export function ReserveKitForm({
  action: serverAction,
  kit,
  startDate,
  endDate,
  libraries,
  text,
}: {
  action: (prev: ReserveState, formData: FormData) => Promise<ReserveState>;
  kit: { id: string; name: string; shippingDays: number };
  startDate: string;
  endDate: string;
  libraries: Library[];
  text: FormText;
}) {
  const [state, action, pending] = useActionState(serverAction, idleForm as ReserveState);
  const tr = translateWith(text);
  const prefix = `varaa-${kit.id}-`;
  const period = formatDayRange({ startDate, endDate });
  return (
    <form action={action} className="mt-3 space-y-3">
      {state.conflict ? (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          {tr("kitReservations.error.conflict", { period: formatDayRange(state.conflict), count: kit.shippingDays })}
        </div>
      ) : (
        <FormFeedback
          state={state}
          text={text}
          labels={{
            libraryId: tr("kitReservations.field.libraryId"),
            startDate: tr("kitReservations.field.startDate"),
            endDate: tr("kitReservations.field.endDate"),
          }}
          idPrefix={prefix}
        />
      )}
      <input type="hidden" name="kitId" value={kit.id} />
      <input type="hidden" name="startDate" value={startDate} />
      <input type="hidden" name="endDate" value={endDate} />
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
        label={`${tr("kitReservations.reserve.submit", { kit: kit.name })} ${period}`}
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
