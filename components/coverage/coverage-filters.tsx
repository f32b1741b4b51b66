import Link from "next/link";
import { Region } from "@/lib/db/enums";
import type { PeriodChoice } from "@/lib/coverage/rules";
import type { FieldErrors } from "@/lib/http/errors";
import type { Translate } from "@/lib/i18n/translate";

const FIELD = "min-h-11 w-full max-w-full rounded border border-gray-500 px-2 py-1 sm:w-auto";

/**
 * The dashboard's period and region: a GET form, so the address is the
 * report (shareable, works without JavaScript). A custom range is the choice
 * "oma" with both days; errors sit under their fields.
 */
export function CoverageFilters({
  values,
  choices,
  errors,
  t,
}: {
  values: { jakso?: string; alku?: string; loppu?: string; alue?: string };
  choices: Exclude<PeriodChoice, "oma">[];
  errors: FieldErrors;
  t: Translate;
}) {
  const label = (choice: string) => {
    const [year, term] = choice.split("-");
    return t(
      term === "kevat"
        ? "coverage.filter.spring"
        : term === "syksy"
          ? "coverage.filter.autumn"
          : "coverage.filter.year",
      {
        year: year!,
      },
    );
  };
  const error = (name: keyof typeof values) =>
    errors[name] ? (
      <p id={`kattavuus-${name}-virhe`} className="mt-1 font-semibold text-red-800">
        {t(errors[name] as Parameters<Translate>[0])}
      </p>
    ) : null;
  const described = (name: keyof typeof values) =>
    errors[name] ? { "aria-invalid": true, "aria-describedby": `kattavuus-${name}-virhe` } : {};
  return (
    <form method="get" action="/raportit" aria-labelledby="kattavuus-rajaus" className="mb-8 no-print" data-print-hide>
      <h2 id="kattavuus-rajaus" className="mb-3 text-xl font-bold text-brand-900">
        {t("coverage.filter.title")}
      </h2>
      <div className="flex flex-wrap items-start gap-4">
        <div className="flex max-w-full min-w-0 flex-col">
          <label htmlFor="kattavuus-jakso" className="font-semibold">
            {t("coverage.filter.period")}
          </label>
          <select
            id="kattavuus-jakso"
            name="jakso"
            defaultValue={values.jakso ?? (values.alku || values.loppu ? "oma" : (choices[0] ?? ""))}
            className={FIELD}
            {...described("jakso")}
          >
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {label(choice)}
              </option>
            ))}
            <option value="oma">{t("coverage.filter.custom")}</option>
          </select>
          {error("jakso")}
        </div>
        {(["alku", "loppu"] as const).map((name) => (
          <div key={name} className="flex max-w-full min-w-0 flex-col">
            <label htmlFor={`kattavuus-${name}`} className="font-semibold">
              {t(name === "alku" ? "coverage.filter.from" : "coverage.filter.to")}
            </label>
            <input
              id={`kattavuus-${name}`}
              type="date"
              name={name}
              defaultValue={values[name] ?? ""}
              className={FIELD}
              {...described(name)}
            />
            {error(name)}
          </div>
        ))}
        <div className="flex max-w-full min-w-0 flex-col">
          <label htmlFor="kattavuus-alue" className="font-semibold">
            {t("coverage.filter.region")}
          </label>
          <select
            id="kattavuus-alue"
            name="alue"
            defaultValue={values.alue ?? ""}
            className={FIELD}
            {...described("alue")}
          >
            <option value="">{t("coverage.filter.allRegions")}</option>
            {Object.values(Region).map((region) => (
              <option key={region} value={region}>
                {t(`libraries.region.${region}`)}
              </option>
            ))}
          </select>
          {error("alue")}
        </div>
        <div className="flex items-end gap-4 self-end">
          <button
            type="submit"
            className="min-h-11 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
          >
            {t("coverage.filter.submit")}
          </button>
          <Link href="/raportit" className="inline-flex min-h-11 items-center">
            {t("coverage.filter.clear")}
          </Link>
        </div>
      </div>
      <p className="mt-2 text-sm text-gray-700">{t("coverage.filter.customHint")}</p>
    </form>
  );
}
