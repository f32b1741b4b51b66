import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Translate } from "@/lib/i18n/translate";
import type { FigureRow, ProgrammeFigures } from "@/lib/programmes/progress/data";
import { figureName, medianText, ratePercent } from "@/lib/programmes/progress/figures-table";

const H3 = "mb-2 text-xl font-bold text-brand-900";
const LINK = "inline-flex min-h-11 items-center underline";

function FiguresTable({
  rows,
  total,
  firstColumn,
  caption,
  t,
}: {
  rows: FigureRow[];
  total: FigureRow;
  firstColumn: string;
  caption: string;
  t: Translate;
}) {
  const num = (value: number | null) => (value === null ? t("programmesProgress.none") : value.toLocaleString("fi"));
  const row = (r: FigureRow, bold = false) => (
    <tr key={`${r.kind}-${r.key ?? "none"}`} className={`border-b border-gray-300 ${bold ? "font-semibold" : ""}`}>
      <th scope="row" className="py-2 pr-4 text-left">
        {figureName(r, t)}
      </th>
      <td className="py-2 pr-4 text-right">{r.started}</td>
      <td className="py-2 pr-4 text-right">{r.completed}</td>
      <td className="py-2 pr-4 text-right">{num(ratePercent(r.rate))}</td>
      <td className="py-2 text-right">{num(medianText(r.medianDays))}</td>
    </tr>
  );
  return (
    <ScrollRegion label={caption}>
      <table className="w-full border-collapse">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="py-2 pr-4 text-left">
              {firstColumn}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t("programmesProgress.figures.col.started")}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t("programmesProgress.figures.col.completed")}
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              {t("programmesProgress.figures.col.rate")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("programmesProgress.figures.col.median")}
            </th>
          </tr>
        </thead>
        <tbody>{rows.map((r) => row(r))}</tbody>
        <tfoot>{row(total, true)}</tfoot>
      </table>
    </ScrollRegion>
  );
}

const BAR_HEIGHT = 22;
const GAP = 10;
const LABEL_WIDTH = 260;
const BAR_WIDTH = 300;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + 120;

/**
 * The completion rate per library as horizontal bars, drawn on the server.
 * One image to assistive technology (role="img" with its title and
 * description); the table beside it carries the same figures as text.
 */
function RateChart({ rows, t, id }: { rows: FigureRow[]; t: Translate; id: string }) {
  const height = rows.length * (BAR_HEIGHT + GAP) + GAP;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-3xl"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{t("programmesProgress.figures.chartTitle")}</title>
      <desc id={`${id}-desc`}>{t("programmesProgress.figures.chartDesc")}</desc>
      {rows.map((r, i) => {
        const y = GAP + i * (BAR_HEIGHT + GAP);
        const percent = ratePercent(r.rate) ?? 0;
        const name = figureName(r, t);
        return (
          <g key={r.key ?? "none"}>
            <text
              x={LABEL_WIDTH - 8}
              y={y + BAR_HEIGHT / 2}
              textAnchor="end"
              dominantBaseline="middle"
              fontSize="14"
              fill="#1f2937"
            >
              {name.length > 34 ? `${name.slice(0, 33)}…` : name}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={BAR_WIDTH} height={BAR_HEIGHT} fill="#e5e7eb" />
            <rect x={LABEL_WIDTH} y={y} width={(BAR_WIDTH * percent) / 100} height={BAR_HEIGHT} fill="#1e3a8a" />
            <text
              x={LABEL_WIDTH + BAR_WIDTH + 8}
              y={y + BAR_HEIGHT / 2}
              dominantBaseline="middle"
              fontSize="14"
              fill="#1f2937"
            >
              {`${percent} % (${r.completed}/${r.started})`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The figures per library and per region: the chart, the tables beside it, and the downloads. */
export function ProgrammeFiguresSection({
  figures,
  exportBase,
  t,
}: {
  figures: ProgrammeFigures;
  exportBase: string;
  t: Translate;
}) {
  return (
    <section aria-labelledby="luvut" className="mb-8">
      <h2 id="luvut" className="mb-3 text-2xl font-bold text-brand-900">
        {t("programmesProgress.figures.title")}
      </h2>
      <p className="mb-4 max-w-3xl">{t("programmesProgress.figures.lead")}</p>
      {figures.total.started === 0 ? (
        <p>{t("programmesProgress.figures.empty")}</p>
      ) : (
        <div className="space-y-6">
          <h3 className={H3}>{t("programmesProgress.figures.libraries")}</h3>
          <div className="grid gap-6 lg:grid-cols-2">
            <RateChart rows={figures.libraries} t={t} id="luvut-kaavio" />
            <FiguresTable
              rows={figures.libraries}
              total={figures.total}
              firstColumn={t("programmesProgress.figures.col.library")}
              caption={t("programmesProgress.figures.libraries")}
              t={t}
            />
          </div>
          <h3 className={H3}>{t("programmesProgress.figures.regions")}</h3>
          <FiguresTable
            rows={figures.regions}
            total={figures.total}
            firstColumn={t("programmesProgress.figures.col.region")}
            caption={t("programmesProgress.figures.regions")}
            t={t}
          />
        </div>
      )}
      <h3 className={`${H3} mt-6`}>{t("programmesProgress.figures.export")}</h3>
      <ul className="space-y-1">
        <li>
          <a href={`${exportBase}.xlsx`} download className={LINK}>
            {t("programmesProgress.figures.xlsx")}
          </a>
        </li>
        <li>
          <a href={`${exportBase}.csv`} download className={LINK}>
            {t("programmesProgress.figures.csv")}
          </a>
        </li>
      </ul>
    </section>
  );
}
