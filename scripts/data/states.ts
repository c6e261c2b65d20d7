import { mkdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import {
  formerStateSchema,
  occupationSchema,
  statePeriodSchema,
  territorySchema,
  type StatesFile,
} from "../../src/domain/schemas/states";
import { appStatesSchema, toAppStates } from "../../src/domain/schemas/app-states";
import { writeFileAtomic } from "../../src/pipeline/corpus/atomic-write";
import { check, displayPath, readJsonFile } from "./data-files";
import type { ClipPolygon } from "./shapes-clip";

/**
 * `data/states/`: the states the map draws through time (`periods.json`), the territories held against
 * the UN's position (`occupations.json`), the territories of states (`territories.json`), and the
 * historical lines the map cuts today's shapes with (`borders/NAME.geojson`). See its README.
 */
export interface StatesData {
  file: StatesFile;
  /** Each border file's polygons, by name. */
  borders: ReadonlyMap<string, ClipPolygon[]>;
}

const periodsFileSchema = z.object({ formerStates: z.array(formerStateSchema), periods: z.array(statePeriodSchema) });
const occupationsFileSchema = z.object({ occupations: z.array(occupationSchema) });
const territoriesFileSchema = z.object({ territories: z.array(territorySchema) });

const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const polygonSchema = z.array(z.array(positionSchema).min(4, "a ring needs at least four positions")).min(1);
const borderFileSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z
    .array(
      z.object({
        type: z.literal("Feature"),
        geometry: z.discriminatedUnion("type", [
          z.object({ type: z.literal("Polygon"), coordinates: polygonSchema }),
          z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(polygonSchema).min(1) }),
        ]),
      }),
    )
    .min(1),
});

/** The border files the data refers to: split recipes and clipped occupations. */
function borderNames(file: StatesFile): Set<string> {
  const names = new Set<string>();
  for (const period of file.periods) if ("split" in period.shape) names.add(period.shape.split.border);
  for (const occupation of file.occupations) if ("clipOf" in occupation.area) names.add(occupation.area.border);
  return names;
}

async function readBorder(file: string): Promise<ClipPolygon[]> {
  const collection = check(file, borderFileSchema, await readJsonFile(file));
  return collection.features.flatMap(({ geometry }) =>
    geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates,
  );
}

/** Checks that every code a period, occupation or territory names once is named the same way everywhere. */
function checkConsistency(dir: string, file: StatesFile): void {
  const former = new Set(file.formerStates.map((s) => s.code));
  if (former.size !== file.formerStates.length) throw new Error(`${displayPath(path.join(dir, "periods.json"))}: formerStates: a code is listed twice`);
  const territories = new Set<string>();
  file.territories.forEach((territory, i) => {
    if (territories.has(territory.code)) {
      throw new Error(`${displayPath(path.join(dir, "territories.json"))}: territories.${i}.code: ${territory.code} is listed twice`);
    }
    territories.add(territory.code);
  });
  const ids = new Set<string>();
  file.occupations.forEach((occupation, i) => {
    if (ids.has(occupation.id)) throw new Error(`${displayPath(path.join(dir, "occupations.json"))}: occupations.${i}.id: ${occupation.id} is listed twice`);
    ids.add(occupation.id);
  });
}

/** Reads and checks `<dataDir>/states/`, naming the file and the field of any problem. */
export async function readStates(dataDir: string): Promise<StatesData> {
  const dir = path.join(dataDir, "states");
  const periodsFile = path.join(dir, "periods.json");
  const occupationsFile = path.join(dir, "occupations.json");
  const territoriesFile = path.join(dir, "territories.json");
  const [periods, occupations, territories] = await Promise.all([
    readJsonFile(periodsFile).then((json) => check(periodsFile, periodsFileSchema, json)),
    readJsonFile(occupationsFile).then((json) => check(occupationsFile, occupationsFileSchema, json)),
    readJsonFile(territoriesFile).then((json) => check(territoriesFile, territoriesFileSchema, json)),
  ]);
  const file: StatesFile = { ...periods, ...occupations, ...territories };
  checkConsistency(dir, file);
  const names = [...borderNames(file)].sort();
  const borders = await Promise.all(names.map((name) => readBorder(path.join(dir, "borders", `${name}.geojson`))));
  return { file, borders: new Map(names.map((name, i) => [name, borders[i] ?? []])) };
}

/** Writes `<outDir>/states.json` (what the app loads) atomically; the recipes and border lines stay at build time. */
export async function writeStates(states: StatesData, outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await writeFileAtomic(path.join(outDir, "states.json"), JSON.stringify(appStatesSchema.parse(toAppStates(states.file))));
}
