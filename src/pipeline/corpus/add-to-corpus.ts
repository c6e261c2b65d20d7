import { rm } from "node:fs/promises";
import type { ArticleMeta } from "../../domain/schemas/article-meta";
import { writeFileAtomic, writeJsonAtomic } from "./atomic-write";
import { articlePaths, listArticleIds } from "./read-corpus";
import type { ResolvedInput } from "./resolve-inputs";

/** Corpus file numbers are zero-padded to this many digits (`000_…`). */
const NUMBER_DIGITS = 3;

export interface AddedArticles {
  ids: string[];
  /** Removes what was added, for when a later step fails. */
  rollback(): Promise<void>;
}

function nextNumber(ids: string[]): number {
  const numbers = ids.map((id) => /^(\d+)_/.exec(id)?.[1]).filter((n) => n !== undefined).map(Number);
  return numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
}

/**
 * Copies each outside article into `data/articles/` as `NNN_<content id>.txt` with its sidecar.
 * Articles already in the corpus, and repeats of the same text, are skipped.
 */
export async function addToCorpus(dataDir: string, inputs: ResolvedInput[]): Promise<AddedArticles> {
  let number = nextNumber(await listArticleIds(dataDir));
  const written: string[] = [];
  const ids: string[] = [];
  const seen = new Set<string>();
  const rollback = async () => {
    await Promise.all(written.map((path) => rm(path, { force: true })));
  };
  try {
    for (const input of inputs) {
      if (input.corpusId || seen.has(input.meta.id)) continue;
      seen.add(input.meta.id);
      const id = `${String(number++).padStart(NUMBER_DIGITS, "0")}_${input.meta.id}`;
      const meta: ArticleMeta = { ...input.meta, id };
      const paths = articlePaths(dataDir, id);
      await writeFileAtomic(paths.text, input.text);
      written.push(paths.text);
      await writeJsonAtomic(paths.meta, meta);
      written.push(paths.meta);
      ids.push(id);
    }
  } catch (error) {
    await rollback();
    throw error;
  }
  return { ids, rollback };
}
