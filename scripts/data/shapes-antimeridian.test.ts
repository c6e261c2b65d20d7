import { describe, expect, it } from "vitest";
import { toPlanarPolygon, unwrapRing } from "./shapes-antimeridian";
import { roundPolygon, signedRingArea2, type LonLat, type Ring } from "./shapes-planar";

function widestEdge(ring: readonly LonLat[]): number {
  return Math.max(...ring.slice(1).map(([lon], i) => Math.abs(lon - (ring[i]?.[0] ?? lon))));
}

/** An island straddling the antimeridian, as world-atlas stitches it. */
const straddling: Ring = [
  [178, -16],
  [-178, -16],
  [-178, -18],
  [178, -18],
  [178, -16],
];

/** A coast going once round the South Pole, plus the stitching cap world-atlas puts first. */
const polarCap: Ring = [
  [-180, -89.999],
  [-90, -89.999],
  [0, -89.999],
  [90, -89.999],
  [180, -89.999],
];
const coast: Ring = [
  [0, -70],
  [60, -68],
  [120, -66],
  [179, -65],
  [-179, -65],
  [-120, -72],
  [-60, -75],
  [0, -70],
];

describe("unwrapRing", () => {
  it("makes longitudes continuous across ±180°", () => {
    expect(unwrapRing(straddling)).toEqual([
      [178, -16],
      [182, -16],
      [182, -18],
      [178, -18],
      [178, -16],
    ]);
  });
});

describe("toPlanarPolygon", () => {
  it("leaves an ordinary polygon as it is", () => {
    const square: Ring = [
      [10, 10],
      [11, 10],
      [11, 11],
      [10, 10],
    ];
    expect(toPlanarPolygon([square], "test")).toEqual([square]);
  });

  it("keeps a hole with its exterior when both straddle ±180°", () => {
    const hole: Ring = [
      [-179.5, -16.5],
      [179.5, -16.5],
      [179.5, -17.5],
      [-179.5, -17.5],
      [-179.5, -16.5],
    ];
    const [exterior = [], inner = []] = toPlanarPolygon([straddling, hole], "test");
    expect(widestEdge(exterior)).toBeLessThanOrEqual(180);
    expect(widestEdge(inner)).toBeLessThanOrEqual(180);
    const outer = exterior.map(([lon]) => lon);
    const lons = inner.map(([lon]) => lon);
    expect(Math.min(...lons)).toBeGreaterThan(Math.min(...outer));
    expect(Math.max(...lons)).toBeLessThan(Math.max(...outer));
  });

  it("closes a ring round the South Pole along -90°, dropping the stitching cap", () => {
    const polygon = toPlanarPolygon([polarCap, coast], "test");
    expect(polygon).toHaveLength(1);
    const [exterior = []] = polygon;
    expect(widestEdge(exterior)).toBeLessThanOrEqual(90);
    const lons = exterior.map(([lon]) => lon);
    expect(Math.min(...lons)).toBe(-179);
    expect(Math.max(...lons)).toBe(181);
    expect(exterior.filter(([, lat]) => lat === -90).length).toBeGreaterThanOrEqual(4);
    expect(exterior.at(-1)).toEqual(exterior[0]);
  });

  it("gives the polar polygon the land side once oriented", () => {
    const [exterior = []] = roundPolygon(toPlanarPolygon([polarCap, coast], "test"), 3) ?? [];
    expect(signedRingArea2(exterior)).toBeGreaterThan(0);
    // The land between the coast (~-70°) and the pole: about 360° × 20° of the planar map.
    expect(signedRingArea2(exterior) / 2).toBeGreaterThan(360 * 15);
  });

  it("refuses a polygon with two rings round a pole rather than guess", () => {
    expect(() => toPlanarPolygon([coast, coast], "test")).toThrow(/more than one ring/);
  });
});
