import { describe, expect, it } from "vitest";
import { decodeArcs, simplifyArcs, simplifyLine } from "./shapes-simplify";
import type { LonLat } from "./shapes-planar";

describe("decodeArcs", () => {
  it("undoes TopoJSON's quantization and delta encoding", () => {
    const arcs: [number, number][][] = [
      [
        [10, 20],
        [2, -1],
      ],
    ];
    expect(decodeArcs(arcs, { scale: [0.5, 0.25], translate: [-180, -90] })).toEqual([
      [
        [-175, -85],
        [-174, -85.25],
      ],
    ]);
  });
});

describe("simplifyLine", () => {
  it("drops points closer to the line than the tolerance and keeps the ends and corners", () => {
    const line: LonLat[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 1],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 1],
      [4, 0],
    ]);
  });
});

describe("simplifyArcs", () => {
  it("keeps a small closed arc whole rather than collapse an island", () => {
    const islet: LonLat[] = [
      [0, 0],
      [0.001, 0],
      [0.001, 0.001],
      [0, 0.001],
      [0, 0],
    ];
    expect(simplifyArcs([islet], 0.01)).toEqual([islet]);
  });

  it("measures across ±180° the short way round", () => {
    const crossing: LonLat[] = [
      [179, 0],
      [179.999, 0.001],
      [-179, 0],
    ];
    const [simplified = []] = simplifyArcs([crossing], 0.01);
    expect(simplified).toHaveLength(2);
    expect(simplified[1]?.[0]).toBeCloseTo(181, 9);
  });
});
