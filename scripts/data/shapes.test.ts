import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countryName, isKnownCountry } from "../../src/domain/countries";
import { countriesSchema, countryPointsSchema, type Countries, type CountryPoints } from "../../src/domain/schemas/shapes";
import { pointInPolygon, signedRingArea2, type LonLat } from "./shapes-planar";
import { writeShapes } from "./shapes";
import { readStates } from "./states";

const DATA_DIR = fileURLToPath(new URL("../../data", import.meta.url));

let dir: string;
let countries: Countries;
let points: CountryPoints;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "shapes-"));
  await writeShapes(await readStates(DATA_DIR), dir);
  countries = countriesSchema.parse(JSON.parse(await readFile(join(dir, "countries.geojson"), "utf8")));
  points = countryPointsSchema.parse(JSON.parse(await readFile(join(dir, "country-points.geojson"), "utf8")));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function polygonsOf(id: string): LonLat[][][] {
  const feature = countries.features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(`${id} missing`);
  const g = feature.geometry;
  return (g.type === "Polygon" ? [g.coordinates] : g.coordinates) as LonLat[][][];
}

function pointOf(id: string) {
  const point = points.features.find((f) => f.properties.id === id);
  if (!point) throw new Error(`${id} has no point`);
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

  it("gives every shape a unique id and a known code with a name in both languages", () => {
    const ids = countries.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = [...new Set(countries.features.map((f) => f.properties.iso3))];
    expect(codes.length).toBeGreaterThan(230);
    for (const code of codes) {
      expect(isKnownCountry(code), code).toBe(true);
      expect(countryName(code, "en"), code).not.toBe(code);
      expect(countryName(code, "fr"), code).not.toBe(code);
    }
  });

  it("has one point per shape, in the same order", () => {
    expect(points.features.map((f) => f.properties.id)).toEqual(countries.features.map((f) => f.properties.id));
  });

  it("covers small states and the shapes without a numeric code", () => {
    for (const code of ["LUX", "MNE", "ISL", "MLT", "AND", "XKK", "XSL", "XSG", "CCK", "CXR"]) {
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

  it("gives each point the room a name has: the radius of the widest circle inside the shape", () => {
    const room = (id: string) => pointOf(id).properties.labelRoom;
    expect(room("RUS")).toBeGreaterThan(10);
    expect(room("DEU")).toBeGreaterThan(2);
    // Chile is twice Germany's area but long and thin: half the room.
    expect(room("CHL")).toBeLessThan(room("DEU") / 1.5);
    expect(room("LUX")).toBeLessThan(0.5);
    expect(room("SUN@start")).toBeGreaterThan(room("RUS"));
    for (const point of points.features) expect(point.properties.labelRoom, point.properties.id).toBeGreaterThan(0);
  });

  it("draws countries across the antimeridian without an edge spanning the map", () => {
    for (const code of ["RUS", "FJI", "USA", "ATA", "CAN", "NZL", "KIR"]) expect(widestEdge(code), code).toBeLessThanOrEqual(180);
    for (const feature of countries.features) expect(widestEdge(feature.properties.id), feature.properties.id).toBeLessThan(180);
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
      for (const [exterior = [], ...holes] of polygonsOf(feature.properties.id)) {
        expect(signedRingArea2(exterior), feature.properties.id).toBeGreaterThan(0);
        for (const hole of holes) expect(signedRingArea2(hole), feature.properties.id).toBeLessThan(0);
      }
    }
  });

  it("places every country's point inside its own shape, within [-180, 180)", () => {
    for (const point of points.features) {
      const [lon = NaN, lat = NaN] = point.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThan(180);
      const polygons = polygonsOf(point.properties.id);
      const inside = [0, 360, -360].some((shift) => polygons.some((p) => pointInPolygon([lon + shift, lat], p)));
      expect(inside, point.properties.id).toBe(true);
    }
  });
});

/** Whether the shape contains the point (the shapes keep continuous longitudes, so try the world copies). */
function contains(id: string, [lon, lat]: LonLat): boolean {
  return [0, 360, -360].some((shift) => polygonsOf(id).some((p) => pointInPolygon([lon + shift, lat], p)));
}

function spansOf(id: string) {
  return countries.features.find((f) => f.properties.id === id)?.properties.spans;
}

describe("shapes through time", () => {
  it("splits Germany along the inner-German border, with West Berlin on the western side", () => {
    // Official areas: the GDR 108,179 km², the Federal Republic with West Berlin 248,717 km².
    expect(pointOf("DDR@start").properties.areaKm2).toBeGreaterThan(108_179 * 0.97);
    expect(pointOf("DDR@start").properties.areaKm2).toBeLessThan(108_179 * 1.03);
    expect(pointOf("DEU@start").properties.areaKm2).toBeGreaterThan(248_717 * 0.97);
    expect(pointOf("DEU@start").properties.areaKm2).toBeLessThan(248_717 * 1.03);
    const westBerlin: LonLat = [13.3, 52.5];
    const eastBerlin: LonLat = [13.45, 52.52];
    expect(contains("DEU@start", westBerlin)).toBe(true);
    expect(contains("DDR@start", westBerlin)).toBe(false);
    expect(contains("DDR@start", eastBerlin)).toBe(true);
    expect(contains("DDR@start", [12.37, 51.34])).toBe(true); // Leipzig
    expect(contains("DEU@start", [10.0, 53.55])).toBe(true); // Hamburg
    expect(spansOf("DEU@start")).toEqual([[null, "1990-10-03"]]);
    expect(spansOf("DEU")).toEqual([["1990-10-03", null]]);
  });

  it("builds the Soviet Union from its fifteen republics until 26 December 1991", () => {
    const republics = ["RUS", "UKR", "BLR", "EST", "LVA", "LTU", "MDA", "GEO", "ARM", "AZE", "KAZ", "UZB", "TKM", "KGZ", "TJK"];
    const sum = republics.reduce((total, code) => total + pointOf(code).properties.areaKm2, 0);
    expect(pointOf("SUN@start").properties.areaKm2).toBeCloseTo(sum, -3);
    expect(spansOf("SUN@start")).toEqual([[null, "1991-09-06"]]);
    expect(spansOf("SUN@1991-09-06")).toEqual([["1991-09-06", "1991-12-26"]]);
    expect(spansOf("EST")).toEqual([["1991-09-06", null]]);
    expect(spansOf("UKR")).toEqual([["1991-12-26", null]]);
    // Merged along shared arcs: one ring around Moscow and Kyiv alike, no inner border between them.
    const mainland = polygonsOf("SUN@start").find((p) => pointInPolygon([37.6, 55.75], p));
    expect(mainland && pointInPolygon([30.5, 50.45], mainland)).toBe(true);
  });

  it("draws Crimea in Ukraine at every date and marks it occupied from 2014", () => {
    const simferopol: LonLat = [34.1, 44.95];
    expect(contains("UKR", simferopol)).toBe(true);
    expect(contains("RUS", simferopol)).toBe(false);
    expect(contains("occupation:crimea", simferopol)).toBe(true);
    expect(spansOf("occupation:crimea")).toEqual([["2014-02-27", null]]);
    expect(pointOf("occupation:crimea").properties.areaKm2).toBeGreaterThan(25_000);
  });

  it("draws the Golan Heights in Syria and Northern Cyprus in Cyprus, each marked as occupied", () => {
    const katzrin: LonLat = [35.69, 32.99];
    expect(contains("SYR", katzrin)).toBe(true);
    expect(contains("ISR", katzrin)).toBe(false);
    expect(contains("CYP", [33.36, 35.19])).toBe(true); // North Nicosia
    expect(countries.features.some((f) => f.properties.id === "XNC")).toBe(false);
    expect(spansOf("occupation:northern-cyprus")).toEqual([["1974-07-20", null]]);
  });

  it("cuts French Guiana out of France and Hawaii out of the United States", () => {
    const cayenne: LonLat = [-52.33, 4.92];
    expect(contains("GUF", cayenne)).toBe(true);
    expect(contains("FRA", cayenne)).toBe(false);
    expect(contains("US-HI", [-155.5, 19.6])).toBe(true);
    expect(contains("USA", [-155.5, 19.6])).toBe(false);
    const hawaii = countries.features.find((f) => f.properties.id === "US-HI")?.properties;
    expect(hawaii).toMatchObject({ iso3: "USA", area: "US-HI" });
  });
});
