import { describe, expect, it } from "vitest";
import type { CountryShape } from "../../domain/schemas/shapes";
import { countryBounds } from "./country-bounds";

const square = (id: string, iso3: string, west: number, south: number, size: number, extra: Partial<CountryShape["properties"]> = {}): CountryShape => ({
  type: "Feature",
  properties: { id, iso3, spans: [[null, null]], ...extra },
  geometry: {
    type: "Polygon",
    coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]],
  },
});

describe("countryBounds", () => {
  it("boxes a country's own shapes, not its territories or the areas it occupies", () => {
    const shapes = [
      square("FRA", "FRA", -5, 42, 13),
      square("FRA-GF", "FRA", -54, 2, 3, { area: "FRA-GF" }),
      square("occupation:x", "FRA", 20, 20, 5, { occupation: "x" }),
      square("DEU", "DEU", 6, 47, 9),
    ];
    expect(countryBounds(shapes, "FRA", "2024-01-01")).toEqual([-5, 42, 8, 55]);
  });

  it("takes the shapes drawn on the date only", () => {
    const shapes = [square("DEU@start", "DEU", 6, 47, 6, { spans: [[null, "1990-10-03"]] }), square("DEU", "DEU", 6, 47, 9, { spans: [["1990-10-03", null]] })];
    expect(countryBounds(shapes, "DEU", "1980-01-01")).toEqual([6, 47, 12, 53]);
    expect(countryBounds(shapes, "DEU", "2000-01-01")).toEqual([6, 47, 15, 56]);
    expect(countryBounds(shapes, "SUN", "2000-01-01")).toBeNull();
  });

  it("boxes a country cut at the antimeridian across it, not around the world", () => {
    const shapes = [square("RUS-a", "RUS", 170, 60, 10), square("RUS-b", "RUS", -180, 60, 10), square("RUS-c", "RUS", 30, 50, 20)];
    expect(countryBounds(shapes, "RUS", "2024-01-01")).toEqual([30, 50, 190, 70]);
  });
});
