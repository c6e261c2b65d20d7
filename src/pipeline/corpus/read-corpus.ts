import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { type ArticleMeta, articleMetaSchema } from "../../domain/schemas/article-meta";
import { type CurationFile, curationFileSchema } from "../../domain/schemas/curation";
import { placesFileSchema, type Place } from "../../domain/schemas/places";
import { parseReferenceEvents, type ReferenceEvent } from "../dates/reference-events";
import { CorpusError } from "./corpus-error";
import { readArticleTextSync } from "./decode-text";
import { readJsonFile, readJsonFileSync, readJsonSync } from "./json-file";

export interface CorpusArticle {
  meta: ArticleMeta;
  text: string;
  /** The reviewer's file, if any; null when the article has not been curated. */
  curation: CurationFile | null;
}

export const ARTICLES_DIR = "articles";
export const CURATION_DIR = "curation";
export const REFERENCE_EVENTS_FILE = "reference-events.json";
export const PLACES_FILE = "places.json";
export const TEXT_SUFFIX = ".txt";
export const META_SUFFIX = ".meta.json";

/**
 * Corpus ids in file order: every article of `data/articles/` whose text and sidecar are both there.
 * A half pair is an interrupted ingest's, not yet an article: `repairCorpus` removes it.
 */
export async function listArticleIds(dataDir: string): Promise<string[]> {
  const names = await readdir(join(dataDir, ARTICLES_DIR));
  const present = new Set(names);
  return names
    .filter((name) => name.endsWith(TEXT_SUFFIX) && !name.startsWith("."))
    .map((name) => name.slice(0, -TEXT_SUFFIX.length))
    .filter((id) => present.has(`${id}${META_SUFFIX}`))
    .sort();
}

/** Paths relative to the repository (`data/articles/x.txt`) so error messages name files a reader can open. */
export function articlePaths(dataDir: string, id: string) {
  return {
    text: join(dataDir, ARTICLES_DIR, `${id}${TEXT_SUFFIX}`),
    meta: join(dataDir, ARTICLES_DIR, `${id}${META_SUFFIX}`),
    curation: join(dataDir, CURATION_DIR, `${id}.json`),
  };
}

/** Synchronous reads (see `readArticleTextSync`): the corpus is read file by file, thousands of them. */
function readCorpusArticleSync(dataDir: string, id: string): CorpusArticle {
  const paths = articlePaths(dataDir, id);
  const meta = readJsonFileSync(articleMetaSchema, paths.meta);
  if (meta.id !== id) throw new CorpusError(paths.meta, `id: ${JSON.stringify(meta.id)} does not match the file name`);
  const text = readArticleTextSync(paths.text);
  return { meta, text, curation: readCuration(paths.curation, id) };
}

export async function readCorpusArticle(dataDir: string, id: string): Promise<CorpusArticle> {
  return readCorpusArticleSync(dataDir, id);
}

function readCuration(path: string, id: string): CurationFile | null {
  if (!existsSync(path)) return null;
  const curation = readJsonFileSync(curationFileSchema, path);
  if (curation.articleId !== id) {
    throw new CorpusError(path, `articleId: ${JSON.stringify(curation.articleId)} does not match the file name`);
  }
  return curation;
}

export async function readCorpus(dataDir: string): Promise<CorpusArticle[]> {
  const ids = await listArticleIds(dataDir);
  return ids.map((id) => readCorpusArticleSync(dataDir, id));
}

export async function readReferenceEvents(dataDir: string): Promise<ReferenceEvent[]> {
  const path = join(dataDir, REFERENCE_EVENTS_FILE);
  return parseReferenceEvents(readJsonSync(path), path);
}

/** The reviewed gazetteer of places events are drawn at. */
export async function readPlaces(dataDir: string): Promise<Place[]> {
  return (await readJsonFile(placesFileSchema, join(dataDir, PLACES_FILE))).places;
}
