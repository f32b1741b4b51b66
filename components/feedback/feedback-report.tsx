// Feedback across offerings (issue 16 item 4): the filter form, the summary,
// the tables per theme, per offering and per year, and the comments without
// names. Server components; the figures are the loader's
// (lib/feedback/report/data.ts), the numbers in the tables are what is read out.
import { Fragment } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatDay } from "@/lib/dates";
import { RATINGS } from "@/lib/feedback/rules";
import type { FeedbackFigures, FeedbackReport, ThemeRef } from "@/lib/feedback/report/data";
import { feedbackReportHref } from "@/lib/feedback/report/schema";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

const H2 = "mb-3 text-2xl font-bold text-brand-900";
const FIELD = "min-h-11 w-full max-w-full rounded border border-gray-500 px-2 py-1 sm:w-auto";
const HEAD = "py-2 pr-2 sm:pr-4";
const NUM = "py-2 pr-2 text-right tabular-nums sm:pr-4";

function formatShare(value: number | null, t: Translate): string {
  if (value === null) return t("feedbackReport.none");
  return new Intl.NumberFormat(intlLocale(t.locale), { style: "percent", maximumFractionDigits: 0 }).format(value);
}

function formatAverage(value: number | null, t: Translate): string {
  if (value === null) return t("feedbackReport.none");
  return new Intl.NumberFormat(intlLocale(t.locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    value,
  );
}

const themeName = (theme: ThemeRef, locale: Locale) => (locale === "en" ? theme.nameEn : theme.nameFi);

/** The report's filters: a GET form, so the address is the report's state (and works without JavaScript). */
export function FeedbackReportFilters({
  action,
  year,
  theme,
  years,
  themes,
  t,
}: {
  action: string;
  year: number;
  theme: string | null;
  years: number[];
  themes: ThemeRef[];
  t: Translate;
}) {
  return (
    <form method="get" action={action} role="search" aria-labelledby="rajaus" className="mb-6">
      <h2 id="rajaus" className="mb-3 text-xl font-bold text-brand-900">
        {t("feedbackReport.filter.title")}
      </h2>
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex max-w-full min-w-0 flex-col">
          <label htmlFor="rajaus-vuosi" className="font-semibold">
            {t("feedbackReport.filter.year")}
          </label>
          <select id="rajaus-vuosi" name="year" defaultValue={String(year)} className={FIELD}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <div className="flex max-w-full min-w-0 flex-col">
          <label htmlFor="rajaus-teema" className="font-semibold">
            {t("feedbackReport.filter.theme")}
          </label>
          <select id="rajaus-teema" name="theme" defaultValue={theme ?? ""} className={FIELD}>
            <option value="">{t("feedbackReport.filter.allThemes")}</option>
            {themes.map((option) => (
              <option key={option.id} value={option.id}>
                {themeName(option, t.locale)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{t("feedbackReport.filter.submit")}</Button>
        <Link href={action} className="inline-flex min-h-11 items-center">
          {t("feedbackReport.filter.clear")}
        </Link>
      </div>
    </form>
  );
}

/** The figure columns' headers: counts, share, mean, and the 1–5 distribution under one group header. */
function FigureHeaders({ first, t }: { first: string; t: Translate }) {
  return (
    <thead>
      <tr className="align-bottom">
        <th scope="col" rowSpan={2} className={HEAD}>
          {first}
        </th>
        <th scope="col" rowSpan={2} className={NUM}>
          {t("feedbackReport.col.sessionsHeld")}
        </th>
        <th scope="col" rowSpan={2} className={NUM}>
          {t("feedbackReport.col.attended")}
        </th>
        <th scope="col" rowSpan={2} className={NUM}>
          {t("feedbackReport.col.responses")}
        </th>
        <th scope="col" rowSpan={2} className={NUM}>
          {t("feedbackReport.col.responseShare")}
        </th>
        <th scope="col" rowSpan={2} className={NUM}>
          {t("feedbackReport.col.average")}
        </th>
        <th scope="colgroup" colSpan={RATINGS.length} className="px-2 py-2 text-center">
          {t("feedbackReport.col.distribution")}
        </th>
      </tr>
      <tr className="border-b-2 border-gray-400">
        {RATINGS.map((rating) => (
          <th key={rating} scope="col" className="px-2 py-1 text-right tabular-nums">
            <span aria-hidden="true">{rating}</span>
            <span className="sr-only">{t("feedbackReport.col.rating", { rating })}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

function FigureCells({ figures, t }: { figures: FeedbackFigures; t: Translate }) {
  return (
    <>
      <td className={NUM}>{figures.sessionsHeld}</td>
      <td className={NUM}>{figures.attended}</td>
      <td className={NUM}>{figures.responses}</td>
      <td className={NUM}>{formatShare(figures.responseShare, t)}</td>
      <td className={NUM}>{formatAverage(figures.average, t)}</td>
      {figures.distribution.map(({ rating, count }) => (
        <td key={rating} className="px-2 py-2 text-right tabular-nums">
          {count}
        </td>
      ))}
    </>
  );
}

function Summary({ totals, t }: { totals: FeedbackFigures; t: Translate }) {
  const rows: [string, string | number][] = [
    [t("feedbackReport.figure.sessionsHeld"), totals.sessionsHeld],
    [t("feedbackReport.figure.attended"), totals.attended],
    [t("feedbackReport.figure.responses"), totals.responses],
    [t("feedbackReport.figure.responseShare"), formatShare(totals.responseShare, t)],
    [t("feedbackReport.figure.average"), formatAverage(totals.average, t)],
    [t("feedbackReport.figure.comments"), totals.comments],
  ];
  return (
    <section aria-labelledby="yhteenveto" className="mb-8">
      <h2 id="yhteenveto" className={H2}>
        {t("feedbackReport.summary")}
      </h2>
      <dl className="grid max-w-xl grid-cols-[1fr_max-content] gap-x-6 gap-y-1">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd className="text-right font-semibold tabular-nums">{value}</dd>
          </Fragment>
        ))}
      </dl>
      <h3 className="mt-6 mb-2 text-xl font-bold text-brand-900">{t("feedbackReport.define.title")}</h3>
      <ul className="max-w-3xl list-disc space-y-1 pl-6">
        <li>{t("feedbackReport.define.sessions")}</li>
        <li>{t("feedbackReport.define.attended")}</li>
        <li>{t("feedbackReport.define.themes")}</li>
      </ul>
    </section>
  );
}

function ThemeTable({ report, t }: { report: FeedbackReport; t: Translate }) {
  const caption = t("feedbackReport.byTheme");
  return (
    <section aria-labelledby="teemoittain" className="mb-8">
      <h2 id="teemoittain" className={H2}>
        {caption}
      </h2>
      <ScrollRegion labelledBy="teemoittain">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <FigureHeaders first={t("feedbackReport.col.theme")} t={t} />
          <tbody>
            {report.themes.map((row) => (
              <tr key={row.theme?.id ?? "-"} className="border-b border-gray-200">
                <th scope="row" className={`${HEAD} font-normal`}>
                  {row.theme ? themeName(row.theme, t.locale) : t("feedbackReport.noTheme")}
                </th>
                <FigureCells figures={row} t={t} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function OfferingTable({ report, t }: { report: FeedbackReport; t: Translate }) {
  const caption = t("feedbackReport.byOffering");
  return (
    <section aria-labelledby="koulutuksittain" className="mb-8">
      <h2 id="koulutuksittain" className={H2}>
        {caption}
      </h2>
      <ScrollRegion labelledBy="koulutuksittain">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <FigureHeaders first={t("feedbackReport.col.offering")} t={t} />
          <tbody>
            {report.offerings.map((row) => (
              <tr key={row.offeringId} className="border-b border-gray-200">
                <th scope="row" className={`${HEAD} font-normal`}>
                  <Link
                    href={`/koulutukset/hallinta/koulutukset/${row.offeringId}`}
                    className="inline-flex min-h-11 items-center"
                  >
                    {row.title}
                  </Link>
                  {row.themes.length > 0 ? (
                    <span className="block text-sm text-gray-800">
                      <span className="sr-only">{t("feedbackReport.col.themes")}: </span>
                      {row.themes.map((theme) => themeName(theme, t.locale)).join(", ")}
                    </span>
                  ) : null}
                </th>
                <FigureCells figures={row} t={t} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function TrendTable({ report, t }: { report: FeedbackReport; t: Translate }) {
  const first = report.years[0]?.year ?? report.year;
  const caption = t("feedbackReport.trend", { first, last: report.year });
  return (
    <section aria-labelledby="vuosittain" className="mb-8">
      <h2 id="vuosittain" className={H2}>
        {caption}
      </h2>
      <ScrollRegion labelledBy="vuosittain">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{caption}</caption>
          <FigureHeaders first={t("feedbackReport.col.year")} t={t} />
          <tbody>
            {report.years.map((row) => (
              <tr key={row.year} className="border-b border-gray-200">
                <th scope="row" className={`${HEAD} font-normal tabular-nums`}>
                  {row.year}
                </th>
                <FigureCells figures={row} t={t} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function Comments({ report, path, t }: { report: FeedbackReport; path: string; t: Translate }) {
  const { comments } = report;
  const hasNext = comments.page * comments.pageSize < comments.total;
  return (
    <section aria-labelledby="kommentit" className="mb-8">
      <h2 id="kommentit" className={H2}>
        {t("feedbackReport.comments")}
      </h2>
      <p className="mb-1">{t("feedbackReport.comments.count", { count: comments.total })}</p>
      {comments.total > 0 ? (
        <p className="mb-3 text-sm text-gray-800">{t("feedbackReport.comments.anonymous")}</p>
      ) : null}
      {comments.items.length === 0 && comments.total > 0 ? <p>{t("feedbackReport.comments.pageEmpty")}</p> : null}
      {comments.items.length > 0 ? (
        <ul className="max-w-3xl space-y-3">
          {comments.items.map((comment, index) => (
            <li key={`${comments.page}-${index}`} className="rounded border border-gray-300 p-3">
              <figure>
                <blockquote className="break-words whitespace-pre-line">
                  <p>{t("feedbackReport.comments.quote", { text: comment.text })}</p>
                </blockquote>
                <figcaption className="mt-2 text-sm text-gray-800">
                  <span className="font-semibold">
                    {t("feedbackReport.comments.rating", { rating: comment.rating })}
                  </span>
                  {" · "}
                  {t("feedbackReport.comments.about", {
                    offering: comment.offeringTitle,
                    date: formatDay(comment.sessionDate),
                  })}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      ) : null}
      <Pager
        page={comments.page}
        hasNext={hasNext}
        hrefFor={(page) =>
          `${feedbackReportHref(path, { year: report.year, theme: report.theme?.id, comments: page })}#kommentit`
        }
        t={t}
      />
    </section>
  );
}

/** The whole report below the filters; an empty year says so instead of showing empty tables. */
export function FeedbackReportView({ report, path, t }: { report: FeedbackReport; path: string; t: Translate }) {
  const theme = report.theme ? themeName(report.theme, t.locale) : null;
  const empty = report.totals.responses === 0;
  return (
    <>
      <p role="status" className="mb-4">
        {theme
          ? t("feedbackReport.showingTheme", { year: report.year, theme, count: report.totals.responses })
          : t("feedbackReport.showing", { year: report.year, count: report.totals.responses })}
      </p>
      {empty ? (
        <p className="mb-8 max-w-3xl rounded border border-gray-300 bg-brand-50 p-4">
          {theme
            ? t("feedbackReport.emptyTheme", { year: report.year, theme })
            : t("feedbackReport.empty", { year: report.year })}
        </p>
      ) : null}
      <Summary totals={report.totals} t={t} />
      {empty ? null : (
        <>
          <ThemeTable report={report} t={t} />
          <OfferingTable report={report} t={t} />
        </>
      )}
      <TrendTable report={report} t={t} />
      {empty ? null : <Comments report={report} path={path} t={t} />}
    </>
  );
}
