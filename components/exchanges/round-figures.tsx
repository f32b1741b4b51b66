// A job-shadowing round's figures (issue 15 item 5): the whole round as two
// description lists, how they are counted, the per-library table and the
// downloads. Server component; the figures are the loader's.
import { Fragment } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { RoundFigures, RoundTotals } from "@/lib/exchanges/figures/data";
import { COUNT_FIGURES, INVOLVED_FIGURES, LIBRARY_FIGURES } from "@/lib/exchanges/figures/table";
import type { Translate } from "@/lib/i18n/translate";

const H2 = "mb-3 text-2xl font-bold text-brand-900";
const H3 = "mb-2 text-xl font-bold text-brand-900";
const CELL = "py-2 pr-2 text-right tabular-nums sm:pr-4";
const LINK = "inline-flex min-h-11 items-center underline";

function Totals({ keys, totals, t }: { keys: readonly (keyof RoundTotals)[]; totals: RoundTotals; t: Translate }) {
  return (
    <dl className="grid max-w-xl grid-cols-[1fr_max-content] gap-x-6 gap-y-1">
      {keys.map((key) => (
        <Fragment key={key}>
          <dt>{t(`exchangeFigures.total.${key}`)}</dt>
          <dd className="text-right font-semibold tabular-nums">{totals[key]}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

export function RoundFiguresView({
  figures,
  exportBase,
  t,
}: {
  figures: RoundFigures;
  exportBase: string;
  t: Translate;
}) {
  const caption = t("exchangeFigures.libraries");
  return (
    <>
      <section aria-labelledby="lataa" className="mb-8">
        <h2 id="lataa" className={H2}>
          {t("exchangeFigures.export")}
        </h2>
        <ul className="space-y-1">
          <li>
            <a href={`${exportBase}.xlsx`} download className={LINK}>
              {t("exchangeFigures.xlsx")}
            </a>
          </li>
          <li>
            <a href={`${exportBase}.csv`} download className={LINK}>
              {t("exchangeFigures.csv")}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="koko-kierros" className="mb-8">
        <h2 id="koko-kierros" className={H2}>
          {t("exchangeFigures.totals")}
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          <div>
            <h3 className={H3}>{t("exchangeFigures.totals.counts")}</h3>
            <Totals keys={COUNT_FIGURES} totals={figures.totals} t={t} />
          </div>
          <div>
            <h3 className={H3}>{t("exchangeFigures.totals.involved")}</h3>
            <Totals keys={INVOLVED_FIGURES} totals={figures.totals} t={t} />
          </div>
        </div>
        <h3 className={`${H3} mt-6`}>{t("exchangeFigures.define.title")}</h3>
        <ul className="max-w-3xl list-disc space-y-1 pl-6">
          <li>{t("exchangeFigures.define.offers")}</li>
          <li>{t("exchangeFigures.define.applications")}</li>
          <li>{t("exchangeFigures.define.accepted")}</li>
          <li>{t("exchangeFigures.define.involved")}</li>
          <li>{t("exchangeFigures.define.libraries")}</li>
        </ul>
      </section>
      <section aria-labelledby="kirjastoittain" className="mb-8">
        <h2 id="kirjastoittain" className={H2}>
          {caption}
        </h2>
        {figures.libraries.length === 0 ? (
          <p>{t("exchangeFigures.empty")}</p>
        ) : (
          <ScrollRegion label={caption}>
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr className="border-b-2 border-gray-400 align-bottom">
                  <th scope="col" className="py-2 pr-2 sm:pr-4">
                    {t("exchangeFigures.col.library")}
                  </th>
                  <th scope="col" className="py-2 pr-2 sm:pr-4">
                    {t("exchangeFigures.col.municipality")}
                  </th>
                  <th scope="col" className="py-2 pr-2 sm:pr-4">
                    {t("exchangeFigures.col.region")}
                  </th>
                  {LIBRARY_FIGURES.map((key) => (
                    <th key={key} scope="col" className={CELL}>
                      {t(`exchangeFigures.col.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.libraries.map((row) => (
                  <tr key={row.libraryId} className="border-b border-gray-200">
                    <th scope="row" className="py-2 pr-2 font-normal sm:pr-4">
                      {row.name}
                    </th>
                    <td className="py-2 pr-2 sm:pr-4">{row.municipality}</td>
                    <td className="py-2 pr-2 sm:pr-4">{t(`libraries.region.${row.region}`)}</td>
                    {LIBRARY_FIGURES.map((key) => (
                      <td key={key} className={CELL}>
                        {row[key]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}
