// The coverage map's geometry (issue 16): the two regions' municipalities
// (lib/coverage/geo, NLS data CC BY 4.0) projected once into SVG paths. An
// equirectangular projection with the longitude shrunk by cos(latitude) is
// true enough for a region of 300 km and costs nothing to compute.
import type { Region } from "@/lib/db/enums";
import geo from "./geo/municipalities.json";

type Ring = number[][];
type GeoFeature = {
  properties: { code: string; name: string; region: string };
  geometry: { coordinates: Ring[][] };
};

export type MunicipalityShape = { code: string; name: string; region: Region; path: string };
export type MunicipalityMap = { width: number; height: number; shapes: MunicipalityShape[] };

export const MAP_WIDTH = 400;
/** The boundaries' attribution, shown with the map (CC BY 4.0). */
export const MAP_ATTRIBUTION = "© Maanmittauslaitos 09/2024, CC BY 4.0";

let projected: MunicipalityMap | null = null;

/** Every municipality of both regions as an SVG path in a MAP_WIDTH-wide box, north up. */
export function municipalityMap(): MunicipalityMap {
  if (projected) return projected;
  const features = (geo as { features: GeoFeature[] }).features;
  const points = features.flatMap((f) => f.geometry.coordinates.flatMap((polygon) => polygon.flat()));
  const lons = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const shrink = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = MAP_WIDTH / ((east - west) * shrink);
  const height = Math.ceil((north - south) * scale);
  const xy = ([lon, lat]: number[]) =>
    `${((lon! - west) * shrink * scale).toFixed(1)},${((north - lat!) * scale).toFixed(1)}`;
  projected = {
    width: MAP_WIDTH,
    height,
    shapes: features.map((f) => ({
      code: f.properties.code,
      name: f.properties.name,
      region: f.properties.region as Region,
      path: f.geometry.coordinates
        .map((polygon) => polygon.map((ring) => `M${ring.map(xy).join("L")}Z`).join(""))
        .join(""),
    })),
  };
  return projected;
}
