import Link from "next/link";
import { Button } from "@/components/ui/button";
import { OfferingKind } from "@/lib/db/enums";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { ThemeName } from "@/lib/trainings/data";
import { formatMonth } from "@/lib/dates";
import { ONSITE_PLACE, REMOTE_PLACE, type TrainingFilters as Filters } from "@/lib/trainings/schema";
import { themeName } from "./theme-names";

const FIELD = "min-h-11 w-full rounded border border-gray-600 bg-white px-3 py-2 text-gray-900";

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export function TrainingFilters({
  filters,
  themes,
  months,
  libraries,
  active,
  t,
  locale,
}: {
  filters: Filters;
  themes: ThemeName[];
  /** yyyy-mm, the next months first. */
  months: string[];
  /** Where sessions are held. */
  libraries: { slug: string; name: string }[];
  active: boolean;
  t: Translate;
  locale: Locale;
}) {
  return (
    <form
      method="get"
      action="/koulutukset/haku"
      role="search"
      aria-labelledby="rajaa"
      className="mb-8 rounded border border-gray-300 bg-brand-50 p-4"
    >
      <h2 id="rajaa" className="mb-3 text-xl font-bold text-brand-900">
        {t("trainings.filter.title")}
      </h2>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3 lg:grid-cols-5">
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
          <label htmlFor="kuukausi" className="mb-1 block font-semibold">
            {t("trainings.filter.month")}
          </label>
          <select id="kuukausi" name="kuukausi" defaultValue={filters.month ?? ""} className={FIELD}>
            <option value="">{t("trainings.filter.allMonths")}</option>
            {(filters.month && !months.includes(filters.month) ? [filters.month, ...months] : months).map((month) => (
              <option key={month} value={month}>
                {formatMonth(month, locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="paikka" className="mb-1 block font-semibold">
            {t("trainings.filter.place")}
          </label>
          <select id="paikka" name="paikka" defaultValue={filters.place ?? ""} className={FIELD}>
            <option value="">{t("trainings.filter.allPlaces")}</option>
            <option value={REMOTE_PLACE}>{t("trainings.filter.remote")}</option>
            <option value={ONSITE_PLACE}>{t("trainings.filter.onsite")}</option>
            {libraries.length ? (
              <optgroup label={t("trainings.filter.libraries")}>
                {libraries.map((library) => (
                  <option key={library.slug} value={library.slug}>
                    {library.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
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
