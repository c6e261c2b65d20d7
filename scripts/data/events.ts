import { readdir, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { SEARCH_FILE_NAME, SEARCH_FOLDER, searchManifestFile } from "../../src/domain/event-search";
import { createAnalysisCache } from "../../src/pipeline/corpus/analysis-cache";
import { prepareAnalysisWorkers } from "../../src/pipeline/corpus/analysis-workers";
import { jsonText, writeFileCreatingFolder } from "../../src/pipeline/corpus/atomic-write";
import { fileSystemChanged } from "../../src/pipeline/corpus/crash-point";
import { assembleEventData, eventDataContext, type PreparedArticle, prepareArticle } from "../../src/pipeline/corpus/build-event-data";
import { type Analyze, type IngestCounts, type IngestResult, ingestCorpus } from "../../src/pipeline/corpus/ingest-corpus";
import type { ProgressSink } from "../../src/pipeline/corpus/progress";
import { computePipelineVersion } from "../../src/pipeline/corpus/pipeline-version";
import { listArticleIds, readCorpus, readPlaces, readReferenceEvents } from "../../src/pipeline/corpus/read-corpus";
import { searchVocabulary } from "../../src/pipeline/corpus/search-vocabulary";
import { defaultLexicon } from "../../src/pipeline/entities/default-lexicon";
import type { IngestedArticle } from "../../src/domain/schemas/ingest";
import { readBlocs } from "./blocs";

export interface WriteEventsOptions {
  /** Defaults to `.cache/ingest/` beside `dataDir`. */
  cacheDir?: string;
  analyze?: Analyze;
  log?: (line: string) => void;
  progress?: ProgressSink;
}

export interface WriteEventsReport extends IngestCounts {
  events: number;
  shards: number;
  /** Articles with no dated event (curation applied): they appear nowhere on the timeline. */
  undated: string[];
}

/** Only files this module writes are ever removed from the output folders. */
const SHARD_FILE = /^\d{4}-\d{2}\.json$/;
const ARTICLE_FILE = /^[0-9a-f_]+\.json$/;
const INDEX_FILE = "index.json";

/**
 * In place: nothing reads the output folder before the run is over (see `writeEvents`), so no file
 * needs a temporary name and a rename to appear whole (2,965 renames in the bench's run). Synchronous:
 * reader files are written from inside the analysis loop. Compact, since only the app reads them. Not
 * checked against their schemas here: they are built by typed code from analyses already checked,
 * the app checks each file it loads against its schema, and scripts/data/events.test.ts checks every
 * file a run writes (checking each again here was a tenth of a run over a large corpus).
 */
function writeData<T extends object>(path: string, value: T): void {
  writeFileCreatingFolder(path, jsonText(value, { compact: true }));
  fileSystemChanged("write", path);
}

async function removeStale(dir: string, pattern: RegExp, keep: Set<string>): Promise<void> {
  const names = await readdir(dir);
  await Promise.all(names.filter((n) => pattern.test(n) && !keep.has(n)).map((n) => rm(join(dir, n), { force: true })));
}

/**
 * Regenerates the app's event data from the corpus in `dataDir`: `events/index.json`, one
 * `events/YYYY-MM.json` per month with events, the search index in `events/search/`, one
 * `articles/<id>.json` per article, written as soon as the article is analysed. Everything is written
 * before the index that points at it, then files no longer listed are removed; a run that fails may
 * leave reader files of its own, never an index pointing at missing files. `outDir` is a folder that
 * nothing reads while the run goes on (a new generation of public/data, scripts/data/publish.ts): a
 * run killed there may leave a file cut short, which its generation is discarded with.
 */
export async function writeEvents(dataDir: string, outDir: string, options: WriteEventsOptions = {}): Promise<WriteEventsReport> {
  if (!options.analyze) prepareAnalysisWorkers((await listArticleIds(dataDir)).length);
  const [corpus, referenceEvents, places, blocs, pipelineVersion] = await Promise.all([
    readCorpus(dataDir),
    readReferenceEvents(dataDir),
    readPlaces(dataDir),
    readBlocs(dataDir),
    computePipelineVersion(),
  ]);
  const cache = createAnalysisCache(options.cacheDir ?? join(dataDir, "..", ".cache", "ingest"));
  cache.removeLeftovers();
  const vocabulary = searchVocabulary(defaultLexicon, blocs);
  const context = eventDataContext({ places, vocabulary });
  const eventsDir = join(outDir, "events");
  const articlesDir = join(outDir, "articles");
  const prepared: PreparedArticle[] = [];
  const prepare = (i: number, article: IngestedArticle) => {
    const ready = prepareArticle(article, corpus[i]?.meta, context);
    writeData(join(articlesDir, `${ready.reader.id}.json`), ready.reader);
    prepared[i] = ready;
  };
  let result: IngestResult;
  try {
    result = await ingestCorpus(corpus, {
      referenceEvents,
      cache,
      pipelineVersion,
      analyze: options.analyze,
      progress: options.progress,
      onArticle: prepare,
    });
  } catch (error) {
    cache.close({ compact: false });
    throw error;
  }
  cache.close({ compact: true });
  result.warnings.forEach((w) => (options.log ?? console.warn)(`warning: ${w}`));
  const data = assembleEventData(prepared, vocabulary);

  for (const shard of data.shards) writeData(join(eventsDir, `${shard.id}.json`), shard);
  for (const { file, postings } of data.search.files) writeData(join(eventsDir, file), postings);
  writeData(join(eventsDir, searchManifestFile()), data.search.manifest);
  writeData(join(eventsDir, INDEX_FILE), data.index);
  await removeStale(eventsDir, SHARD_FILE, new Set(data.index.shards.map((s) => s.file)));
  const searchFiles = [searchManifestFile(), ...data.search.files.map((f) => f.file)].map((f) => basename(f));
  await removeStale(join(eventsDir, SEARCH_FOLDER), SEARCH_FILE_NAME, new Set(searchFiles));
  await removeStale(articlesDir, ARTICLE_FILE, new Set(data.articles.map((a) => `${a.id}.json`)));
  const undated = result.articles.filter((a) => a.events.length === 0).map((a) => a.id);
  return { ...result.counts, events: data.index.count, shards: data.shards.length, undated };
}
