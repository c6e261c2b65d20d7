import type { LonLat } from "./shapes-planar";
import { unwrapRing } from "./shapes-antimeridian";

/**
 * Simplifies the topology's arcs rather than each country's rings: a border is one arc shared by
 * both neighbours, so they stay exactly matched (no slivers or gaps), and arc ends (where three
 * countries meet) never move.
 */

export interface ArcTransform {
  scale: [number, number];
  translate: [number, number];
}

/** Quantized, delta-encoded arcs (TopoJSON §2.1.3) to absolute longitude/latitude. */
export function decodeArcs(arcs: readonly (readonly [number, number])[][], transform: ArcTransform | undefined): LonLat[][] {
  if (!transform) return arcs.map((arc) => arc.map(([x, y]): LonLat => [x, y]));
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  return arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): LonLat => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/** Douglas–Peucker: keeps the points that stray more than `tolerance` degrees from the simplified line. */
export function simplifyLine(points: readonly LonLat[], tolerance: number): LonLat[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const spans: [number, number][] = [[0, points.length - 1]];
  for (let span = spans.pop(); span; span = spans.pop()) {
    const [from, to] = span;
    const [ax, ay] = points[from] ?? [0, 0];
    const [bx, by] = points[to] ?? [0, 0];
    const dx = bx - ax;
    const dy = by - ay;
    const length2 = dx * dx + dy * dy;
    let farthest = -1;
    let farthest2 = tolerance * tolerance;
    for (let i = from + 1; i < to; i++) {
      const [px, py] = points[i] ?? [ax, ay];
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
      const d2 = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      if (d2 > farthest2) {
        farthest = i;
        farthest2 = d2;
      }
    }
    if (farthest > 0) {
      keep[farthest] = 1;
      spans.push([from, farthest], [farthest, to]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** A closed arc (an island's whole coast) must keep enough points to stay a ring. */
const MIN_CLOSED_ARC_POINTS = 4;

/**
 * Simplifies every arc. Longitudes are made continuous first so distances are measured the short
 * way round; the rings built from these arcs are unwrapped again afterwards anyway.
 */
export function simplifyArcs(arcs: readonly LonLat[][], tolerance: number): LonLat[][] {
  return arcs.map((arc) => {
    const simplified = simplifyLine(unwrapRing(arc), tolerance);
    const first = simplified[0];
    const last = simplified.at(-1);
    const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
    return closed && simplified.length < MIN_CLOSED_ARC_POINTS ? arc : simplified;
  });
}
