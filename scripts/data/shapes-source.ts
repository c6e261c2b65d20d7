import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { feature, merge } from "topojson-client";
import type { MultiPolygon, Topology } from "topojson-specification";
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

/** One polygon as the topology holds it: rings of arc indexes (negative: the arc reversed). */
export type ArcPolygon = number[][];

/** One world-atlas shape: its numeric ISO code (absent for Kosovo, Somaliland…), name and polygons. */
export interface SourceShape {
  id: string | undefined;
  name: string;
  polygons: ArcPolygon[];
}

/**
 * The world-atlas topology twice, with the same arcs at full detail and simplified, so shapes can be
 * merged along their shared borders (no seam between the Soviet republics) and measured at full detail.
 */
export interface SourceTopology {
  detailed: Topology;
  simplified: Topology;
  shapes: SourceShape[];
}

/**
 * The union of arc polygons as source polygons: shared arcs dissolve, so merging Ukraine with
 * Crimea or the fifteen Soviet republics leaves no inner border.
 */
export function mergePolygons(topology: SourceTopology, polygons: readonly ArcPolygon[], label: string): SourcePolygon[] {
  const geometry: MultiPolygon = { type: "MultiPolygon", arcs: polygons.map((p) => p.map((ring) => [...ring])) };
  const simplified = merge(topology.simplified, [geometry]).coordinates;
  const detailed = merge(topology.detailed, [geometry]).coordinates;
  if (simplified.length !== detailed.length) throw new Error(`${label}: merging gave different polygons at full detail`);
  return simplified.map((rings, i) => ({
    rings: rings.map((ring) => ring.map(([lon = NaN, lat = NaN]): LonLat => [lon, lat])),
    areaKm2: sphericalAreaKm2(
      (detailed[i] ?? []).map((ring) => ring.map(([lon = NaN, lat = NaN]): LonLat => [lon, lat])),
      label,
    ),
  }));
}

/** Reads and checks the world-atlas file, naming it and the offending field when it is not as expected. */
export async function readSourceTopology(simplifyToleranceDeg: number): Promise<SourceTopology> {
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
  return {
    detailed,
    simplified,
    shapes: objects.countries.geometries.map((geometry) => ({
      id: geometry.id,
      name: geometry.properties.name,
      polygons: geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs,
    })),
  };
}

/** The simplified rings of one arc polygon, to find where it lies. */
export function ringsOf(topology: SourceTopology, polygon: ArcPolygon): LonLat[][] {
  return feature(topology.simplified, { type: "Polygon", arcs: polygon }).geometry.coordinates.map((ring) =>
    ring.map(([lon = NaN, lat = NaN]): LonLat => [lon, lat]),
  );
}
