// The coverage dashboard's body (issue 16): the summary against the
// comparison period, libraries without contact named in text, the map and
// the bars per municipality, the trend line per year, and the tables. Every
// picture has its figures in a table next to it. Server component.
import type { ReactNode } from "react";
import { BarChart } from "@/components/coverage/bar-chart";
import { ReachMap, type ReachLevel } from "@/components/coverage/reach-map";
import { TrendChart } from "@/components/coverage/trend-chart";
import { Pager } from "@/components/ui/pager";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { CoverageReport, LibraryCoverage, MunicipalityCoverage } from "@/lib/coverage/data";
import { reachLevel, trend } from "@/lib/coverage/rules";
import {
  BAR_LIMIT,
  DASHBOARD_PAGE_SIZE,
  METRICS,
  percent,
  periodText,
  SUMMARY_FIGURES,
  YEAR_FIGURES,
} from "@/lib/coverage/table";
import { formatDayFi } from "@/lib/dates/days";
import { slicePage } from "@/lib/http/paging";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

const H2 = "mb-3 text-2xl font-bold text-brand-900";
const TABLE = "min-w-full border-collapse text-left";
const TH = "border-b border-gray-400 py-2 pr-3 align-bottom font-semibold";
const NUM = "border-b border-gray-200 py-2 pr-3 text-right tabular-nums";
const TD = "border-b border-gray-200 py-2 pr-3";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="printed-item mb-10">
      <h2 id={id} className={H2}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The dashboard's paged tables: "kirjastot" the libraries, "kunnat" the municipalities. */
export type PagedTable = "kirjastot" | "kunnat";

export function CoverageView({
  report,
  locale,
  t,
  pages = { kirjastot: 1, kunnat: 1 },
  hrefFor,
}: {
  report: CoverageReport;
  locale: Locale;
  t: Translate;
  /** The page of each long table (the first unless given). */
  pages?: Record<PagedTable, number>;
  /** The address of a table's page, the filters kept. */
  hrefFor: (table: PagedTable, page: number) => string;
}) {
  const number = new Intl.NumberFormat(intlLocale(locale));
  const decimal = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 });
  const fmt = (n: number) => number.format(n);
  const share = (s: number | null) =>
    s === null ? t("coverage.unknown") : t("coverage.share", { share: decimal.format(percent(s)!) });
  const period = periodText(report.period);
  const change = (current: number, previous: number) => {
    const { change: delta, percent: pct } = trend(current, previous);
    if (delta === 0) return t("coverage.change.none");
    const vars = {
      change: fmt(Math.abs(delta)),
      percent: pct === null ? "" : t("coverage.share", { share: decimal.format(pct) }),
    };
    if (pct === null) return t(delta > 0 ? "coverage.change.upNoPercent" : "coverage.change.downNoPercent", vars);
    return t(delta > 0 ? "coverage.change.up" : "coverage.change.down", vars);
  };
  const cell = (key: (typeof METRICS)[number], row: LibraryCoverage | MunicipalityCoverage) =>
    key === "staffShare" ? share(row.staffShare) : fmt(row[key]);
  const own = report.totals === null ? report.libraries[0] : undefined;
  const ownMunicipality = own && report.municipalities[0];
  const withoutContact = report.libraries.filter((l) => l.noContact12m);
  const maxParticipants = Math.max(0, ...report.municipalities.map((m) => m.participants));
  const reach = new Map<string, { level: ReachLevel; label: string }>(
    report.municipalities.map((m) => [
      m.municipality,
      {
        level: reachLevel(m.participants, maxParticipants, m.librariesReached > 0),
        label: t("coverage.map.label", {
          municipality: m.municipality,
          participants: fmt(m.participants),
          reached: fmt(m.librariesReached),
          libraries: fmt(m.libraries),
        }),
      },
    ]),
  );
  const years = report.years.map((y) => String(y.year));
  const municipalityPage = slicePage(report.municipalities, pages.kunnat, DASHBOARD_PAGE_SIZE);
  const libraryPage = slicePage(report.libraries, pages.kirjastot, DASHBOARD_PAGE_SIZE);
  const rows = (page: { first: number; last: number; total: number }) =>
    page.total > DASHBOARD_PAGE_SIZE
      ? ` (${t("coverage.rows", { first: fmt(page.first), last: fmt(page.last), total: fmt(page.total) })})`
      : "";
  const bars = [...report.municipalities]
    .sort((a, b) => b.participants - a.participants || a.municipality.localeCompare(b.municipality, "fi"))
    .slice(0, BAR_LIMIT);

  return (
    <>
      <p className="mb-6">
        {t("coverage.period", { period, previous: periodText(report.previousPeriod) })}{" "}
        {report.region ? t("coverage.periodRegion", { region: t(`libraries.region.${report.region}`) }) : null}
      </p>

      {report.totals ? (
        <Section id="yhteenveto" title={t("coverage.summary")}>
          <ScrollRegion labelledBy="yhteenveto-otsikko">
            <table className={TABLE}>
              <caption id="yhteenveto-otsikko" className="mb-2 text-left font-semibold">
                {t("coverage.summary.caption")}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={TH}>
                    {t("coverage.col.figure")}
                  </th>
                  <th scope="col" className={`${TH} text-right`}>{`${t("coverage.col.current")} ${period}`}</th>
                  <th scope="col" className={`${TH} text-right`}>
                    {`${t("coverage.col.previous")} ${periodText(report.previousPeriod)}`}
                  </th>
                  <th scope="col" className={`${TH} text-right`}>
                    {t("coverage.col.change")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {SUMMARY_FIGURES.map((key) => (
                  <tr key={key}>
                    <th scope="row" className={`${TD} font-normal`}>
                      {t(`coverage.metric.${key}`)}
                    </th>
                    <td className={`${NUM} font-semibold`}>{fmt(report.totals![key])}</td>
                    <td className={NUM}>{fmt(report.previousTotals![key])}</td>
                    <td className={NUM}>{change(report.totals![key], report.previousTotals![key])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </Section>
      ) : null}

      {own && ownMunicipality ? (
        <Section id="oma-kirjasto" title={t("coverage.summary.own")}>
          <ScrollRegion labelledBy="oma-kirjasto-otsikko">
            <table className={TABLE}>
              <caption id="oma-kirjasto-otsikko" className="mb-2 text-left font-semibold">
                {t("coverage.summary.ownCaption", { library: own.name, municipality: own.municipality })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={TH}>
                    {t("coverage.col.figure")}
                  </th>
                  <th scope="col" className={`${TH} text-right`}>
                    {own.name}
                  </th>
                  <th scope="col" className={`${TH} text-right`}>
                    {own.municipality}
                  </th>
                </tr>
              </thead>
              <tbody>
                {METRICS.map((key) => (
                  <tr key={key}>
                    <th scope="row" className={`${TD} font-normal`}>
                      {t(`coverage.metric.${key}`)}
                    </th>
                    <td className={`${NUM} font-semibold`}>{cell(key, own)}</td>
                    <td className={NUM}>{cell(key, ownMunicipality)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row" className={`${TD} font-normal`}>
                    {t("coverage.col.lastContact")}
                  </th>
                  <td className={NUM}>{own.lastContactAt ? formatDayFi(own.lastContactAt) : t("coverage.never")}</td>
                  <td className={NUM}>
                    {ownMunicipality.lastContactAt ? formatDayFi(ownMunicipality.lastContactAt) : t("coverage.never")}
                  </td>
                </tr>
              </tbody>
            </table>
          </ScrollRegion>
        </Section>
      ) : null}

      {report.libraries.length > 0 && report.totals ? (
        <Section id="ei-yhteytta" title={t("coverage.noContact")}>
          {withoutContact.length === 0 ? (
            <p>{t("coverage.noContact.none")}</p>
          ) : (
            <>
              <p className="mb-2">{t("coverage.noContact.lead", { since: formatDayFi(report.noContactBefore) })}</p>
              <ul className="list-disc space-y-1 pl-6">
                {withoutContact.map((l) => (
                  <li key={l.libraryId}>
                    {t("coverage.noContact.item", {
                      library: l.name,
                      municipality: l.municipality,
                      last: l.lastContactAt ? formatDayFi(l.lastContactAt) : t("coverage.never"),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      ) : null}

      {report.municipalities.length > 1 ? (
        <>
          <Section id="kartta" title={t("coverage.map")}>
            <ReachMap
              id="kattavuus-kartta"
              title={t("coverage.map.title", { period })}
              description={t("coverage.map.description")}
              reach={reach}
              legend={{
                none: t("coverage.map.none"),
                low: t("coverage.map.low"),
                medium: t("coverage.map.medium"),
                high: t("coverage.map.high"),
              }}
            />
          </Section>
          <Section id="palkit" title={t("coverage.bars")}>
            <BarChart
              id="kattavuus-palkit"
              title={t("coverage.bars.title", { period })}
              description={
                bars.length < report.municipalities.length
                  ? `${t("coverage.bars.description")} ${t("coverage.bars.limited", {
                      shown: fmt(bars.length),
                      total: fmt(report.municipalities.length),
                    })}`
                  : t("coverage.bars.description")
              }
              caption={t("coverage.bars.title", { period })}
              headings={{
                label: t("coverage.col.municipality"),
                value: t("coverage.metric.participants"),
                note: t("coverage.col.contact"),
              }}
              items={bars.map((m) => ({
                label: m.municipality,
                value: m.participants,
                note: m.librariesReached === 0 ? t("coverage.bars.note") : undefined,
              }))}
              formatValue={fmt}
            />
          </Section>
        </>
      ) : null}

      <Section id="vuosittain" title={t("coverage.trend")}>
        <TrendChart
          id="kattavuus-trendi"
          title={t("coverage.trend.title", { first: years[0] ?? "", last: years.at(-1) ?? "" })}
          description={t("coverage.trend.description")}
          caption={t("coverage.trend.caption")}
          periodHeading={t("coverage.col.year")}
          missing={t("coverage.chart.missing")}
          periods={years}
          series={YEAR_FIGURES.map((key) => ({
            label: t(`coverage.metric.${key}`),
            values: report.years.map((y) => y[key]),
          }))}
          formatValue={fmt}
        />
      </Section>

      {report.municipalities.length > 0 ? (
        <Section id="kunnittain" title={t("coverage.municipalities")}>
          <ScrollRegion labelledBy="kunnittain-otsikko">
            <table className="figures-table text-sm">
              <caption id="kunnittain-otsikko" className="mb-2 text-left font-semibold">
                {t("coverage.municipalities.caption", { period })}
                {rows(municipalityPage)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("coverage.col.municipality")}</th>
                  <th scope="col">{t("coverage.col.libraries")}</th>
                  <th scope="col">{t("coverage.col.librariesReached")}</th>
                  <th scope="col">{t("coverage.col.librariesWithoutContact")}</th>
                  {METRICS.map((key) => (
                    <th key={key} scope="col">
                      {t(`coverage.metric.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {municipalityPage.rows.map((m) => (
                  <tr key={`${m.region}/${m.municipality}`}>
                    <th scope="row">{m.municipality}</th>
                    <td>{fmt(m.libraries)}</td>
                    <td>{fmt(m.librariesReached)}</td>
                    <td>{fmt(m.librariesWithoutContact)}</td>
                    {METRICS.map((key) => (
                      <td key={key}>{cell(key, m)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager
            page={municipalityPage.page}
            hasNext={municipalityPage.hasNext}
            hrefFor={(page) => hrefFor("kunnat", page)}
            label={t("coverage.pager.municipalities")}
            t={t}
          />
        </Section>
      ) : null}

      {report.libraries.length > 1 ? (
        <Section id="kirjastoittain" title={t("coverage.libraries")}>
          <ScrollRegion labelledBy="kirjastoittain-otsikko">
            <table className="figures-table text-sm">
              <caption id="kirjastoittain-otsikko" className="mb-2 text-left font-semibold">
                {t("coverage.libraries.caption", { period })}
                {rows(libraryPage)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("coverage.col.library")}</th>
                  <th scope="col" className="text">
                    {t("coverage.col.municipality")}
                  </th>
                  {METRICS.map((key) => (
                    <th key={key} scope="col">
                      {t(`coverage.metric.${key}`)}
                    </th>
                  ))}
                  <th scope="col" className="text">
                    {t("coverage.col.lastContact")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {libraryPage.rows.map((l) => (
                  <tr key={l.libraryId}>
                    <th scope="row">
                      {l.name}
                      {l.noContact12m ? (
                        <strong className="block text-sm text-red-800">{t("coverage.flag.noContact")}</strong>
                      ) : null}
                    </th>
                    <td className="text">{l.municipality}</td>
                    {METRICS.map((key) => (
                      <td key={key}>{cell(key, l)}</td>
                    ))}
                    <td className="text">{l.lastContactAt ? formatDayFi(l.lastContactAt) : t("coverage.never")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager
            page={libraryPage.page}
            hasNext={libraryPage.hasNext}
            hrefFor={(page) => hrefFor("kirjastot", page)}
            label={t("coverage.pager.libraries")}
            t={t}
          />
        </Section>
      ) : null}

      <section aria-labelledby="maaritelmat" className="mb-10 max-w-3xl">
        <h2 id="maaritelmat" className={H2}>
          {t("coverage.define.title")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("coverage.define.period")}</li>
          <li>{t("coverage.define.events")}</li>
          <li>{t("coverage.define.other")}</li>
          <li>{t("coverage.define.contact")}</li>
        </ul>
      </section>
    </>
  );
}
