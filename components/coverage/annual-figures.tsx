// The network's annual figures (issue 16 item 3), made to be printed: a year
// picker (links, no script), the summary beside the year before, the tables
// per month, theme and region with captions, how the figures are counted and
// the XLSX download. What is only for the screen is marked data-print-hide
// (app/globals.css). Server component; the figures are the page's.
import Link from "next/link";
import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AnnualFigures } from "@/lib/coverage/annual/data";
import { yearChange } from "@/lib/coverage/annual/rules";
import { DECIMAL_FIGURES, REGION_FIGURES, regionName, SUMMARY_FIGURES, themeName } from "@/lib/coverage/annual/table";
import { formatMonth } from "@/lib/dates";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

const H2 = "mb-3 text-2xl font-bold text-brand-900";
const TABLE = "w-full max-w-4xl border-collapse text-left";
const CAPTION = "mb-2 text-left text-gray-800";
const HEAD = "border-b-2 border-gray-400 align-bottom";
const ROW = "border-b border-gray-200";
const NAME = "py-2 pr-2 text-left font-normal sm:pr-4";
const TOTAL_NAME = "py-2 pr-2 text-left font-semibold sm:pr-4";
const NUMBER = "py-2 pr-2 text-right tabular-nums sm:pr-4";
const LINK = "inline-flex min-h-11 items-center underline";

/** Numbers as the reader's language writes them (1 234 / 1,234; 12,5 / 12.5). */
function numberFormats(locale: Locale) {
  const tag = intlLocale(locale);
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: "exceptZero" });
  const percent = new Intl.NumberFormat(tag, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: "exceptZero",
  });
  return {
    count: (value: number) => whole.format(value),
    hours: (value: number) => decimal.format(value),
    change: (value: number) => change.format(value),
    percent: (value: number) => percent.format(value / 100),
  };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className={H2}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function ColumnHeads({ first, rest }: { first: string; rest: readonly string[] }) {
  return (
    <thead>
      <tr className={HEAD}>
        <th scope="col" className={NAME}>
          {first}
        </th>
        {rest.map((header) => (
          <th key={header} scope="col" className={NUMBER}>
            {header}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export type YearLinks = { previous: number | null; next: number | null; thisYear: number | null };

export function AnnualFiguresView({
  figures,
  years,
  basePath,
  xlsxHref,
  t,
}: {
  figures: AnnualFigures;
  /** The neighbouring years that may be asked for, and this year when it is not the one shown. */
  years: YearLinks;
  /** The page's address without the year: /raportit/vuosi. */
  basePath: string;
  xlsxHref: string;
  t: Translate;
}) {
  const format = numberFormats(t.locale);
  const { year, summary, previous } = figures;
  const figure = (key: (typeof SUMMARY_FIGURES)[number], value: number) =>
    DECIMAL_FIGURES.has(key) ? format.hours(value) : format.count(value);

  return (
    <>
      <nav aria-label={t("annualFigures.years")} data-print-hide className="mb-4">
        <ul className="flex flex-wrap gap-x-6">
          {years.previous !== null ? (
            <li>
              <Link href={`${basePath}/${years.previous}`} className={LINK}>
                {t("annualFigures.previousYear", { year: years.previous })}
              </Link>
            </li>
          ) : null}
          {years.next !== null ? (
            <li>
              <Link href={`${basePath}/${years.next}`} className={LINK}>
                {t("annualFigures.nextYear", { year: years.next })}
              </Link>
            </li>
          ) : null}
          {years.thisYear !== null ? (
            <li>
              <Link href={`${basePath}/${years.thisYear}`} className={LINK}>
                {t("annualFigures.thisYear")}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <div data-print-hide className="mb-8">
        <p className="max-w-3xl">{t("annualFigures.print")}</p>
        <p>
          <a href={xlsxHref} download className={LINK}>
            {t("annualFigures.xlsx")}
          </a>
        </p>
      </div>

      <Section id="yhteenveto" title={t("annualFigures.summary")}>
        <ScrollRegion labelledBy="yhteenveto">
          <table className={TABLE}>
            <caption className={CAPTION}>{t("annualFigures.summary.caption", { year, previous: year - 1 })}</caption>
            <ColumnHeads
              first={t("annualFigures.col.figure")}
              rest={[String(year), String(year - 1), t("annualFigures.col.change"), t("annualFigures.col.percent")]}
            />
            <tbody>
              {SUMMARY_FIGURES.map((key) => {
                const { change, percent } = yearChange(summary[key], previous[key]);
                return (
                  <tr key={key} className={ROW}>
                    <th scope="row" className={key === "networkEvents" ? `${NAME} pl-6` : NAME}>
                      {t(`annualFigures.figure.${key}`)}
                    </th>
                    <td className={`${NUMBER} font-semibold`}>{figure(key, summary[key])}</td>
                    <td className={NUMBER}>{figure(key, previous[key])}</td>
                    <td className={NUMBER}>{format.change(change)}</td>
                    <td className={NUMBER}>
                      {percent === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="sr-only">{t("annualFigures.percent.none")}</span>
                        </>
                      ) : (
                        format.percent(percent)
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>

      <Section id="kuukausittain" title={t("annualFigures.months")}>
        <ScrollRegion labelledBy="kuukausittain">
          <table className={TABLE}>
            <caption className={CAPTION}>{t("annualFigures.months.caption", { year })}</caption>
            <ColumnHeads
              first={t("annualFigures.col.month")}
              rest={[t("annualFigures.col.events"), t("annualFigures.col.participants")]}
            />
            <tbody>
              {figures.months.map((row) => (
                <tr key={row.month} className={ROW}>
                  <th scope="row" className={NAME}>
                    {formatMonth(row.month, t.locale)}
                  </th>
                  <td className={NUMBER}>{format.count(row.events)}</td>
                  <td className={NUMBER}>{format.count(row.participants)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>

      <Section id="teemoittain" title={t("annualFigures.themes")}>
        <ScrollRegion labelledBy="teemoittain">
          <table className={TABLE}>
            <caption className={CAPTION}>{t("annualFigures.themes.caption", { year })}</caption>
            <ColumnHeads
              first={t("annualFigures.col.theme")}
              rest={[t("annualFigures.col.events"), t("annualFigures.col.participants"), t("annualFigures.col.hours")]}
            />
            <tbody>
              {figures.themes.map((row) => (
                <tr key={row.slug ?? ""} className={ROW}>
                  <th scope="row" className={NAME}>
                    {themeName(row, t)}
                  </th>
                  <td className={NUMBER}>{format.count(row.events)}</td>
                  <td className={NUMBER}>{format.count(row.participants)}</td>
                  <td className={NUMBER}>{format.hours(row.hours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>

      <Section id="alueittain" title={t("annualFigures.regions")}>
        <ScrollRegion labelledBy="alueittain">
          <table className={TABLE}>
            <caption className={CAPTION}>{t("annualFigures.regions.caption", { year })}</caption>
            <ColumnHeads
              first={t("annualFigures.col.region")}
              rest={REGION_FIGURES.map((key) => t(`annualFigures.col.${key}`))}
            />
            <tbody>
              {figures.regions.map((row) => (
                <tr key={row.region ?? ""} className={row.region ? ROW : `${ROW} border-t-2 font-semibold`}>
                  <th scope="row" className={row.region ? NAME : TOTAL_NAME}>
                    {regionName(row, t)}
                  </th>
                  {REGION_FIGURES.map((key) => (
                    <td key={key} className={NUMBER}>
                      {format.count(row[key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </Section>

      <Section id="laskenta" title={t("annualFigures.define.title")}>
        <ul className="max-w-3xl list-disc space-y-1 pl-6">
          <li>{t("annualFigures.define.events")}</li>
          <li>{t("annualFigures.define.participants")}</li>
          <li>{t("annualFigures.define.reached")}</li>
          <li>{t("annualFigures.define.hours")}</li>
          <li>{t("annualFigures.define.other")}</li>
          <li>{t("annualFigures.define.tables")}</li>
        </ul>
      </Section>
    </>
  );
}
