// Regenerates lib/coverage/geo/municipalities.json (issue 16): the
// municipalities of Pirkanmaa and Central Finland, simplified for a small
// server-rendered SVG map, from the National Land Survey of Finland's open
// division into administrative areas (CC BY 4.0).
//
//   npm run geo:municipalities -- KUNTARAJAT.json MAAKUNTARAJAT.json
//
// The inputs are GeoJSON FeatureCollections in WGS84 with NATCODE and NAMEFIN
// properties, as https://github.com/samilaine/hallinnollisetrajat publishes
// them (kuntarajat.2023.json, maakuntarajat.2023.json; converted from NLS's
// September 2024 delivery). A municipality belongs to the region whose
// polygon holds the centre of its largest ring. Rings are simplified
// (Douglas–Peucker, ~300 m) and coordinates rounded to 4 decimals, so the
// committed file stays small and the script's output is stable.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

type Ring = [number, number][];
type Geometry = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
type Feature = { properties: { NATCODE: string; NAMEFIN: string }; geometry: Geometry };

const REGIONS = { Pirkanmaa: "PIRKANMAA", "Keski-Suomi": "KESKI_SUOMI" } as const;
const TOLERANCE = 0.003;
const OUT = resolve(import.meta.dirname, "../lib/coverage/geo/municipalities.json");

const polygonsOf = (g: Geometry): Ring[][] => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);

function area(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  }
  return Math.abs(sum / 2);
}

function inside([x, y]: [number, number], ring: Ring): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function centre(ring: Ring): [number, number] {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function simplify(points: Ring, tolerance: number): Ring {
  if (points.length < 3) return points;
  let index = 0;
  let max = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i]!, points[0]!, points[points.length - 1]!);
    if (d > max) [index, max] = [i, d];
  }
  if (max <= tolerance) return [points[0]!, points[points.length - 1]!];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

const round = (ring: Ring): Ring => ring.map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);

function main() {
  const [municipalitiesPath, regionsPath] = process.argv.slice(2);
  if (!municipalitiesPath || !regionsPath) {
    console.error("Usage: npm run geo:municipalities -- KUNTARAJAT.json MAAKUNTARAJAT.json");
    process.exit(2);
  }
  const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as { features: Feature[] };
  const regions = read(regionsPath).features.filter((f) => f.properties.NAMEFIN in REGIONS);
  if (regions.length !== 2) throw new Error("Both Pirkanmaa and Keski-Suomi must be in the regions file.");

  const features = read(municipalitiesPath)
    .features.map((f) => {
      const polygons = polygonsOf(f.geometry);
      const largest = polygons.map((p) => p[0]!).sort((a, b) => area(b) - area(a))[0]!;
      const region = regions.find((r) => polygonsOf(r.geometry).some((p) => inside(centre(largest), p[0]!)));
      if (!region) return null;
      const rings = polygons
        // Islets below ~0.2 km² add bytes, not legibility.
        .filter((p) => area(p[0]!) > 0.00005)
        .map((p) => round(simplify(p[0]!, TOLERANCE)))
        .filter((ring) => ring.length >= 4);
      return {
        type: "Feature",
        properties: {
          code: f.properties.NATCODE,
          name: f.properties.NAMEFIN,
          region: REGIONS[region.properties.NAMEFIN as keyof typeof REGIONS],
        },
        geometry: { type: "MultiPolygon", coordinates: rings.map((ring) => [ring]) },
      };
    })
    .filter((f) => f !== null)
    .sort((a, b) => a.properties.name.localeCompare(b.properties.name, "fi"));

  const collection = {
    type: "FeatureCollection",
    licence:
      "Contains data from the National Land Survey of Finland, Division into administrative areas (vector), 09/2024, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); simplified by scripts/geo-municipalities.ts.",
    features,
  };
  writeFileSync(OUT, `${JSON.stringify(collection)}\n`);
  console.log(`${features.length} municipalities → ${OUT}`);
}

main();
