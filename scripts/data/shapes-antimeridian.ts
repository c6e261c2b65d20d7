import type { LonLat, PolygonRings, Ring } from "./shapes-planar";

/**
 * world-atlas stitches polygons across ±180° and around the South Pole, which suits a spherical
 * renderer (d3) but makes a planar one (MapLibre) draw an edge from +180 to -180 across the whole
 * map. Here each ring's longitudes are made continuous, so no edge jumps: MapLibre's GeoJSON tiler
 * wraps what lies beyond ±180° into the neighbouring world copy. A ring that goes all the way round
 * the pole (Antarctica's coast) is closed along the pole's latitude instead, which Web Mercator
 * clamps to the edge of the map.
 */

/** A ring this close to a pole (degrees of latitude) all along is a stitching artefact: a cap with no area. */
const POLAR_CAP_TOLERANCE_DEG = 0.01;
/** Longitude step (degrees) along the pole when closing a ring around it: every edge stays well under 180°. */
const POLE_EDGE_STEP_DEG = 90;

/** Longitude change from one point to the next, taken the short way round: in [-180, 180]. */
function shortDelta(from: number, to: number): number {
  const d = to - from;
  return d - 360 * Math.round(d / 360);
}

/** The ring with continuous longitudes: consecutive points never differ by more than 180°. */
export function unwrapRing(ring: readonly LonLat[]): Ring {
  const out: Ring = [];
  let lon = 0;
  let previous: number | undefined;
  for (const [x, y] of ring) {
    lon = previous === undefined ? x : lon + shortDelta(previous, x);
    previous = x;
    out.push([lon, y]);
  }
  return out;
}

function lonSpan(ring: readonly LonLat[]): { min: number; max: number; mid: number } {
  const lons = ring.map(([lon]) => lon);
  const min = Math.min(...lons);
  const max = Math.max(...lons);
  return { min, max, mid: (min + max) / 2 };
}

/** Whole turns an unwrapped closed ring makes around the pole: 0 for a ring that does not enclose one. */
function turnsAroundPole(unwrapped: readonly LonLat[]): number {
  const first = unwrapped[0];
  const last = unwrapped.at(-1);
  return first && last ? Math.round((last[0] - first[0]) / 360) : 0;
}

function isPolarCap(ring: readonly LonLat[]): boolean {
  return ring.every(([, lat]) => Math.abs(lat) >= 90 - POLAR_CAP_TOLERANCE_DEG);
}

/** Starts the (closed) ring where it crosses ±180°, so once unwrapped it spans [-180, 180], not [x, x + 360]. */
function startAtCrossing(ring: readonly LonLat[]): Ring {
  const open = ring.slice(0, -1);
  const start = open.findIndex((point, i) => Math.abs(point[0] - (open.at(i - 1)?.[0] ?? point[0])) > 180);
  const rotated = [...open.slice(Math.max(start, 0)), ...open.slice(0, Math.max(start, 0))];
  return rotated[0] ? [...rotated, rotated[0]] : [];
}

/** Closes an unwrapped ring that went once round a pole by running along the pole back to its start. */
function closeAlongPole(unwrapped: Ring): Ring {
  const first = unwrapped[0];
  const last = unwrapped.at(-1);
  if (!first || !last) return unwrapped;
  const meanLat = unwrapped.reduce((sum, [, lat]) => sum + lat, 0) / unwrapped.length;
  const pole = meanLat < 0 ? -90 : 90;
  const steps = Math.ceil(Math.abs(last[0] - first[0]) / POLE_EDGE_STEP_DEG);
  const alongPole: Ring = [];
  for (let i = 0; i <= steps; i++) alongPole.push([last[0] + ((first[0] - last[0]) * i) / steps, pole]);
  return [...unwrapped, ...alongPole, first];
}

function shiftRing(ring: Ring, degrees: number): Ring {
  return degrees === 0 ? ring : ring.map(([lon, lat]) => [lon - degrees, lat]);
}

/**
 * One stitched polygon (exterior first, then holes) as planar rings MapLibre draws correctly. The
 * exterior is shifted by whole turns so its middle lies within [-180, 180]; holes follow it.
 */
export function toPlanarPolygon(rings: readonly (readonly LonLat[])[], label: string): PolygonRings {
  const unwrapped: Ring[] = [];
  let aroundPole: Ring | undefined;
  for (const ring of rings) {
    if (isPolarCap(ring)) continue;
    const plain = unwrapRing(ring);
    if (turnsAroundPole(plain) === 0) {
      unwrapped.push(plain);
    } else if (aroundPole) {
      throw new Error(`${label}: more than one ring goes around a pole`);
    } else {
      aroundPole = closeAlongPole(unwrapRing(startAtCrossing(ring)));
    }
  }
  // A ring round the pole bounds the land between it and the pole: it is the exterior, whatever came first.
  const [exterior, ...holes] = aroundPole ? [aroundPole, ...unwrapped] : unwrapped;
  if (!exterior) throw new Error(`${label}: a polygon has no ring besides a polar cap`);
  const { mid } = lonSpan(exterior);
  const placed = shiftRing(exterior, 360 * Math.round(mid / 360));
  const placedMid = lonSpan(placed).mid;
  return [placed, ...holes.map((hole) => shiftRing(hole, 360 * Math.round((lonSpan(hole).mid - placedMid) / 360)))];
}
