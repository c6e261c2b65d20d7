import { describe, expect, it } from "vitest";
import { countriesSchema, countryPointsSchema } from "./shapes";

const square = [
  [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 0],
  ],
];

function shape(iso3: string) {
  return { type: "Feature", properties: { iso3 }, geometry: { type: "Polygon", coordinates: square } };
}

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join("."));
}

describe("countriesSchema", () => {
  it("accepts polygons keyed by alpha-3 codes", () => {
    expect(countriesSchema.safeParse({ type: "FeatureCollection", features: [shape("FRA"), shape("XKK")] }).success).toBe(
      true,
    );
  });

  it("names the field of a bad code or a repeated one", () => {
    const result = countriesSchema.safeParse({ type: "FeatureCollection", features: [shape("FRA"), shape("fr"), shape("FRA")] });
    expect(issuePaths(result)).toEqual(["features.1.properties.iso3", "features.2.properties.iso3"]);
  });

  it("rejects a geometry that is not an area", () => {
    const line = { type: "Feature", properties: { iso3: "FRA" }, geometry: { type: "LineString", coordinates: [] } };
    expect(issuePaths(countriesSchema.safeParse({ type: "FeatureCollection", features: [line] }))).toEqual([
      "features.0.geometry",
    ]);
  });
});

describe("countryPointsSchema", () => {
  const point = (properties: object, coordinates: unknown = [6.1, 49.7]) => ({
    type: "FeatureCollection",
    features: [{ type: "Feature", properties, geometry: { type: "Point", coordinates } }],
  });

  it("accepts a marker with its area and size flag", () => {
    expect(countryPointsSchema.safeParse(point({ iso3: "LUX", areaKm2: 2614, small: true })).success).toBe(true);
  });

  it("names a missing flag and a malformed position", () => {
    expect(issuePaths(countryPointsSchema.safeParse(point({ iso3: "LUX", areaKm2: 2614 })))).toEqual([
      "features.0.properties.small",
    ]);
    expect(issuePaths(countryPointsSchema.safeParse(point({ iso3: "LUX", areaKm2: 2614, small: true }, [6.1])))).toEqual([
      "features.0.geometry",
    ]);
  });
});
