import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { check, displayPath, readJsonFile } from "./data-files";
import { isoDaySchema } from "../../src/domain/schemas/iso-day";
import { blocIdSchema, blocSchema, blocsFileSchema, type Bloc } from "../../src/domain/schemas/bloc";

/** `data/blocs/index.json`: which bloc files exist, in display order. */
const blocIndexSchema = z.object({
  order: z
    .array(blocIdSchema)
    .min(1)
    .refine((ids) => new Set(ids).size === ids.length, { message: "a bloc id is listed twice" }),
});

/**
 * Every day field of a bloc file, checked first: `blocSchema`'s cross-field refinements call `dayNumber`,
 * which throws on a malformed day instead of reporting it, so they must only ever see valid days.
 */
const blocDaysSchema = z.object({
  founded: z.object({ date: isoDaySchema }),
  milestones: z.array(z.object({ date: isoDaySchema })),
  treatyArea: z
    .object({ covers: z.array(z.object({ from: z.optional(isoDaySchema), to: z.optional(isoDaySchema) })) })
    .optional(),
  members: z.array(z.object({ intervals: z.array(z.object({ from: isoDaySchema, to: z.optional(isoDaySchema) })) })),
});

/** Reads `<dataDir>/blocs/index.json` and every bloc file it lists, in that order, each checked with zod. */
export async function readBlocs(dataDir: string): Promise<Bloc[]> {
  const blocsDir = path.join(dataDir, "blocs");
  const indexFile = path.join(blocsDir, "index.json");
  const { order } = check(indexFile, blocIndexSchema, await readJsonFile(indexFile));
  return Promise.all(
    order.map(async (id) => {
      const file = path.join(blocsDir, `${id}.json`);
      const json = await readJsonFile(file);
      check(file, blocDaysSchema, json);
      const bloc = check(file, blocSchema, json);
      if (bloc.id !== id) throw new Error(`${displayPath(file)}: id: expected "${id}" (the file name), got "${bloc.id}"`);
      return bloc;
    }),
  );
}

/** Writes `<outDir>/blocs.json` (what the app loads) atomically, so a reader never sees half a file. */
export async function writeBlocs(dataDir: string, outDir: string): Promise<void> {
  const file = blocsFileSchema.parse({ blocs: await readBlocs(dataDir) });
  await mkdir(outDir, { recursive: true });
  const target = path.join(outDir, "blocs.json");
  const temp = `${target}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, `${JSON.stringify(file)}\n`, "utf8");
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
