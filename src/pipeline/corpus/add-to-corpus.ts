import { rmSync } from "node:fs";
import { join } from "node:path";
import type { ArticleMeta } from "../../domain/schemas/article-meta";
import { jsonText, stageFile } from "./atomic-write";
import { fileSystemChanged } from "./crash-point";
import { removeJournal, writeJournal } from "./ingest-journal";
import { ARTICLES_DIR, articlePaths, listArticleIds } from "./read-corpus";
import type { ResolvedInput } from "./resolve-inputs";

/** Corpus file numbers are zero-padded to this many digits (`000_…`). */
const NUMBER_DIGITS = 3;

export interface AddedArticles {
  ids: string[];
  /** The file each of `ids` was copied from, as given on the command line. */
  files: string[];
  /** Once the app's data includes the articles: the ingest is done, nothing is left to take back. */
  commit(): void;
  /** Removes what was added, for when a later step fails. */
  rollback(): Promise<void>;
}

function nextNumber(ids: string[]): number {
  const numbers = ids.map((id) => /^(\d+)_/.exec(id)?.[1]).filter((n) => n !== undefined).map(Number);
  return numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
}

export function removeFile(path: string): void {
  rmSync(path, { force: true });
  fileSystemChanged("remove", path);
}

/** Takes an article out of the corpus, its text first: without it the sidecar is no article, only a half pair. */
export function removeArticle(dataDir: string, id: string): void {
  const paths = articlePaths(dataDir, id);
  removeFile(paths.text);
  removeFile(paths.meta);
}

/**
 * Writes one article so that the corpus never holds its text without its sidecar: the text is
 * written under a temporary name, the sidecar is written (atomically), then the text takes its name.
 * A crash before that last rename leaves a sidecar alone, which `repairCorpus` removes.
 */
function writePair(paths: { text: string; meta: string }, text: string, meta: ArticleMeta): void {
  const staged = stageFile(paths.text, text);
  try {
    stageFile(paths.meta, jsonText(meta)).commit();
  } catch (error) {
    staged.discard();
    throw error;
  }
  try {
    staged.commit();
  } catch (error) {
    removeFile(paths.meta);
    throw error;
  }
}

/**
 * Copies each outside article into `data/articles/` as `NNN_<content id>.txt` with its sidecar, under
 * a journal that names them (see ingest-journal.ts) until `commit`. Articles already in the corpus,
 * and repeats of the same text, are skipped.
 */
export async function addToCorpus(dataDir: string, inputs: ResolvedInput[]): Promise<AddedArticles> {
  let number = nextNumber(await listArticleIds(dataDir));
  const seen = new Set<string>();
  const planned: { id: string; input: ResolvedInput }[] = [];
  for (const input of inputs) {
    if (input.corpusId || seen.has(input.meta.id)) continue;
    seen.add(input.meta.id);
    planned.push({ id: `${String(number++).padStart(NUMBER_DIGITS, "0")}_${input.meta.id}`, input });
  }
  const ids = planned.map((p) => p.id);
  const files = planned.map((p) => p.input.file);
  if (planned.length === 0) return { ids, files, commit: () => undefined, rollback: async () => undefined };

  const journal = writeJournal(join(dataDir, ARTICLES_DIR), ids);
  const added: string[] = [];
  const rollback = async () => {
    for (const id of added.splice(0).reverse()) removeArticle(dataDir, id);
    removeJournal(journal);
  };
  try {
    for (const { id, input } of planned) {
      writePair(articlePaths(dataDir, id), input.text, { ...input.meta, id });
      added.push(id);
    }
  } catch (error) {
    await rollback();
    throw error;
  }
  return { ids, files, commit: () => removeJournal(journal), rollback };
}
