/**
 * From what zoom a country's name fits on its shape: the name's box, estimated from its letters, must
 * stay within a little more than the widest circle inside the shape (`labelRoom`, degrees, from the
 * data build). MapLibre evaluates a layer's filter at whole zoom levels, so the answer is one.
 */

/** MapLibre's world is this many CSS pixels wide at zoom 0, and twice as wide at each level. */
const WORLD_PX = 512;
/** The names' size (CSS pixels) by zoom, as [zoom, size] stops interpolated linearly: the layer uses the same. */
export const LABEL_SIZE_STOPS: readonly (readonly [zoom: number, px: number])[] = [
  [2, 11],
  [6, 14],
];
/** Longest line before a name wraps, in ems (the layer's `text-max-width`). */
export const LABEL_MAX_WIDTH_EM = 8;
/** Distance between wrapped lines, in ems (the layer's `text-line-height`). */
export const LABEL_LINE_HEIGHT_EM = 1.2;
/** A letter's width in ems: a little over a sans-serif's average, so that the estimate errs wide. */
const EM_PER_LETTER = 0.6;
/** How far a name may reach from its point, in radii of the circle inside the shape: shapes are wider than that circle. */
const OVERHANG = 2;
/** MapLibre's deepest zoom: a name that does not fit there is never drawn. */
const MAX_ZOOM = 22;

export function labelSizeAt(zoom: number): number {
  const [first, last] = [LABEL_SIZE_STOPS[0], LABEL_SIZE_STOPS.at(-1)];
  if (!first || !last) throw new Error("no label size stops");
  const share = Math.min(Math.max((zoom - first[0]) / (last[0] - first[0]), 0), 1);
  return first[1] + share * (last[1] - first[1]);
}

/** The box a name takes, in ems, wrapped as MapLibre wraps it: into balanced lines of at most LABEL_MAX_WIDTH_EM. */
export function nameBoxEm(name: string): { width: number; height: number } {
  const words = name.split(/\s+/u);
  const total = [...name].length * EM_PER_LETTER;
  const longestWord = Math.max(...words.map((w) => [...w].length * EM_PER_LETTER));
  const lines = words.length > 1 ? Math.ceil(total / LABEL_MAX_WIDTH_EM) : 1;
  return { width: Math.max(longestWord, total / lines), height: lines * LABEL_LINE_HEIGHT_EM };
}

/** The first whole zoom at which `name` fits around its point, given the room there (degrees); null if none. */
export function labelMinZoom(name: string, room: number): number | null {
  const box = nameBoxEm(name);
  for (let zoom = 0; zoom <= MAX_ZOOM; zoom++) {
    const reach = OVERHANG * room * ((WORLD_PX * 2 ** zoom) / 360);
    const size = labelSizeAt(zoom);
    if ((box.width * size) / 2 <= reach && (box.height * size) / 2 <= reach) return zoom;
  }
  return null;
}
