import { signedDistanceToPolygon, type LonLat, type PolygonRings } from "./shapes-planar";

/**
 * The pole of inaccessibility: the point inside a polygon farthest from its edges (after Mapbox's
 * polylabel, ISC). Unlike a centroid it is always inside — a crescent or an archipelago's centroid
 * can fall in the sea or a neighbour — and it sits where a marker or label has most room.
 */

/** Search precision as a fraction of the polygon's smaller side: fine enough for a marker. */
const RELATIVE_PRECISION = 0.005;

interface Cell {
  x: number;
  y: number;
  half: number;
  distance: number;
  /** The best distance any point of the cell could reach. */
  potential: number;
}

function makeCell(x: number, y: number, half: number, polygon: PolygonRings): Cell {
  const distance = signedDistanceToPolygon([x, y], polygon);
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/** A max-heap on `potential`, so the most promising cell is searched first. */
class CellQueue {
  private readonly cells: Cell[] = [];
  get size(): number {
    return this.cells.length;
  }
  push(cell: Cell): void {
    const cells = this.cells;
    cells.push(cell);
    for (let i = cells.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      const [up, down] = [cells[parent], cells[i]];
      if (!up || !down || up.potential >= down.potential) break;
      [cells[parent], cells[i]] = [down, up];
      i = parent;
    }
  }
  pop(): Cell | undefined {
    const cells = this.cells;
    const top = cells[0];
    const last = cells.pop();
    if (!top || !last || cells.length === 0) return top;
    cells[0] = last;
    for (let i = 0; ; ) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let largest = i;
      if ((cells[left]?.potential ?? -Infinity) > (cells[largest]?.potential ?? -Infinity)) largest = left;
      if ((cells[right]?.potential ?? -Infinity) > (cells[largest]?.potential ?? -Infinity)) largest = right;
      const [a, b] = [cells[i], cells[largest]];
      if (largest === i || !a || !b) break;
      [cells[i], cells[largest]] = [b, a];
      i = largest;
    }
    return top;
  }
}

function bounds(ring: readonly LonLat[]): { minX: number; minY: number; maxX: number; maxY: number } {
  const xs = ring.map(([x]) => x);
  const ys = ring.map(([, y]) => y);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

/** Where a label goes, and how much room it has there. */
export interface LabelPlace {
  point: LonLat;
  /** Distance from the point to the polygon's nearest edge (degrees): the radius of the largest circle inside. */
  room: number;
}

export function labelPoint(polygon: PolygonRings): LabelPlace {
  const { minX, minY, maxX, maxY } = bounds(polygon[0] ?? []);
  const size = Math.min(maxX - minX, maxY - minY);
  const precision = size * RELATIVE_PRECISION;
  const queue = new CellQueue();
  if (size > 0) {
    for (let x = minX; x < maxX; x += size) {
      for (let y = minY; y < maxY; y += size) queue.push(makeCell(x + size / 2, y + size / 2, size / 2, polygon));
    }
  }
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0, polygon);
  for (let cell = queue.pop(); cell; cell = queue.pop()) {
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precision) continue;
    const half = cell.half / 2;
    for (const [dx, dy] of [[-1, -1], [1, -1], [-1, 1], [1, 1]] as const) {
      queue.push(makeCell(cell.x + dx * half, cell.y + dy * half, half, polygon));
    }
  }
  return { point: [best.x, best.y], room: Math.max(best.distance, 0) };
}
