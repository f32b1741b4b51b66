// The action items page's filters: a plain GET form, so the URL holds the
// state (bookmarkable, works without JavaScript).
import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { PageFilters } from "@/lib/action-items/schema";
import type { Translate } from "@/lib/i18n/translate";

const STATUSES = ["avoimet", "tehdyt", "kaikki"] as const;

export function ActionItemFiltersForm({
  filters,
  hasLibrary,
  t,
}: {
  filters: PageFilters;
  /** Only users who work for a member library get "my library's". */
  hasLibrary: boolean;
  t: Translate;
}) {
  return (
    <form method="get" action="/toimenpiteet" className="mb-6 rounded border border-gray-300 p-4">
      <fieldset>
        <legend className="text-lg font-semibold">{t("actionItems.filters.legend")}</legend>
        <div className="mt-2 flex flex-wrap items-end gap-x-6 gap-y-3">
          <Check name="omat" label={t("actionItems.filters.mine")} checked={filters.mine} />
          {hasLibrary ? (
            <Check name="kirjasto" label={t("actionItems.filters.library")} checked={filters.library} />
          ) : null}
          <Check name="myohassa" label={t("actionItems.filters.overdue")} checked={filters.overdue} />
          <div>
            <label htmlFor="suodatin-tila" className="block font-semibold">
              {t("actionItems.filters.status")}
            </label>
            <select
              id="suodatin-tila"
              name="tila"
              defaultValue={filters.status}
              className="mt-1 rounded border border-gray-600 bg-white px-3 py-2"
            >
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`actionItems.filters.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit">{t("actionItems.filters.apply")}</Button>
          <Link href="/toimenpiteet" className="inline-flex min-h-11 items-center">
            {t("actionItems.filters.clear")}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  const id = `suodatin-${name}`;
  return (
    <div className="flex min-h-11 items-center gap-2">
      <input id={id} name={name} type="checkbox" value="1" defaultChecked={checked} className="h-5 w-5" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
