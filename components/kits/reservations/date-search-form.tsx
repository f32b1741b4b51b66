// "Choose dates first": the date range as a plain GET form (works without
// JavaScript; the URL is the search's state). Errors are the server's, tied to
// their fields with aria-describedby and listed in a summary.
import type { Translate } from "@/lib/i18n/translate";
import { Button } from "@/components/ui/button";
import { MAX_RESERVATION_DAYS } from "@/lib/kits/reservations/rules";

const INPUT =
  "mt-1 w-full max-w-48 rounded border border-gray-600 px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

export function DateSearchForm({
  values,
  errors,
  t,
}: {
  values: { alku: string; loppu: string };
  /** field → translated message */
  errors: Record<string, string>;
  t: Translate;
}) {
  const labels = { alku: t("kitReservations.field.startDate"), loppu: t("kitReservations.field.endDate") };
  const entries = Object.entries(errors);
  return (
    <form method="get" action="/pike-boksit/varaa" className="space-y-4" noValidate>
      {entries.length > 0 ? (
        <div role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
          <p className="font-semibold">{t("form.errorSummary")}</p>
          <ul className="mt-2 list-disc pl-6">
            {entries.map(([name, message]) => (
              <li key={name}>
                <a href={`#${name}`} className="text-red-900">
                  {labels[name as keyof typeof labels] ?? name}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <fieldset>
        <legend className="mb-2 text-lg font-semibold">{t("kitReservations.search.legend")}</legend>
        <p id="paivat-ohje" className="mb-2 text-sm text-gray-700">
          {t("kitReservations.field.dateHint", { max: MAX_RESERVATION_DAYS })}
        </p>
        <div className="flex flex-wrap gap-4">
          {(["alku", "loppu"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={name} className="block font-semibold">
                {labels[name]}
              </label>
              <input
                id={name}
                name={name}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                placeholder="16.3.2027"
                defaultValue={values[name]}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={["paivat-ohje", errors[name] ? `${name}-error` : null].filter(Boolean).join(" ")}
                className={INPUT}
              />
              {errors[name] ? (
                <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-red-800">
                  {errors[name]}
                </p>
              ) : null}
            </div>
          ))}
        </div>
      </fieldset>
      <Button type="submit">{t("kitReservations.search.submit")}</Button>
    </form>
  );
}
