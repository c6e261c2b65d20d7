import type { IsoDay } from "../../domain/day";
import type { CountryShape } from "../../domain/schemas/shapes";

/** West, south, east and north, in degrees; east may pass 180 for a country across the antimeridian. */
export type Bounds = [number, number, number, number];

const drawnOn = (shape: CountryShape, date: IsoDay) =>
  shape.properties.spans.some(([from, to]) => (from === null || from <= date) && (to === null || date < to));

function* positions(shape: CountryShape): Generator<number[]> {
  const polygons = shape.geometry.type === "Polygon" ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  for (const polygon of polygons) for (const ring of polygon) yield* ring;
}

/**
 * The box around a country's own shapes drawn on the date (not its territories overseas, not the areas
 * it occupies), or null when none is. A country cut at the antimeridian (Russia, Fiji) gets the
 * narrower box across it: its longitudes west of 0 are counted from 180 on, east of it.
 */
export function countryBounds(shapes: readonly CountryShape[], iso3: string, date: IsoDay): Bounds | null {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  let [shiftedWest, shiftedEast] = [Infinity, -Infinity];
  for (const shape of shapes) {
    const p = shape.properties;
    if (p.iso3 !== iso3 || p.area !== undefined || p.occupation !== undefined || !drawnOn(shape, date)) continue;
    for (const [lon = 0, lat = 0] of positions(shape)) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
      const shifted = lon < 0 ? lon + 360 : lon;
      shiftedWest = Math.min(shiftedWest, shifted);
      shiftedEast = Math.max(shiftedEast, shifted);
    }
  }
  if (west === Infinity) return null;
  return shiftedEast - shiftedWest < east - west ? [shiftedWest, south, shiftedEast, north] : [west, south, east, north];
}
