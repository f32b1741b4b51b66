// The two regions' municipalities shaded by reach (issue 16), rendered on the
// server as an accessible SVG: a title and a description name it, each
// municipality carries its own figure in a <title>, the shades come with a
// legend, and municipalities with no contact are hatched as well as pale — so
// neither colour nor hovering alone carries the meaning. The caller puts the
// same figures in a table next to it.
import { MAP_ATTRIBUTION, municipalityMap } from "@/lib/coverage/map";

export type ReachLevel = "none" | "low" | "medium" | "high";

/** Fill per level, light to dark blue; "none" is hatched (the pattern is per map, its id from the map's). */
const FILL: Record<Exclude<ReachLevel, "none">, string> = {
  low: "#c6dbef",
  medium: "#6baed6",
  high: "#08519c",
};

export function ReachMap({
  id,
  title,
  description,
  reach,
  legend,
}: {
  id: string;
  title: string;
  description: string;
  /** Per municipality name: its level and the figure to read (e.g. "Nokia: 12 osallistujaa"). */
  reach: Map<string, { level: ReachLevel; label: string }>;
  legend: Record<ReachLevel, string>;
}) {
  const map = municipalityMap();
  const hatch = `${id}-ei-yhteytta`;
  const fill = (level: ReachLevel) => (level === "none" ? `url(#${hatch})` : FILL[level]);
  const legendItems = (["none", "low", "medium", "high"] as const).map((level, index) => ({ level, index }));
  const legendHeight = legendItems.length * 22 + 8;
  return (
    <figure className="max-w-xl">
      <svg
        viewBox={`0 0 ${map.width} ${map.height + legendHeight}`}
        role="img"
        aria-labelledby={`${id}-otsikko ${id}-kuvaus`}
        className="h-auto w-full"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-otsikko`}>{title}</title>
        <desc id={`${id}-kuvaus`}>{description}</desc>
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#f5f5f5" />
            <path d="M0,6L6,0" stroke="#6b7280" strokeWidth="1" />
          </pattern>
        </defs>
        <g stroke="#374151" strokeWidth="0.6">
          {map.shapes.map((shape) => {
            const value = reach.get(shape.name) ?? { level: "none" as const, label: `${shape.name}: ${legend.none}` };
            return (
              <path key={shape.code} d={shape.path} fill={fill(value.level)} fillRule="evenodd">
                <title>{value.label}</title>
              </path>
            );
          })}
        </g>
        <g transform={`translate(8 ${map.height + 8})`} fontSize="13" fill="#111827">
          {legendItems.map(({ level, index }) => (
            <g key={level} transform={`translate(0 ${index * 22})`}>
              <rect width="16" height="16" fill={fill(level)} stroke="#374151" strokeWidth="0.6" />
              <text x="24" y="13">
                {legend[level]}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="text-sm text-gray-700">{MAP_ATTRIBUTION}</figcaption>
    </figure>
  );
}
