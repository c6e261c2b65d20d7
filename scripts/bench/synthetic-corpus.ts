import { copyFile, cp, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ARTICLES_DIR, articlePaths, PLACES_FILE, REFERENCE_EVENTS_FILE } from "../../src/pipeline/corpus/read-corpus";
import { syntheticArticles } from "./synthetic-articles";

/** The repository's reviewed reference events, gazetteer and blocs: the synthetic corpus uses the real ones. */
const SHARED_FILES = [REFERENCE_EVENTS_FILE, PLACES_FILE];
const BLOCS_DIR = "blocs";
const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

/**
 * Lays out a corpus folder the pipeline reads like `data/` (articles with sidecars, reference
 * events, places, blocs) in `dataDir`, which should be a temporary folder: `data/` itself is never written.
 */
export async function writeSyntheticCorpus(dataDir: string, count: number, seed: number): Promise<void> {
  await mkdir(join(dataDir, ARTICLES_DIR), { recursive: true });
  await Promise.all([
    ...SHARED_FILES.map((file) => copyFile(join(DATA_DIR, file), join(dataDir, file))),
    cp(join(DATA_DIR, BLOCS_DIR), join(dataDir, BLOCS_DIR), { recursive: true }),
  ]);
  for (const { meta, text } of syntheticArticles(count, seed)) {
    const paths = articlePaths(dataDir, meta.id);
    await writeFile(paths.text, text, "utf8");
    await writeFile(paths.meta, `${JSON.stringify(meta, null, 2)}\n`, "utf8");
  }
}
