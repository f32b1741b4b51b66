// A list of kit reservations with what the reader may do to each: cancel
// (a confirmation step in a disclosure), and for coordinators confirm or
// decline a request and shorten the shipping days after a loan.
import Link from "next/link";
import type { FormText } from "@/components/forms/form-parts";
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { FormState } from "@/lib/http/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { formatDayRange } from "@/lib/dates/days";
import type { ReservationRow } from "@/lib/kits/reservations/data";
import { DecideReservationForm, ShortenShippingForm } from "./reservation-forms";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function ReservationTable({
  rows,
  label,
  showLibrary,
  may,
  actions,
  text,
  t,
}: {
  rows: ReservationRow[];
  label: string;
  showLibrary: boolean;
  /** What the reader may do to each row (from the policy, decided by the page). */
  may: (row: ReservationRow) => { cancel: boolean; decide: boolean; shorten: boolean };
  actions: { cancel: Action; decide: Action; shorten: Action };
  text: FormText;
  t: Translate;
}) {
  return (
    <ScrollRegion label={label}>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4">
              {t("kitReservations.col.kit")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("kitReservations.col.period")}
            </th>
            {showLibrary ? (
              <th scope="col" className="py-2 pr-4">
                {t("kitReservations.col.library")}
              </th>
            ) : null}
            <th scope="col" className="py-2 pr-4">
              {t("kitReservations.col.status")}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t("kitReservations.col.shipping")}
            </th>
            <th scope="col" className="py-2">
              {t("kitReservations.col.actions")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const allowed = may(row);
            const period = formatDayRange(row);
            return (
              <tr key={row.id} className="border-b border-gray-200 align-top">
                <td className="py-2 pr-4">
                  <Link href={`/pike-boksit/${row.kit.slug}`}>{row.kit.name}</Link>
                </td>
                <td className="py-2 pr-4">
                  <Link href={`/pike-boksit/varaukset/${row.id}`}>
                    <time dateTime={row.startDate}>{period}</time>
                  </Link>
                </td>
                {showLibrary ? <td className="py-2 pr-4">{row.library.name}</td> : null}
                <td className="py-2 pr-4">
                  {t(`kits.reservationStatus.${row.status}`)}
                  {row.declineReason ? <span className="block text-sm text-gray-700">{row.declineReason}</span> : null}
                </td>
                <td className="py-2 pr-4">{row.shippingDays}</td>
                <td className="space-y-2 py-2">
                  {allowed.decide ? (
                    <DecideReservationForm action={actions.decide} reservationId={row.id} text={text} />
                  ) : null}
                  {allowed.cancel ? (
                    <details>
                      <summary className="cursor-pointer font-semibold text-brand-800">
                        {t("kitReservations.cancel.button")}
                      </summary>
                      <div className="mt-2">
                        <ConfirmActionForm
                          action={actions.cancel}
                          fields={{ reservationId: row.id }}
                          submitLabel="kitReservations.cancel.yes"
                          text={text}
                        >
                          <p>{t("kitReservations.cancel.confirm", { kit: row.kit.name, period })}</p>
                        </ConfirmActionForm>
                      </div>
                    </details>
                  ) : null}
                  {allowed.shorten && row.shippingDays > 0 ? (
                    <details>
                      <summary className="cursor-pointer font-semibold text-brand-800">
                        {t("kitReservations.shipping.legend")}
                      </summary>
                      <div className="mt-2">
                        <ShortenShippingForm
                          action={actions.shorten}
                          reservationId={row.id}
                          shippingDays={row.shippingDays}
                          text={text}
                        />
                      </div>
                    </details>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
