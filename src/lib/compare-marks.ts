import type { ComparisonGroup } from "../domain/membership-compare";

/** The groups the map marks while comparing: the unchanged ones keep their plain colours. */
export type MarkedGroup = Exclude<ComparisonGroup, "unchanged">;
export const MARKED_GROUPS: readonly MarkedGroup[] = ["joined", "left", "changed"];

/**
 * How the map marks each group, readable without colour: joined countries get a solid outline over a
 * dot screen, countries that left a dashed outline over a cross-hatch, a changed status a dotted
 * outline alone. The colours (green, crimson, violet) add to that, never replace it. Dashes are in
 * line widths (MapLibre's `line-dasharray`); the legend and the exported picture draw the same.
 */
export const COMPARE_MARKS: Record<MarkedGroup, { colour: string; dash: readonly number[] | null; pattern: string | null }> = {
  joined: { colour: "#166534", dash: null, pattern: "compare-joined" },
  left: { colour: "#9f1239", dash: [2.5, 1.5], pattern: "compare-left" },
  changed: { colour: "#6d28d9", dash: [0.6, 1.2], pattern: null },
};

/** The patterns' tile, in CSS pixels: small enough to read as a texture at world zoom. */
const PATTERN_SIZE = 8;
/** The patterns' opacity (0–255): enough to see, light enough to leave the bloc colour beneath readable. */
const PATTERN_ALPHA = 190;

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A pattern's RGBA pixels on a transparent ground, for `map.addImage` and the exported picture's legend. */
export function comparePattern(group: "joined" | "left"): { width: number; height: number; data: Uint8ClampedArray<ArrayBuffer> } {
  const size = PATTERN_SIZE;
  const data = new Uint8ClampedArray(size * size * 4);
  const [r, g, b] = channels(COMPARE_MARKS[group].colour);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // A 2×2 dot per tile, or both diagonals.
      const on = group === "joined" ? x % size < 2 && y % size < 2 : x === y || x === size - 1 - y;
      if (on) data.set([r, g, b, PATTERN_ALPHA], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}
