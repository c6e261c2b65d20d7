/** Room between the pointer's hot spot and the tooltip (CSS pixels). */
const GAP = 12;
/** The cursor's picture hangs below its hot spot (an arrow or a hand, about 20 px): a tooltip below it starts lower. */
const CURSOR_HEIGHT = 24;

interface Size {
  width: number;
  height: number;
}

/**
 * Where the tooltip goes in the map's frame: above the pointer and to its right, to its left where
 * the right edge would cut it, below the cursor's picture where the top edge would. Always wholly above
 * or below the pointer, so it never hides the pointer or what is under it.
 */
export function tooltipPosition(pointer: { x: number; y: number }, tooltip: Size, frame: Size): { left: number; top: number } {
  const [right, left] = [pointer.x + GAP, pointer.x - GAP - tooltip.width];
  // Wider than either side: kept in the frame on the right, still clear of the pointer above or below it.
  const x = right + tooltip.width <= frame.width || left < 0 ? Math.max(Math.min(right, frame.width - tooltip.width), 0) : left;
  const above = pointer.y - GAP - tooltip.height;
  return { left: x, top: above >= 0 ? above : pointer.y + CURSOR_HEIGHT };
}
