// Horizontal bars, one per item (issue 16 item 2), rendered on the server as
// an accessible SVG: a title and a description name it, each bar ends in its
// figure as text and carries a <title>, and the same figures stand in a table
// beside it — so neither colour, length nor hovering alone carries the
// meaning. Every string comes in already translated.
import { ScrollRegion } from "@/components/ui/scroll-region";

export type BarItem = { label: string; value: number; note?: string };

const WIDTH = 640;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 170;
const BAR_SPACE = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
const ROW = 26;
const PAD = 8;
/** The darkest of the map's blues: 7.9:1 against white (WCAG 1.4.11 asks 3:1). */
const BAR_FILL = "#08519c";
const MAX_LABEL = 24;

const round = (n: number) => Math.round(n * 10) / 10;
/** Negative, NaN and infinite values draw as no bar rather than breaking the picture. */
const drawable = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);
const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

export function BarChart({
  id,
  title,
  description,
  items,
  caption,
  headings,
  formatValue = String,
}: {
  id: string;
  title: string;
  description: string;
  items: BarItem[];
  /** The table's caption. */
  caption: string;
  /** Column headings; the notes get a column of their own when `note` is given, else they follow the value. */
  headings: { label: string; value: string; note?: string };
  formatValue?: (value: number) => string;
}) {
  const max = Math.max(0, ...items.map((item) => drawable(item.value)));
  const barWidth = (value: number) => (max === 0 ? 0 : round((drawable(value) / max) * BAR_SPACE));
  const endText = (item: BarItem) => `${formatValue(item.value)}${item.note ? ` · ${item.note}` : ""}`;
  const height = items.length * ROW + 2 * PAD;
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
          {items.map((item, index) => {
            const y = PAD + index * ROW;
            const width = barWidth(item.value);
            return (
              <g key={`${index}-${item.label}`} transform={`translate(0 ${y})`}>
                <title>{`${item.label}: ${endText(item)}`}</title>
                <text x={LABEL_WIDTH - 8} y="17" textAnchor="end">
                  {shorten(item.label)}
                </text>
                <rect x={LABEL_WIDTH} y="4" width={width} height="18" fill={BAR_FILL} />
                <text x={LABEL_WIDTH + width + 6} y="17">
                  {endText(item)}
                </text>
              </g>
            );
          })}
        </g>
        <path d={`M${LABEL_WIDTH},${PAD / 2}V${height - PAD / 2}`} stroke="#374151" strokeWidth="1" />
      </svg>
      <ScrollRegion labelledBy={`${id}-taulukko`}>
        <table className="w-full border-collapse text-left">
          <caption id={`${id}-taulukko`} className="mb-2 text-left font-semibold">
            {caption}
          </caption>
          <thead>
            <tr className="border-b-2 border-gray-400 align-bottom">
              <th scope="col" className="py-1 pr-4">
                {headings.label}
              </th>
              <th scope="col" className="py-1 pr-4 text-right">
                {headings.value}
              </th>
              {headings.note ? (
                <th scope="col" className="py-1">
                  {headings.note}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={`${index}-${item.label}`} className="border-b border-gray-200">
                <th scope="row" className="py-1 pr-4 font-normal">
                  {item.label}
                </th>
                <td className="py-1 pr-4 text-right tabular-nums">
                  {headings.note ? formatValue(item.value) : endText(item)}
                </td>
                {headings.note ? <td className="py-1">{item.note ?? ""}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </figure>
  );
}
