import Link from "next/link";
import { Region } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";

const FIELD = "min-h-11 w-full max-w-full rounded border border-gray-500 px-2 py-1 sm:w-auto";

/** The offers' filters: a GET form, so the address is the list's state (and works without JavaScript). */
export function OfferFilters({
  values,
  themes,
  municipalities,
  t,
}: {
  values: { theme?: string; region?: string; municipality?: string };
  themes: [string, string][];
  municipalities: string[];
  t: Translate;
}) {
  const PARAM = { theme: "teema", region: "alue", municipality: "kunta" } as const;
  const select = (name: keyof typeof values, label: string, options: [string, string][]) => (
    <div className="flex max-w-full min-w-0 flex-col">
      <label htmlFor={`rajaus-${name}`} className="font-semibold">
        {label}
      </label>
      <select id={`rajaus-${name}`} name={PARAM[name]} defaultValue={values[name] ?? ""} className={FIELD}>
        <option value="">{t("exchangeOffers.filter.all")}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action="/tyon-varjostus/paikat" role="search" aria-labelledby="rajaus" className="mb-6">
      <h2 id="rajaus" className="mb-3 text-xl font-bold text-brand-900">
        {t("exchangeOffers.filter.title")}
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        {select("theme", t("exchanges.field.themes"), themes)}
        {select(
          "region",
          t("exchangeOffers.filter.region"),
          Object.values(Region).map((r) => [r, t(`libraries.region.${r}`)]),
        )}
        {select(
          "municipality",
          t("exchangeOffers.filter.municipality"),
          municipalities.map((m) => [m, m]),
        )}
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
        >
          {t("exchangeOffers.filter.submit")}
        </button>
        <Link href="/tyon-varjostus/paikat" className="inline-flex min-h-11 items-center">
          {t("exchangeOffers.filter.clear")}
        </Link>
      </div>
    </form>
  );
}
