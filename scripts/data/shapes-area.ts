import { geoArea } from "d3-geo";
import type { LonLat } from "./shapes-planar";

/** Mean Earth radius in km (IUGG), to turn d3's steradians into km². */
const EARTH_RADIUS_KM = 6371.0088;

/** Area on the sphere, in km², of one polygon in d3's winding (world-atlas's). */
export function sphericalAreaKm2(polygon: LonLat[][], label: string): number {
  const steradians = geoArea({ type: "Polygon", coordinates: polygon });
  // d3 reads a ring wound the wrong way as the rest of the globe: no country covers half of it.
  if (steradians > 2 * Math.PI) throw new Error(`${label}: a polygon is wound the wrong way`);
  return steradians * EARTH_RADIUS_KM ** 2;
}
