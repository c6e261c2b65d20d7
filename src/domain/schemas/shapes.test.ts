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

const ALWAYS = [[null, null]];

function shape(iso3: string, id = iso3, spans: unknown = ALWAYS) {
  return { type: "Feature", properties: { id, iso3, spans }, geometry: { type: "Polygon", coordinates: square } };
}

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join("."));
}

describe("countriesSchema", () => {
  it("accepts polygons keyed by alpha-3 codes, several shapes of one country on different dates", () => {
    const features = [shape("FRA"), shape("XKK"), shape("DEU", "DEU", [["1990-10-03", null]]), shape("DEU", "DEU@start", [[null, "1990-10-03"]])];
    expect(countriesSchema.safeParse({ type: "FeatureCollection", features }).success).toBe(true);
  });

  it("names the field of a bad code, a repeated id or a malformed span", () => {
    const features = [shape("FRA"), shape("fr"), shape("FRA"), shape("DEU", "DEU", [["1990-10-3", null]])];
    expect(issuePaths(countriesSchema.safeParse({ type: "FeatureCollection", features }))).toEqual([
      "features.1.properties.iso3",
      "features.3.properties.spans.0.0",
      "features.2.properties.id",
    ]);
  });

  it("rejects a geometry that is not an area", () => {
    const line = { type: "Feature", properties: { id: "FRA", iso3: "FRA", spans: ALWAYS }, geometry: { type: "LineString", coordinates: [] } };
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

  const luxembourg = { id: "LUX", iso3: "LUX", spans: ALWAYS, areaKm2: 2614, small: true, labelRoom: 0.18 };

  it("accepts a marker with its area, size flag and label room", () => {
    expect(countryPointsSchema.safeParse(point(luxembourg)).success).toBe(true);
  });

  it("names a missing flag, a negative room and a malformed position", () => {
    expect(issuePaths(countryPointsSchema.safeParse(point({ ...luxembourg, small: undefined })))).toEqual([
      "features.0.properties.small",
    ]);
    expect(issuePaths(countryPointsSchema.safeParse(point({ ...luxembourg, labelRoom: -1 })))).toEqual([
      "features.0.properties.labelRoom",
    ]);
    expect(issuePaths(countryPointsSchema.safeParse(point(luxembourg, [6.1])))).toEqual([
      "features.0.geometry",
    ]);
  });
});
