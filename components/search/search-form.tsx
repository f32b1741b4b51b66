import { Button } from "@/components/ui/button";
import type { Translate } from "@/lib/i18n/translate";

const FIELD = "min-h-11 w-full rounded border border-gray-600 bg-white px-3 py-2 text-gray-900";

/** A plain GET form: works without JavaScript and gives a shareable URL. */
export function SearchForm({
  t,
  defaultValue = "",
  error,
  id = "haku",
}: {
  t: Translate;
  defaultValue?: string;
  error?: string;
  id?: string;
}) {
  const hintId = `${id}-ohje`;
  const errorId = `${id}-virhe`;
  return (
    <form role="search" action="/kokoukset/haku" method="get" className="mt-4 max-w-xl">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {t("search.label")}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          maxLength={200}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
          className={`${FIELD} flex-1`}
        />
        <Button type="submit">{t("search.submit")}</Button>
      </div>
      <p id={hintId} className="mt-1 text-sm text-gray-700">
        {t("search.hint")}
      </p>
      {error ? (
        <p id={errorId} role="alert" className="mt-1 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
