/**
 * Planar geometry on longitude/latitude, the way MapLibre draws GeoJSON (projecting keeps a ring's
 * orientation and what is inside it).
 */
export type LonLat = [lon: number, lat: number];
export type Ring = LonLat[];
/** An exterior ring followed by its holes. */
export type PolygonRings = Ring[];

/** Consecutive pairs of a closed ring's positions: its edges. */
function* edges(ring: readonly LonLat[]): Generator<[LonLat, LonLat]> {
  let previous: LonLat | undefined;
  for (const point of ring) {
    if (previous) yield [previous, point];
    previous = point;
  }
}

/** Twice the signed area of a closed ring in square degrees; positive when counter-clockwise. */
export function signedRingArea2(ring: readonly LonLat[]): number {
  let sum = 0;
  for (const [[x0, y0], [x1, y1]] of edges(ring)) sum += x0 * y1 - x1 * y0;
  return sum;
}

/** Even-odd test against every ring, so a point in a hole is outside. */
export function pointInPolygon([x, y]: LonLat, polygon: readonly (readonly LonLat[])[]): boolean {
  let inside = false;
  for (const ring of polygon) {
    let previous: LonLat | undefined;
    for (const current of ring) {
      if (previous) {
        const [xi, yi] = current;
        const [xj, yj] = previous;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      previous = current;
    }
  }
  return inside;
}

/** Distance from a point to the polygon's boundary in degrees, negative when outside. */
export function signedDistanceToPolygon(point: LonLat, polygon: readonly (readonly LonLat[])[]): number {
  const [px, py] = point;
  let best = Infinity;
  for (const ring of polygon) {
    // Plain loops, not edges(): this runs for every candidate cell of every label search.
    let previous: LonLat | undefined;
    for (const current of ring) {
      if (previous) {
        const [ax, ay] = previous;
        const dx = current[0] - ax;
        const dy = current[1] - ay;
        const length2 = dx * dx + dy * dy;
        const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
        best = Math.min(best, (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2);
      }
      previous = current;
    }
  }
  return (pointInPolygon(point, polygon) ? 1 : -1) * Math.sqrt(best);
}

/** Brings a longitude into [-180, 180), where point features are expected. */
export function normalizeLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Rounds a closed ring, dropping repeated points; null when too little is left to enclose an area. */
function roundRing(ring: readonly LonLat[], factor: number): Ring | null {
  const out: Ring = [];
  for (const [lon, lat] of ring) {
    const point: LonLat = [Math.round(lon * factor) / factor, Math.round(lat * factor) / factor];
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  // A closed ring needs three distinct corners plus the closing point.
  return out.length >= 4 && signedRingArea2(out) !== 0 ? out : null;
}

/**
 * Rounds a polygon to `decimals` and orients it as RFC 7946 asks (exterior counter-clockwise, holes
 * clockwise). Holes that vanish are dropped; null when the exterior itself vanishes (a rock smaller
 * than the rounding step).
 */
export function roundPolygon(polygon: readonly (readonly LonLat[])[], decimals: number): PolygonRings | null {
  const factor = 10 ** decimals;
  const [exterior, ...holes] = polygon.map((ring) => roundRing(ring, factor));
  if (!exterior) return null;
  const orient = (ring: Ring, counterClockwise: boolean) =>
    signedRingArea2(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
  return [orient(exterior, true), ...holes.flatMap((hole) => (hole ? [orient(hole, false)] : []))];
}
