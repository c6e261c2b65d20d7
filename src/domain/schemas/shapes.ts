import { z } from "zod";
import { countryCodeSchema } from "./bloc";

/**
 * The two generated shape files (`countries.geojson`, `country-points.geojson`). Properties are
 * validated; coordinates are only checked for shape, since parsing ~100,000 positions with zod on
 * every page load would cost more than it protects.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

const areaGeometrySchema = z.custom<GeoJSON.Polygon | GeoJSON.MultiPolygon>(
  (g) => isObject(g) && (g["type"] === "Polygon" || g["type"] === "MultiPolygon") && Array.isArray(g["coordinates"]),
  { message: "expected a Polygon or MultiPolygon geometry" },
);

const pointGeometrySchema = z.custom<GeoJSON.Point>(
  (g) =>
    isObject(g) &&
    g["type"] === "Point" &&
    Array.isArray(g["coordinates"]) &&
    g["coordinates"].length === 2 &&
    g["coordinates"].every((n) => typeof n === "number" && Number.isFinite(n)),
  { message: "expected a Point geometry with [longitude, latitude]" },
);

export const countryShapePropertiesSchema = z.object({ iso3: countryCodeSchema });
export type CountryShapeProperties = z.infer<typeof countryShapePropertiesSchema>;

export const countryPointPropertiesSchema = z.object({
  iso3: countryCodeSchema,
  /** Land area in square kilometres. */
  areaKm2: z.number().positive(),
  /** Too small to see or click at world zoom: the map draws a clickable circle for it. */
  small: z.boolean(),
});
export type CountryPointProperties = z.infer<typeof countryPointPropertiesSchema>;

/** MapLibre's `promoteId: "iso3"` needs each code exactly once per file. */
function uniqueCodes<T extends { properties: { iso3: string } }>(features: T[], ctx: z.core.$RefinementCtx<T[]>) {
  const seen = new Set<string>();
  features.forEach((f, i) => {
    if (seen.has(f.properties.iso3)) {
      ctx.addIssue({ code: "custom", message: `duplicate iso3 ${f.properties.iso3}`, path: [i, "properties", "iso3"] });
    }
    seen.add(f.properties.iso3);
  });
}

export const countryShapeSchema = z.object({
  type: z.literal("Feature"),
  properties: countryShapePropertiesSchema,
  geometry: areaGeometrySchema,
});
export type CountryShape = z.infer<typeof countryShapeSchema>;

export const countriesSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(countryShapeSchema).superRefine(uniqueCodes),
});
export type Countries = z.infer<typeof countriesSchema>;

export const countryPointSchema = z.object({
  type: z.literal("Feature"),
  properties: countryPointPropertiesSchema,
  geometry: pointGeometrySchema,
});
export type CountryPoint = z.infer<typeof countryPointSchema>;

export const countryPointsSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(countryPointSchema).superRefine(uniqueCodes),
});
export type CountryPoints = z.infer<typeof countryPointsSchema>;
