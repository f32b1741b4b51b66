import Link from "next/link";
import { Region } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";

const FIELD = "min-h-11 w-full max-w-full rounded border border-gray-500 px-2 py-1 sm:w-auto";

/**
 * Job shadowing's list filters — the offers' (theme, region, municipality) and
 * the published reports' (theme only, when `municipalities` is left out): a
 * GET form to `action`, so the address is the list's state (and works without
 * JavaScript).
 */
export function OfferFilters({
  action = "/tyon-varjostus/paikat",
  title,
  values,
  themes,
  municipalities,
  t,
}: {
  action?: string;
  title?: string;
  values: { theme?: string; region?: string; municipality?: string };
  themes: [string, string][];
  municipalities?: string[];
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
    <form method="get" action={action} role="search" aria-labelledby="rajaus" className="mb-6">
      <h2 id="rajaus" className="mb-3 text-xl font-bold text-brand-900">
        {title ?? t("exchangeOffers.filter.title")}
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        {select("theme", t("exchanges.field.themes"), themes)}
        {municipalities ? (
          <>
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
          </>
        ) : null}
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
        >
          {t("exchangeOffers.filter.submit")}
        </button>
        <Link href={action} className="inline-flex min-h-11 items-center">
          {t("exchangeOffers.filter.clear")}
        </Link>
      </div>
    </form>
  );
}
