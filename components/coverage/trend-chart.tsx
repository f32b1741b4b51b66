// A line per series over periods such as years (issue 16 item 2), rendered on
// the server as an accessible SVG: a title and a description name it, each
// series has its own dash and marker shape as well as colour, a text legend,
// each point carries its figure in a <title>, and the same figures stand in a
// table beside it. A missing value is a gap in the line (a point alone is its
// marker alone). Strings come in translated.
import { ScrollRegion } from "@/components/ui/scroll-region";

export type TrendSeries = { label: string; values: (number | null)[] };

const WIDTH = 640;
const LEFT = 64;
const RIGHT = 16;
const TOP = 16;
const PLOT_HEIGHT = 220;
const LEGEND_ROW = 22;
/** Colours from the map, each at least 4.8:1 against white; dash and marker tell the series apart. */
const STYLES = [
  { stroke: "#08519c", dash: undefined, marker: "circle" },
  { stroke: "#374151", dash: "8 4", marker: "square" },
  { stroke: "#111827", dash: "2 3", marker: "triangle" },
  { stroke: "#6b7280", dash: "10 3 2 3", marker: "diamond" },
] as const;

const round = (n: number) => Math.round(n * 10) / 10;
const valueAt = (series: TrendSeries, index: number) => {
  const value = series.values[index];
  return typeof value === "number" && Number.isFinite(value) ? value : null;
};

/** 0 to a round maximum in 3–5 steps of 1, 2 or 5 × 10ⁿ; whole steps when every value is whole. */
export function niceTicks(values: number[]): number[] {
  const max = Math.max(0, ...values);
  const whole = values.every(Number.isInteger);
  const magnitude = 10 ** Math.floor(Math.log10(max > 0 ? max / 5 : 1));
  const fits = (step: number) => Math.ceil(max / step - 1e-9) <= 5 && (!whole || step >= 1);
  const step = [1, 2, 5, 10].map((factor) => factor * magnitude).find(fits) ?? 10 * magnitude;
  const count = Math.max(3, Math.ceil(max / step - 1e-9));
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

function Marker({ shape, x, y }: { shape: (typeof STYLES)[number]["marker"]; x: number; y: number }) {
  if (shape === "circle") return <circle cx={x} cy={y} r="4.5" />;
  if (shape === "square") return <rect x={x - 4} y={y - 4} width="8" height="8" />;
  if (shape === "triangle") return <path d={`M${x},${y - 5.5}L${x + 5},${y + 4}L${x - 5},${y + 4}Z`} />;
  return <path d={`M${x},${y - 5.5}L${x + 5.5},${y}L${x},${y + 5.5}L${x - 5.5},${y}Z`} />;
}

export function TrendChart({
  id,
  title,
  description,
  periods,
  series,
  caption,
  periodHeading,
  missing,
  formatValue = String,
}: {
  id: string;
  title: string;
  description: string;
  /** The x axis in order, e.g. years. */
  periods: string[];
  /** Values by the periods' index; null, or an array shorter than the periods, leaves a gap. Four styles, then they repeat. */
  series: TrendSeries[];
  caption: string;
  periodHeading: string;
  /** The table's text for a missing value. */
  missing: string;
  formatValue?: (value: number) => string;
}) {
  const values = series.flatMap((line) => periods.map((_, i) => valueAt(line, i)).filter((v) => v !== null));
  const ticks = niceTicks(values);
  const top = ticks[ticks.length - 1]!;
  const band = (WIDTH - LEFT - RIGHT) / Math.max(periods.length, 1);
  const x = (index: number) => round(LEFT + band * (index + 0.5));
  const y = (value: number) => round(TOP + PLOT_HEIGHT - (Math.max(0, value) / top) * PLOT_HEIGHT);
  const legendTop = TOP + PLOT_HEIGHT + 44;
  const height = legendTop + series.length * LEGEND_ROW + 8;
  return (
    <figure className="grid max-w-3xl items-start gap-6">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-otsikko ${id}-kuvaus`}
        className="h-auto w-full max-w-160"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-otsikko`}>{title}</title>
        <desc id={`${id}-kuvaus`}>{description}</desc>
        <g fontSize="13" fill="#111827">
          {ticks.map((tick) => (
            <g key={tick}>
              <path d={`M${LEFT},${y(tick)}H${WIDTH - RIGHT}`} stroke={tick === 0 ? "#374151" : "#d1d5db"} />
              <text x={LEFT - 8} y={y(tick) + 4} textAnchor="end">
                {formatValue(tick)}
              </text>
            </g>
          ))}
          {periods.map((period, i) => (
            <text key={`${i}-${period}`} x={x(i)} y={TOP + PLOT_HEIGHT + 20} textAnchor="middle">
              {period}
            </text>
          ))}
        </g>
        {series.map((line, s) => {
          const style = STYLES[s % STYLES.length]!;
          const points = periods.flatMap((period, i) => {
            const value = valueAt(line, i);
            return value === null ? [] : [{ i, period, value }];
          });
          const d = points.map((p, k) => `${k > 0 && points[k - 1]!.i === p.i - 1 ? "L" : "M"}${x(p.i)},${y(p.value)}`);
          return (
            <g key={`${s}-${line.label}`} stroke={style.stroke} fill={style.stroke}>
              {d.some((step) => step.startsWith("L")) ? (
                <path d={d.join("")} fill="none" strokeWidth="2" strokeDasharray={style.dash} />
              ) : null}
              {points.map((p) => (
                <g key={p.i}>
                  <title>{`${line.label}, ${p.period}: ${formatValue(p.value)}`}</title>
                  <Marker shape={style.marker} x={x(p.i)} y={y(p.value)} />
                </g>
              ))}
              <g transform={`translate(${LEFT} ${legendTop + s * LEGEND_ROW})`}>
                <path d="M0,0H36" strokeWidth="2" strokeDasharray={style.dash} />
                <Marker shape={style.marker} x={18} y={0} />
                <text x="46" y="4.5" fontSize="13" fill="#111827" stroke="none">
                  {line.label}
                </text>
              </g>
            </g>
          );
        })}
      </svg>
      <ScrollRegion labelledBy={`${id}-taulukko`}>
        <table className="w-full border-collapse text-left">
          <caption id={`${id}-taulukko`} className="mb-2 text-left font-semibold">
            {caption}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-400 align-bottom">
              <th scope="col" className="py-1 pr-4">
                {periodHeading}
              </th>
              {series.map((line, s) => (
                <th key={`${s}-${line.label}`} scope="col" className="py-1 pr-4 text-right">
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((period, i) => (
              <tr key={`${i}-${period}`} className="border-b border-gray-200">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {period}
                </th>
                {series.map((line, s) => {
                  const value = valueAt(line, i);
                  return (
                    <td key={s} className="py-1 pr-4 text-right tabular-nums">
                      {value === null ? missing : formatValue(value)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </figure>
  );
}
