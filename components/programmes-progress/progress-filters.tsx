import Link from "next/link";
import { ParticipationStatus, Region } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";
import type { ProgressFilter } from "@/lib/programmes/progress/schema";

const FIELD = "min-h-11 w-full max-w-full rounded border border-gray-500 px-2 py-1 sm:w-auto";

/** The progress list's filters: a GET form, so the URL is the list's state (and works without JavaScript). */
export function ProgressFilters({
  action,
  filter,
  libraries,
  showLibraries,
  t,
}: {
  action: string;
  filter: ProgressFilter;
  libraries: { id: string; name: string }[];
  showLibraries: boolean;
  t: Translate;
}) {
  const select = (name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <div className="flex max-w-full min-w-0 flex-col">
      <label htmlFor={`filter-${name}`} className="font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={FIELD}>
        <option value="">{t("programmesProgress.filter.all")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  const check = (name: "stuck" | "deadlineSoon", label: string) => (
    <div className="flex min-h-11 items-center gap-2">
      <input
        id={`filter-${name}`}
        name={name}
        type="checkbox"
        value="1"
        defaultChecked={filter[name] === "1"}
        className="h-5 w-5"
      />
      <label htmlFor={`filter-${name}`}>{label}</label>
    </div>
  );
  return (
    <form method="get" action={action} role="search" aria-labelledby="rajaus" className="mb-6">
      <h2 id="rajaus" className="mb-3 text-xl font-bold text-brand-900">
        {t("programmesProgress.filter.title")}
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        {showLibraries
          ? select(
              "library",
              t("programmesProgress.filter.library"),
              filter.library,
              libraries.map((l) => [l.id, l.name]),
            )
          : null}
        {showLibraries
          ? select(
              "region",
              t("programmesProgress.filter.region"),
              filter.region,
              Object.values(Region).map((r) => [r, t(`libraries.region.${r}`)]),
            )
          : null}
        {select(
          "status",
          t("programmesProgress.filter.status"),
          filter.status,
          Object.values(ParticipationStatus).map((s) => [s, t(`programmes.status.${s}`)]),
        )}
        {check("stuck", t("programmesProgress.filter.stuck"))}
        {check("deadlineSoon", t("programmesProgress.filter.deadlineSoon"))}
        <button
          type="submit"
          className="min-h-11 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
        >
          {t("programmesProgress.filter.submit")}
        </button>
        <Link href={action} className="inline-flex min-h-11 items-center">
          {t("programmesProgress.filter.clear")}
        </Link>
      </div>
    </form>
  );
}
