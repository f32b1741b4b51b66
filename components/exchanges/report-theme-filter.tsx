import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";

/** The published reports' theme filter: a GET form, so the address is the list's state (and works without JavaScript). */
export function ReportThemeFilter({ value, themes, t }: { value: string; themes: [string, string][]; t: Translate }) {
  return (
    <form
      method="get"
      action="/tyon-varjostus/raportit"
      role="search"
      aria-label={t("exchangeReports.list.filter")}
      className="mb-6"
    >
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex max-w-full min-w-0 flex-col">
          <label htmlFor="raportit-teema" className="font-semibold">
            {t("exchanges.field.themes")}
          </label>
          <select
            id="raportit-teema"
            name="teema"
            defaultValue={value}
            className="min-h-11 w-full max-w-full rounded border border-gray-500 px-2 py-1 sm:w-auto"
          >
            <option value="">{t("exchangeOffers.filter.all")}</option>
            {themes.map(([slug, name]) => (
              <option key={slug} value={slug}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
        >
          {t("exchangeOffers.filter.submit")}
        </button>
        <Link href="/tyon-varjostus/raportit" className="inline-flex min-h-11 items-center">
          {t("exchangeOffers.filter.clear")}
        </Link>
      </div>
    </form>
  );
}
