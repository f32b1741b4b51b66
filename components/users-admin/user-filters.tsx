import Link from "next/link";
import { Role } from "@/lib/db/enums";
import type { Translate } from "@/lib/i18n/translate";
import { LAST_SIGN_IN_FILTERS, type UserListQuery } from "@/lib/users/admin/schema";

const FIELD = "min-h-11 w-full max-w-full rounded border border-gray-500 px-2 py-1 sm:w-auto";

/** The list's search and filters: a GET form, so the URL is the list's state (and works without JavaScript). */
export function UserFilters({
  query,
  libraries,
  t,
}: {
  query: UserListQuery;
  libraries: { id: string; name: string }[];
  t: Translate;
}) {
  const select = (name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <div className="flex max-w-full min-w-0 flex-col">
      <label htmlFor={`filter-${name}`} className="font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={FIELD}>
        <option value="">{t("users.filter.all")}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action="/kayttajat" role="search" className="mb-6 flex flex-wrap items-end gap-4">
      <div className="flex max-w-full min-w-0 flex-col">
        <label htmlFor="filter-q" className="font-semibold">
          {t("users.filter.q")}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} className={FIELD} />
      </div>
      {select(
        "library",
        t("users.filter.library"),
        query.library,
        libraries.map((l) => [l.id, l.name]),
      )}
      {select(
        "role",
        t("users.filter.role"),
        query.role,
        Object.values(Role).map((r) => [r, t(`role.${r}`)]),
      )}
      {select("active", t("users.filter.active"), query.active, [
        ["true", t("users.active.true")],
        ["false", t("users.active.false")],
      ])}
      {select(
        "lastSignIn",
        t("users.filter.lastSignIn"),
        query.lastSignIn,
        LAST_SIGN_IN_FILTERS.map((f) => [f, t(`users.lastSignIn.${f}`)]),
      )}
      <button
        type="submit"
        className="min-h-11 rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
      >
        {t("users.filter.submit")}
      </button>
      <Link href="/kayttajat" className="inline-flex min-h-11 items-center">
        {t("users.filter.clear")}
      </Link>
    </form>
  );
}
