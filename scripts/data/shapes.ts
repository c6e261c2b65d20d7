/**
 * Country shapes for the map, from Natural Earth (world-atlas, 1:50m), and the shapes of every date
 * built from them (data/states/, shapes-history.ts) — decisions, for reviewers:
 *
 * - Resolution: 1:50m. 1:110m lacks Malta, Andorra, Singapore, Bahrain and other small states;
 *   1:10m is five times larger for detail nobody sees at the zooms this data is drawn at.
 * - Size: arcs of the topology are simplified (Douglas–Peucker, SIMPLIFY_TOLERANCE_DEG) before rings
 *   are built, so neighbours keep an identical border; coordinates are rounded to COORDINATE_DECIMALS.
 *   Measured: countries.geojson 1.28 MB raw, 429 kB gzip, 231 kB brotli (~75,500 positions in 269
 *   shapes; today's shapes alone were 1.03 MB, the former states add the rest, the Soviet Union
 *   most); country-points.geojson 52 kB raw, 8 kB gzip. Building both takes 0.7–1.5 s.
 * - Ids: `properties.id` is unique per shape (the map's feature id): today's shapes by their code,
 *   a former state's shape by code and first day (`SUN@start`, `DEU@start` for West Germany),
 *   occupied areas as `occupation:ID`; `spans` say when each is drawn.
 * - Codes: `properties.iso3` is ISO 3166-1 alpha-3 from world-atlas's numeric id. Shapes without
 *   one (see shapes-codes.ts): Kosovo → XKK (as i18n-iso-countries), Northern Cyprus → XNC (drawn
 *   within Cyprus, data/states/occupations.json),
 *   Somaliland → XSL, Siachen Glacier → XSG (user-assigned X.. range; names in src/domain/countries.ts);
 *   "Indian Ocean Ter." is split into CCK (Cocos Islands) and CXR (Christmas Island). "Ashmore and
 *   Cartier Is." shares Australia's code 036 and is merged into AUS. An unknown shape fails the build.
 * - Dropped: only Antarctica's stitching cap, a ring within 0.01° of the South Pole with no area.
 *   Nothing vanishes when rounded to COORDINATE_DECIMALS; if a change made something vanish, the
 *   build fails instead of losing it.
 * - Antimeridian: see shapes-antimeridian.ts (continuous longitudes; Antarctica closed along -90°).
 * - Points: the pole of inaccessibility of each country's largest polygon (shapes-label-point.ts),
 *   with the area of all its polygons; `small` below SMALL_COUNTRY_MAX_KM2; `labelRoom`, the distance
 *   from the point to that polygon's nearest edge, which says from what zoom a name fits there.
 */
import { join } from "node:path";
import { countriesSchema, countryPointsSchema, type Countries, type CountryPoints } from "../../src/domain/schemas/shapes";
import { writeFileAtomic } from "../../src/pipeline/corpus/atomic-write";
import { toPlanarPolygon } from "./shapes-antimeridian";
import { assignCodes } from "./shapes-codes";
import { historicShapes, type HistoricShape } from "./shapes-history";
import { labelPoint } from "./shapes-label-point";
import { normalizeLongitude, pointInPolygon, roundPolygon, type LonLat, type PolygonRings } from "./shapes-planar";
import { readSourceTopology } from "./shapes-source";
import type { StatesData } from "./states";

/** Douglas–Peucker tolerance in degrees (~1.7 km): under a pixel up to zoom 5 (at the equator). */
const SIMPLIFY_TOLERANCE_DEG = 0.015;
/** Decimal places of shape coordinates: 0.001° is ~110 m, finer than the simplification. */
const COORDINATE_DECIMALS = 3;
/** Decimal places of marker points (~11 m): they must stay inside microstates like the Vatican. */
const POINT_DECIMALS = 4;
/** Decimal places of a point's label room (~110 m): far finer than a label at any zoom it is drawn. */
const ROOM_DECIMALS = 3;
/**
 * Countries below this area (km²) get a clickable circle. At world zoom (~3 px per degree) they are
 * a few pixels across: Luxembourg, Montenegro, Malta, but also Albania, North Macedonia, Belgium.
 * The threshold sits in a gap of the data (Moldova ~33,100 km², Taiwan ~36,000 km²).
 */
export const SMALL_COUNTRY_MAX_KM2 = 35_000;

export interface Shapes {
  countries: Countries;
  points: CountryPoints;
}

function roundTo(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}

/** A marker position inside `polygon`, with its longitude in [-180, 180), and the room around it. */
function markerPoint(polygon: PolygonRings, label: string): { point: LonLat; room: number } {
  const { point: [lon, lat], room } = labelPoint(polygon);
  const point: LonLat = [roundTo(normalizeLongitude(lon), POINT_DECIMALS), roundTo(lat, POINT_DECIMALS)];
  const inside = [0, 360, -360].some((shift) => pointInPolygon([point[0] + shift, point[1]], polygon));
  if (!inside) throw new Error(`${label}: no marker position found inside its largest polygon`);
  return { point, room: roundTo(room, ROOM_DECIMALS) };
}

function buildCountry(historic: HistoricShape): { shape: Countries["features"][number]; point: CountryPoints["features"][number] } {
  const { label } = historic;
  const polygons = historic.polygons.map(({ rings: source, areaKm2 }) => {
    const rings = roundPolygon(toPlanarPolygon(source, label), COORDINATE_DECIMALS);
    // Nothing vanishes at this precision today; if a change makes something vanish, say so rather than lose it.
    if (!rings) throw new Error(`${label}: a polygon vanishes when rounded to ${COORDINATE_DECIMALS} decimals`);
    return { rings, areaKm2 };
  });
  const largest = polygons.reduce<(typeof polygons)[number] | undefined>(
    (a, b) => (a && a.areaKm2 >= b.areaKm2 ? a : b),
    undefined,
  );
  if (!largest) throw new Error(`${label}: no polygon`);
  const areaKm2 = Math.round(polygons.reduce((sum, p) => sum + p.areaKm2, 0));
  const [only] = polygons;
  const marker = markerPoint(largest.rings, label);
  const properties = {
    id: historic.id,
    iso3: historic.iso3,
    ...(historic.area ? { area: historic.area } : {}),
    ...(historic.occupation ? { occupation: historic.occupation } : {}),
    spans: historic.spans,
    // Drawn on some dates only: the map gives these alone a border that follows the date.
    ...(historic.spans.some(([from, to]) => from !== null || to !== null) ? { dated: true as const } : {}),
  };
  return {
    shape: {
      type: "Feature",
      properties,
      geometry:
        polygons.length === 1 && only
          ? { type: "Polygon", coordinates: only.rings }
          : { type: "MultiPolygon", coordinates: polygons.map((p) => p.rings) },
    },
    point: {
      type: "Feature",
      properties: { ...properties, areaKm2, small: areaKm2 < SMALL_COUNTRY_MAX_KM2, labelRoom: marker.room },
      geometry: { type: "Point", coordinates: marker.point },
    },
  };
}

/** Builds both files' content, checked against the schemas the app parses them with. */
export async function buildShapes(states: StatesData): Promise<Shapes> {
  const topology = await readSourceTopology(SIMPLIFY_TOLERANCE_DEG);
  const built = historicShapes(topology, assignCodes(topology), states).map(buildCountry);
  return {
    countries: countriesSchema.parse({ type: "FeatureCollection", features: built.map((c) => c.shape) }),
    points: countryPointsSchema.parse({ type: "FeatureCollection", features: built.map((c) => c.point) }),
  };
}

/** Writes `countries.geojson` and `country-points.geojson` into `outDir`, each atomically. */
export async function writeShapes(states: StatesData, outDir: string): Promise<void> {
  const { countries, points } = await buildShapes(states);
  await writeFileAtomic(join(outDir, "countries.geojson"), JSON.stringify(countries));
  await writeFileAtomic(join(outDir, "country-points.geojson"), JSON.stringify(points));
}
