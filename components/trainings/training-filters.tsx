import Link from "next/link";
import { Button } from "@/components/ui/button";
import { OfferingKind } from "@/lib/db/enums";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ThemeName } from "@/lib/trainings/data";
import type { TrainingFilters as Filters } from "@/lib/trainings/schema";
import { themeName } from "./theme-names";

const FIELD = "min-h-11 w-full rounded border border-gray-600 bg-white px-3 py-2 text-gray-900";

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export function TrainingFilters({
  filters,
  themes,
  active,
  t,
  locale,
}: {
  filters: Filters;
  themes: ThemeName[];
  active: boolean;
  t: Translate;
  locale: Locale;
}) {
  return (
    <form
      method="get"
      action="/koulutukset"
      role="search"
      aria-labelledby="rajaa"
      className="mb-8 rounded border border-gray-300 bg-brand-50 p-4"
    >
      <h2 id="rajaa" className="mb-3 text-xl font-bold text-brand-900">
        {t("trainings.filter.title")}
      </h2>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <div>
          <label htmlFor="teema" className="mb-1 block font-semibold">
            {t("trainings.filter.theme")}
          </label>
          <select id="teema" name="teema" defaultValue={filters.theme ?? ""} className={FIELD}>
            <option value="">{t("trainings.filter.allThemes")}</option>
            {themes.map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {themeName(theme, locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tyyppi" className="mb-1 block font-semibold">
            {t("trainings.filter.kind")}
          </label>
          <select id="tyyppi" name="tyyppi" defaultValue={filters.kind ?? ""} className={FIELD}>
            <option value="">{t("trainings.filter.allKinds")}</option>
            {Object.values(OfferingKind).map((kind) => (
              <option key={kind} value={kind}>
                {t(`trainings.kind.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="mb-1 block font-semibold">
            {t("trainings.filter.q")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={100}
            aria-describedby="q-ohje"
            className={FIELD}
          />
          <p id="q-ohje" className="mt-1 text-sm text-gray-700">
            {t("trainings.filter.qHint")}
          </p>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit">{t("trainings.filter.submit")}</Button>
        {active ? <Link href="/koulutukset">{t("trainings.filter.clear")}</Link> : null}
      </div>
    </form>
  );
}
