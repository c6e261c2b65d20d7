import * as clipping from "polygon-clipping";
import { sphericalAreaKm2 } from "./shapes-area";
import type { LonLat } from "./shapes-planar";

/**
 * Polygon clipping in longitude/latitude (planar), for the few shapes the map cuts apart along a
 * historical line (the inner-German border, the two Yemens, the Golan Heights). The cut lines come
 * from other sources than world-atlas, so the two never match to the last metre: pieces left thinner
 * than a sliver along the other part are handed to it instead of being drawn as specks.
 */

// The package's ES build exports one default object; its typings declare named functions.
const { intersection, difference, union } = (clipping as unknown as { default?: typeof clipping }).default ?? clipping;

export type ClipPolygon = LonLat[][];

/** A piece smaller than this (km²) that touches the other part is a sliver of a mismatched line. */
export const SLIVER_MAX_KM2 = 200;
/** "Touches": a vertex within this many degrees (~2 km) of the other part's outline. */
const TOUCH_DEG = 0.02;

function areaOf(polygon: ClipPolygon, label: string): number {
  // polygon-clipping winds exteriors counter-clockwise; d3 (sphericalAreaKm2) expects clockwise.
  return sphericalAreaKm2(polygon.map((ring) => [...ring].reverse()), label);
}

function touches(piece: ClipPolygon, other: readonly ClipPolygon[]): boolean {
  const outline = other.flatMap((polygon) => polygon.flat());
  return (piece[0] ?? []).some(([x, y]) => outline.some(([ox, oy]) => Math.abs(ox - x) < TOUCH_DEG && Math.abs(oy - y) < TOUCH_DEG));
}

/** Splits `polygons` by `cutter` into what lies inside and outside it, slivers going to the side they touch. */
export function splitBy(
  polygons: readonly ClipPolygon[],
  cutter: readonly ClipPolygon[],
  label: string,
): { inside: ClipPolygon[]; outside: ClipPolygon[] } {
  const subject = polygons.map((p) => p.map((ring) => ring.map(([x, y]): [number, number] => [x, y])));
  const clip = cutter.map((p) => p.map((ring) => ring.map(([x, y]): [number, number] => [x, y])));
  let inside: ClipPolygon[] = intersection(subject, clip);
  let outside: ClipPolygon[] = difference(subject, clip);
  const isSliver = (piece: ClipPolygon, other: ClipPolygon[]) => areaOf(piece, label) < SLIVER_MAX_KM2 && touches(piece, other);
  const fromOutside = outside.filter((piece) => isSliver(piece, inside));
  const fromInside = inside.filter((piece) => isSliver(piece, outside));
  if (fromOutside.length > 0 || fromInside.length > 0) {
    const keptInside = inside.filter((piece) => !fromInside.includes(piece));
    const keptOutside = outside.filter((piece) => !fromOutside.includes(piece));
    inside = fromOutside.length > 0 ? union(keptInside, ...fromOutside) : keptInside;
    outside = fromInside.length > 0 ? union(keptOutside, ...fromInside) : keptOutside;
  }
  return { inside, outside };
}

/** The union of polygon sets (Syria with the Golan Heights it is drawn with). */
export function unionOf(...sets: readonly (readonly ClipPolygon[])[]): ClipPolygon[] {
  const [first = [], ...rest] = sets.map((set) => set.map((p) => p.map((ring) => ring.map(([x, y]): [number, number] => [x, y]))));
  return union(first, ...rest);
}

/** Area on the sphere of a clipped polygon, in km². */
export function clippedAreaKm2(polygon: ClipPolygon, label: string): number {
  return areaOf(polygon, label);
}
