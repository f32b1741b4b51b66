// The coordinators' list of a mentoring offering's applications: filters (a
// GET form, so the address keeps them), the table, pairs made and taken
// apart, and the exports. The page loads the list; this only shows it.
import { ConfirmActionForm } from "@/components/forms/confirm-action-form";
import type { FormText } from "@/components/forms/form-parts";
import { Badge } from "@/components/ui/badge";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatDate } from "@/lib/dates";
import type { FormState } from "@/lib/http/form-state";
import type { Translate } from "@/lib/i18n/translate";
import type { ApplicationList } from "@/lib/mentoring/data";
import type { ApplicationFilters } from "@/lib/mentoring/schema";
import { displayName } from "@/lib/users/rules";
import { PairForm } from "./mentoring-forms";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

const H2 = "mb-3 text-2xl font-bold text-brand-900";
const SELECT = "mt-1 min-h-11 w-full rounded border border-gray-600 bg-white px-3 py-2";

export function ApplicationsAdmin({
  list,
  pairable,
  filters,
  actions,
  text,
  t,
}: {
  list: ApplicationList;
  /** Every application not withdrawn nor paired, whatever the filters show. */
  pairable: ApplicationList["rows"];
  filters: ApplicationFilters;
  actions: { pair: Action; unpair: Action };
  text: FormText;
  t: Translate;
}) {
  const nameOf = (name: string | null, library: string | null) => displayName({ name, libraryName: library }, t);
  const unpaired = pairable;
  const option = (r: (typeof list.rows)[number]) => ({
    id: r.id,
    label: `${nameOf(r.name, r.library)}${r.library ? ` (${r.library})` : ""}`,
  });
  const exportBase = `/api/exports/mentoring/${list.offering.id}/applications`;
  return (
    <section aria-labelledby="hakemukset" className="mb-8">
      <h2 id="hakemukset" className={H2}>
        {t("mentoring.admin.title")}
      </h2>
      <form method="get" className="mb-4 grid gap-4 rounded border border-gray-300 bg-brand-50 p-4 md:grid-cols-4">
        <div>
          <label htmlFor="rooli" className="block font-semibold">
            {t("mentoring.admin.filter.role")}
          </label>
          <select id="rooli" name="rooli" defaultValue={filters.rooli ?? ""} className={SELECT}>
            <option value="">{t("mentoring.admin.filter.all")}</option>
            <option value="MENTOR">{t("mentoring.role.MENTOR")}</option>
            <option value="MENTEE">{t("mentoring.role.MENTEE")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="kirjasto" className="block font-semibold">
            {t("mentoring.admin.filter.library")}
          </label>
          <select id="kirjasto" name="kirjasto" defaultValue={filters.kirjasto ?? ""} className={SELECT}>
            <option value="">{t("mentoring.admin.filter.all")}</option>
            {list.libraries.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tila" className="block font-semibold">
            {t("mentoring.admin.filter.state")}
          </label>
          <select id="tila" name="tila" defaultValue={filters.tila ?? ""} className={SELECT}>
            <option value="">{t("mentoring.admin.filter.all")}</option>
            <option value="avoin">{t("mentoring.admin.filter.avoin")}</option>
            <option value="parissa">{t("mentoring.admin.filter.parissa")}</option>
            <option value="peruttu">{t("mentoring.admin.filter.peruttu")}</option>
          </select>
        </div>
        <div className="flex items-end">
          <button
            type="submit"
            className="inline-flex min-h-11 items-center justify-center rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
          >
            {t("mentoring.admin.filter.submit")}
          </button>
        </div>
      </form>
      <p className="mb-2" role="status">
        {t("mentoring.admin.count", { count: list.rows.length })}
      </p>
      <ul className="mb-4 flex flex-wrap gap-4">
        <li>
          <a href={`${exportBase}.csv`} download>
            {t("mentoring.admin.exportCsv")}
          </a>
        </li>
        <li>
          <a href={`${exportBase}.xlsx`} download>
            {t("mentoring.admin.exportXlsx")}
          </a>
        </li>
      </ul>
      {list.rows.length > 0 ? (
        <ScrollRegion label={t("mentoring.admin.title")}>
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-gray-600">
                <th scope="col" className="p-2">
                  {t("mentoring.admin.col.name")}
                </th>
                <th scope="col" className="p-2">
                  {t("mentoring.admin.col.role")}
                </th>
                <th scope="col" className="p-2">
                  {t("mentoring.admin.col.goals")}
                </th>
                <th scope="col" className="p-2">
                  {t("mentoring.admin.col.availability")}
                </th>
                <th scope="col" className="p-2">
                  {t("mentoring.admin.col.pair")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.id} className="border-b border-gray-300 align-top">
                  <th scope="row" className="p-2 font-normal">
                    <span className="font-semibold">{nameOf(r.name, r.library)}</span>
                    {r.library ? <span className="block">{r.library}</span> : null}
                    <span className="block text-sm">{formatDate(r.createdAt)}</span>
                  </th>
                  <td className="p-2">
                    {t(`mentoring.role.${r.role}`)}
                    {r.status === "WITHDRAWN" ? (
                      <span className="block">
                        <Badge tone="neutral">{t("mentoring.status.WITHDRAWN")}</Badge>
                      </span>
                    ) : null}
                  </td>
                  <td className="max-w-xs whitespace-pre-line p-2">{r.goals}</td>
                  <td className="max-w-xs whitespace-pre-line p-2">{r.availability}</td>
                  <td className="p-2">
                    {r.pair ? (
                      <>
                        {nameOf(r.pair.with, null)}
                        <details className="mt-1">
                          <summary className="min-h-11 cursor-pointer py-2 font-semibold">
                            {t("mentoring.admin.unpair")}
                            <span className="sr-only">: {nameOf(r.name, r.library)}</span>
                          </summary>
                          <ConfirmActionForm
                            action={actions.unpair}
                            fields={{ pairId: r.pair.id, offeringId: list.offering.id }}
                            submitLabel="mentoring.admin.unpair"
                            text={text}
                          >
                            <p>
                              {t("mentoring.admin.unpairQuestion", {
                                mentor: r.role === "MENTOR" ? nameOf(r.name, r.library) : nameOf(r.pair.with, null),
                                mentee: r.role === "MENTEE" ? nameOf(r.name, r.library) : nameOf(r.pair.with, null),
                              })}
                            </p>
                          </ConfirmActionForm>
                        </details>
                      </>
                    ) : (
                      t("mentoring.admin.noPair")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      <div className="mt-6 rounded border border-gray-300 p-4">
        <h3 className="mb-2 text-xl font-semibold">{t("mentoring.admin.pairTitle")}</h3>
        {unpaired.some((r) => r.role === "MENTOR") && unpaired.some((r) => r.role === "MENTEE") ? (
          <PairForm
            action={actions.pair}
            offeringId={list.offering.id}
            mentors={unpaired.filter((r) => r.role === "MENTOR").map(option)}
            mentees={unpaired.filter((r) => r.role === "MENTEE").map(option)}
            text={text}
          />
        ) : (
          <p>{t("mentoring.admin.noneToPair")}</p>
        )}
      </div>
    </section>
  );
}
