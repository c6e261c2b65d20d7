import * as z from "zod/mini";
import { countryCodeSchema } from "./bloc";
import { isoDaySchema } from "./iso-day";

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

/** `[from, to)`: the first day a shape is drawn and the first day it no longer is; null is open-ended. */
const spanSchema = z.tuple([z.nullable(isoDaySchema), z.nullable(isoDaySchema)]);

export const countryShapePropertiesSchema = z.object({
  /** Unique per shape (MapLibre's feature id): the code, or `SUN@start`, `DEU@start`, `occupation:crimea`. */
  id: z.string().check(z.minLength(1)),
  /** The country a click opens and whose membership colours the shape. */
  iso3: countryCodeSchema,
  /** The territory or region the shape is, when it is not its country's own (US-HI within USA). */
  area: z.optional(z.string()),
  /** Marks an occupied area, drawn over the country that holds it by right. */
  occupation: z.optional(z.string()),
  /** When the shape is drawn. */
  spans: z.array(spanSchema).check(z.minLength(1)),
  /** Set when `spans` is not "always": a former state, a state before or after a border change. */
  dated: z.optional(z.literal(true)),
});
export type CountryShapeProperties = z.infer<typeof countryShapePropertiesSchema>;

export const countryPointPropertiesSchema = z.extend(countryShapePropertiesSchema, {
  /** Land area in square kilometres. */
  areaKm2: z.number().check(z.positive()),
  /** Too small to see or click at world zoom: the map draws a clickable circle for it. */
  small: z.boolean(),
  /** Degrees from the point to the nearest edge of its polygon: the room a name has there. */
  labelRoom: z.number().check(z.nonnegative()),
});
export type CountryPointProperties = z.infer<typeof countryPointPropertiesSchema>;

/** MapLibre's `promoteId: "id"` needs each id exactly once per file. */
function uniqueCodes<T extends { properties: { id: string } }>(features: T[], ctx: z.core.$RefinementCtx<T[]>) {
  const seen = new Set<string>();
  features.forEach((f, i) => {
    if (seen.has(f.properties.id)) {
      ctx.addIssue({ code: "custom", message: `duplicate id ${f.properties.id}`, path: [i, "properties", "id"] });
    }
    seen.add(f.properties.id);
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
  features: z.array(countryShapeSchema).check(z.superRefine(uniqueCodes)),
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
  features: z.array(countryPointSchema).check(z.superRefine(uniqueCodes)),
});
export type CountryPoints = z.infer<typeof countryPointsSchema>;
