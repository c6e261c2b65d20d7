import { describe, expect, it } from "vitest";
import { tooltipPosition } from "./tooltip-position";

const FRAME = { width: 400, height: 300 };
const TOOLTIP = { width: 150, height: 50 };

describe("tooltipPosition", () => {
  it("puts the tooltip above the pointer and to its right where there is room", () => {
    const { left, top } = tooltipPosition({ x: 100, y: 200 }, TOOLTIP, FRAME);
    expect(left).toBeGreaterThan(100);
    expect(top + TOOLTIP.height).toBeLessThan(200);
  });

  it("flips to the left at the right edge and below at the top edge", () => {
    expect(tooltipPosition({ x: 380, y: 200 }, TOOLTIP, FRAME).left + TOOLTIP.width).toBeLessThan(380);
    expect(tooltipPosition({ x: 100, y: 20 }, TOOLTIP, FRAME).top).toBeGreaterThan(20);
  });

  it("never covers the pointer nor the cursor's picture below it, and stays in the frame when it fits", () => {
    for (let x = 0; x <= FRAME.width; x += 10) {
      for (let y = 0; y <= FRAME.height; y += 10) {
        const { left, top } = tooltipPosition({ x, y }, TOOLTIP, FRAME);
        const coversCursor = left < x + 16 && left + TOOLTIP.width > x - 8 && top < y + 22 && top + TOOLTIP.height > y;
        expect(coversCursor, `${x},${y}`).toBe(false);
        expect(left, `${x},${y}`).toBeGreaterThanOrEqual(0);
        expect(left + TOOLTIP.width, `${x},${y}`).toBeLessThanOrEqual(FRAME.width);
      }
    }
  });
});
