import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ARTICLES_DIR, articlePaths, REFERENCE_EVENTS_FILE } from "../../src/pipeline/corpus/read-corpus";
import { syntheticArticles } from "./synthetic-articles";

/** The repository's reviewed reference events: the synthetic corpus is dated against the real ones. */
const REFERENCE_EVENTS = fileURLToPath(new URL(`../../data/${REFERENCE_EVENTS_FILE}`, import.meta.url));

/**
 * Lays out a corpus folder the pipeline reads like `data/` (articles with sidecars, reference
 * events) in `dataDir`, which should be a temporary folder: `data/` itself is never written.
 */
export async function writeSyntheticCorpus(dataDir: string, count: number, seed: number): Promise<void> {
  await mkdir(join(dataDir, ARTICLES_DIR), { recursive: true });
  await copyFile(REFERENCE_EVENTS, join(dataDir, REFERENCE_EVENTS_FILE));
  for (const { meta, text } of syntheticArticles(count, seed)) {
    const paths = articlePaths(dataDir, meta.id);
    await writeFile(paths.text, text, "utf8");
    await writeFile(paths.meta, `${JSON.stringify(meta, null, 2)}\n`, "utf8");
  }
}
