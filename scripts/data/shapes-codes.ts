import isoCodes from "i18n-iso-countries/codes.json";
import type { LonLat } from "./shapes-planar";
import { ringsOf, type ArcPolygon, type SourceShape, type SourceTopology } from "./shapes-source";

/**
 * world-atlas shapes that carry no numeric ISO code, by their Natural Earth name. Kosovo gets the
 * code i18n-iso-countries uses; the others get user-assigned X.. codes that `countryName` knows.
 */
const CODES_BY_NAME: Readonly<Record<string, string>> = {
  Kosovo: "XKK",
  "N. Cyprus": "XNC",
  Somaliland: "XSL",
  // Disputed between India and Pakistan: its own code keeps it on the map without taking a side.
  "Siachen Glacier": "XSG",
};

/**
 * Natural Earth's "Indian Ocean Ter." is two ISO territories about 1,000 km apart: the Cocos (Keeling)
 * Islands (~96.8°E) and Christmas Island (~105.7°E). Each polygon goes to the side of this meridian it lies on.
 */
const SPLIT_BY_LONGITUDE: Readonly<Record<string, { meridian: number; west: string; east: string }>> = {
  "Indian Ocean Ter.": { meridian: 100, west: "CCK", east: "CXR" },
};

/** ISO 3166-1 numeric → alpha-3. Rows are [alpha-2, alpha-3, numeric, subdivision code]. */
const ALPHA3_BY_NUMERIC: ReadonlyMap<string, string> = new Map(
  isoCodes.flatMap((row) => (row[1] && row[2] ? [[row[2], row[1]] as const] : [])),
);

export interface CodedShape {
  iso3: string;
  polygons: ArcPolygon[];
  /** The Natural Earth names that went into it (Australia takes in "Ashmore and Cartier Is."). */
  sources: string[];
}

function meanLongitude(rings: readonly LonLat[][]): number {
  const exterior: readonly LonLat[] = rings[0] ?? [];
  return exterior.reduce((sum, [lon]) => sum + lon, 0) / Math.max(exterior.length, 1);
}

/** Splits a shape into (code, polygon indexes) parts; throws for a shape no rule covers, so none is lost. */
function codesFor(topology: SourceTopology, shape: SourceShape): { iso3: string; indexes: number[] }[] {
  const all = shape.polygons.map((_, i) => i);
  if (shape.id !== undefined) {
    const iso3 = ALPHA3_BY_NUMERIC.get(shape.id);
    if (!iso3) throw new Error(`world-atlas shape "${shape.name}" has numeric code ${shape.id}, unknown to ISO 3166-1`);
    return [{ iso3, indexes: all }];
  }
  const named = CODES_BY_NAME[shape.name];
  if (named) return [{ iso3: named, indexes: all }];
  const split = SPLIT_BY_LONGITUDE[shape.name];
  if (split) {
    const isWest = shape.polygons.map((polygon) => meanLongitude(ringsOf(topology, polygon)) < split.meridian);
    const west = all.filter((i) => isWest[i]);
    const east = all.filter((i) => !isWest[i]);
    return [
      { iso3: split.west, indexes: west },
      { iso3: split.east, indexes: east },
    ].filter((part) => part.indexes.length > 0);
  }
  throw new Error(`world-atlas shape "${shape.name}" has no ISO code: give it one in scripts/data/shapes-codes.ts`);
}

/** Every shape under an ISO 3166-1 alpha-3 code; shapes sharing a code become one. */
export function assignCodes(topology: SourceTopology): CodedShape[] {
  const byCode = new Map<string, CodedShape>();
  for (const shape of topology.shapes) {
    for (const { iso3, indexes } of codesFor(topology, shape)) {
      const coded = byCode.get(iso3) ?? { iso3, polygons: [], sources: [] };
      for (const i of indexes) {
        const polygon = shape.polygons[i];
        if (polygon) coded.polygons.push(polygon);
      }
      coded.sources.push(shape.name);
      byCode.set(iso3, coded);
    }
  }
  return [...byCode.values()].sort((a, b) => a.iso3.localeCompare(b.iso3));
}
