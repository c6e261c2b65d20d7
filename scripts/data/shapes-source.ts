import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { MultiPolygon, Polygon, Topology } from "topojson-specification";
import { z } from "zod";
import { sphericalAreaKm2 } from "./shapes-area";
import type { LonLat } from "./shapes-planar";
import { decodeArcs, simplifyArcs } from "./shapes-simplify";

/** Natural Earth 1:50m via world-atlas: the smallest scale that still has Luxembourg, Malta, Andorra… */
export const WORLD_ATLAS_FILE = "world-atlas/countries-50m.json";

const positionSchema = z.tuple([z.number(), z.number()]);
const shapeHeader = { id: z.string().optional(), properties: z.object({ name: z.string().min(1) }) };
const geometrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), arcs: z.array(z.array(z.number().int())), ...shapeHeader }),
  z.object({ type: z.literal("MultiPolygon"), arcs: z.array(z.array(z.array(z.number().int()))), ...shapeHeader }),
]);
const topologySchema = z.object({
  type: z.literal("Topology"),
  transform: z.object({ scale: positionSchema, translate: positionSchema }).optional(),
  arcs: z.array(z.array(positionSchema)),
  objects: z.object({
    countries: z.object({ type: z.literal("GeometryCollection"), geometries: z.array(geometrySchema) }),
  }),
});

export interface SourcePolygon {
  /** Built from simplified arcs: exterior first, then holes; stitched across ±180°. */
  rings: LonLat[][];
  /**
   * Measured at full detail: a simplified border along a parallel (49°N) becomes one long
   * great-circle edge on the sphere, which would move ~1% of Canada's area to the United States.
   */
  areaKm2: number;
}

/** One world-atlas shape: its numeric ISO code (absent for Kosovo, Somaliland…), name and polygons. */
export interface SourceShape {
  id: string | undefined;
  name: string;
  polygons: SourcePolygon[];
}

function polygonsOf(topology: Topology, geometry: Polygon | MultiPolygon): LonLat[][][] {
  const polygons =
    geometry.type === "Polygon"
      ? [feature(topology, geometry).geometry.coordinates]
      : feature(topology, geometry).geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(([lon = NaN, lat = NaN]): LonLat => [lon, lat])));
}

/** Reads and checks the world-atlas file, naming it and the offending field when it is not as expected. */
export async function readSourceShapes(simplifyToleranceDeg: number): Promise<SourceShape[]> {
  const path = createRequire(import.meta.url).resolve(WORLD_ATLAS_FILE);
  const parsed = topologySchema.safeParse(JSON.parse(await readFile(path, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue ? `${issue.path.map(String).join(".")}: ${issue.message}` : "not a world-atlas topology"}`);
  }
  const { arcs, transform, objects } = parsed.data;
  const absolute = decodeArcs(arcs, transform);
  const detailed: Topology = { type: "Topology", objects: {}, arcs: absolute };
  const simplified: Topology = { ...detailed, arcs: simplifyArcs(absolute, simplifyToleranceDeg) };
  return objects.countries.geometries.map((geometry) => {
    const label = geometry.properties.name;
    const areas = polygonsOf(detailed, geometry).map((polygon) => sphericalAreaKm2(polygon, label));
    return {
      id: geometry.id,
      name: label,
      polygons: polygonsOf(simplified, geometry).map((rings, i) => ({ rings, areaKm2: areas[i] ?? NaN })),
    };
  });
}
