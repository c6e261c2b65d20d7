import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countryName, isKnownCountry } from "../../src/domain/countries";
import { countriesSchema, countryPointsSchema, type Countries, type CountryPoints } from "../../src/domain/schemas/shapes";
import { pointInPolygon, signedRingArea2, type LonLat } from "./shapes-planar";
import { writeShapes } from "./shapes";

let dir: string;
let countries: Countries;
let points: CountryPoints;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "shapes-"));
  await writeShapes(dir);
  countries = countriesSchema.parse(JSON.parse(await readFile(join(dir, "countries.geojson"), "utf8")));
  points = countryPointsSchema.parse(JSON.parse(await readFile(join(dir, "country-points.geojson"), "utf8")));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function polygonsOf(iso3: string): LonLat[][][] {
  const feature = countries.features.find((f) => f.properties.iso3 === iso3);
  if (!feature) throw new Error(`${iso3} missing`);
  const g = feature.geometry;
  return (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as LonLat[][][];
}

function pointOf(iso3: string) {
  const point = points.features.find((f) => f.properties.iso3 === iso3);
  if (!point) throw new Error(`${iso3} has no point`);
  return point;
}

/** The widest longitude jump between consecutive points of any ring of the country. */
function widestEdge(iso3: string): number {
  let widest = 0;
  for (const ring of polygonsOf(iso3).flat()) {
    ring.forEach(([lon], i) => {
      const previous = ring[i - 1];
      if (previous) widest = Math.max(widest, Math.abs(lon - previous[0]));
    });
  }
  return widest;
}

describe("writeShapes", () => {
  it("writes only the two files, leaving no temporary file behind", async () => {
    expect((await readdir(dir)).sort()).toEqual(["countries.geojson", "country-points.geojson"]);
  });

  it("gives every shape a unique, known code with a name in both languages", () => {
    const codes = countries.features.map((f) => f.properties.iso3);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(230);
    for (const code of codes) {
      expect(isKnownCountry(code), code).toBe(true);
      expect(countryName(code, "en"), code).not.toBe(code);
      expect(countryName(code, "fr"), code).not.toBe(code);
    }
  });

  it("has one point per shape, in the same order", () => {
    expect(points.features.map((f) => f.properties.iso3)).toEqual(countries.features.map((f) => f.properties.iso3));
  });

  it("covers small states and the shapes without a numeric code", () => {
    for (const code of ["LUX", "MNE", "ISL", "MLT", "AND", "XKK", "XNC", "XSL", "XSG", "CCK", "CXR"]) {
      expect(() => polygonsOf(code), code).not.toThrow();
    }
  });

  it("flags countries too small to click at world zoom", () => {
    expect(pointOf("LUX").properties.small).toBe(true);
    expect(pointOf("MNE").properties.small).toBe(true);
    expect(pointOf("MLT").properties.small).toBe(true);
    expect(pointOf("ISL").properties.small).toBe(false);
    expect(pointOf("DEU").properties.small).toBe(false);
  });

  it("measures areas on the sphere", () => {
    // Official figures: Germany 357,588 km², Iceland 103,000 km², Luxembourg 2,586 km².
    expect(pointOf("DEU").properties.areaKm2).toBeGreaterThan(357_588 * 0.97);
    expect(pointOf("DEU").properties.areaKm2).toBeLessThan(357_588 * 1.03);
    expect(pointOf("ISL").properties.areaKm2).toBeGreaterThan(103_000 * 0.95);
    expect(pointOf("LUX").properties.areaKm2).toBeLessThan(2_586 * 1.05);
    expect(pointOf("RUS").properties.areaKm2).toBeGreaterThan(16_000_000);
    // At full detail: simplifying the 49th-parallel border first would hand Canadian area to the US.
    expect(pointOf("CAN").properties.areaKm2).toBeGreaterThan(pointOf("USA").properties.areaKm2 * 1.03);
  });

  it("draws countries across the antimeridian without an edge spanning the map", () => {
    for (const code of ["RUS", "FJI", "USA", "ATA", "CAN", "NZL", "KIR"]) expect(widestEdge(code), code).toBeLessThanOrEqual(180);
    for (const feature of countries.features) expect(widestEdge(feature.properties.iso3)).toBeLessThan(180);
  });

  it("keeps Chukotka continuous with the rest of Russia, past +180°", () => {
    const russia = polygonsOf("RUS");
    const mainland = russia.reduce((a, b) => ((a[0]?.length ?? 0) >= (b[0]?.length ?? 0) ? a : b));
    const lons = (mainland[0] ?? []).map(([lon]) => lon);
    expect(Math.max(...lons)).toBeGreaterThan(185);
    expect(Math.min(...lons)).toBeGreaterThan(0);
  });

  it("closes Antarctica along the South Pole across exactly one world width", () => {
    const [exterior = []] = polygonsOf("ATA").reduce((a, b) => ((a[0]?.length ?? 0) >= (b[0]?.length ?? 0) ? a : b));
    const lons = exterior.map(([lon]) => lon);
    expect(Math.min(...lons)).toBe(-180);
    expect(Math.max(...lons)).toBe(180);
    const atPole = exterior.filter(([, lat]) => lat === -90);
    expect(atPole.length).toBeGreaterThanOrEqual(3);
    // The coast itself never reaches the pole: only the closing run does, so no spike towards it.
    expect(exterior.filter(([, lat]) => lat < -86 && lat !== -90)).toEqual([]);
  });

  it("winds exteriors counter-clockwise and holes clockwise (RFC 7946)", () => {
    for (const feature of countries.features) {
      for (const [exterior = [], ...holes] of polygonsOf(feature.properties.iso3)) {
        expect(signedRingArea2(exterior), feature.properties.iso3).toBeGreaterThan(0);
        for (const hole of holes) expect(signedRingArea2(hole), feature.properties.iso3).toBeLessThan(0);
      }
    }
  });

  it("places every country's point inside its own shape, within [-180, 180)", () => {
    for (const point of points.features) {
      const [lon = NaN, lat = NaN] = point.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThan(180);
      const polygons = polygonsOf(point.properties.iso3);
      const inside = [0, 360, -360].some((shift) => polygons.some((p) => pointInPolygon([lon + shift, lat], p)));
      expect(inside, point.properties.iso3).toBe(true);
    }
  });
});
