import { describe, expect, it } from "vitest";
import { labelPoint } from "./shapes-label-point";
import { pointInPolygon, type Ring } from "./shapes-planar";

describe("labelPoint", () => {
  it("finds a point inside a C shape whose centroid is outside", () => {
    const cShape: Ring = [
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 8],
      [10, 8],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    expect(pointInPolygon([5, 5], [cShape])).toBe(false);
    const { point } = labelPoint([cShape]);
    expect(pointInPolygon(point, [cShape])).toBe(true);
    // The thick spine of the C is where a marker has room.
    expect(point[0]).toBeLessThan(2);
  });

  it("avoids a hole", () => {
    const square: Ring = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const hole: Ring = [
      [3, 3],
      [3, 7],
      [7, 7],
      [7, 3],
      [3, 3],
    ];
    const { point } = labelPoint([square, hole]);
    expect(pointInPolygon(point, [square, hole])).toBe(true);
  });

  it("measures the room around the point: the distance to the nearest edge", () => {
    const { point, room } = labelPoint([[[0, 0], [10, 0], [10, 4], [0, 4], [0, 0]]]);
    // A 10 × 4 rectangle: the widest circle inside has radius 2, on the long axis.
    expect(point[1]).toBeCloseTo(2, 1);
    expect(room).toBeCloseTo(2, 1);
  });
});
