import type { ArticleMeta } from "../../domain/schemas/article-meta";
import { type IngestedArticle, ingestedArticleSchema } from "../../domain/schemas/ingest";
import { analyzeArticle, type ArticleInput } from "../analyze-article";
import type { ReferenceEvent } from "../dates/reference-events";
import { type AnalysisCache, cacheKey } from "./analysis-cache";
import { analyseInParallel, MIN_ARTICLES_FOR_WORKERS } from "./analysis-workers";
import { applyCuration } from "./apply-curation";
import { createWritePool, mapBounded } from "./bounded-io";
import { CorpusError } from "./corpus-error";
import { describeIssues } from "./json-file";
import type { ProgressSink } from "./progress";
import type { CorpusArticle } from "./read-corpus";

export type Analyze = typeof analyzeArticle;

export interface IngestCounts {
  articles: number;
  /** Articles analysed on this run (cache misses). */
  processed: number;
  /** Articles whose analysis came from the cache. */
  cached: number;
}

export interface IngestResult {
  /** Analysed, curation applied, in corpus order. */
  articles: IngestedArticle[];
  counts: IngestCounts;
  /** Curation entries that no longer match the analysis, one line each. */
  warnings: string[];
}

export interface IngestOptions {
  referenceEvents: ReferenceEvent[];
  /** Omit for a run that must write nothing (the CLI's `--json`). */
  cache?: AnalysisCache;
  pipelineVersion: string;
  analyze?: Analyze;
  /** Told of each article as it is analysed or found in the cache. */
  progress?: ProgressSink;
}

/** Cache files read or written at once: enough to keep the disk busy, far below the descriptor limit. */
const FILES_IN_FLIGHT = 32;

const toInput = ({ meta, text }: CorpusArticle): ArticleInput => ({
  id: meta.id,
  text,
  language: meta.language,
  outlet: meta.outlet,
  published: meta.published,
});

/** Validates an analysis of the article the sidecar describes; the sidecar's title, when set, overrides the extracted one. */
function checkedAnalysis(meta: ArticleMeta, analysed: IngestedArticle): IngestedArticle {
  const result = ingestedArticleSchema.safeParse(meta.title ? { ...analysed, title: meta.title } : analysed);
  if (!result.success) throw new CorpusError(meta.id, `analysis produced invalid output: ${describeIssues(result.error)}`);
  return result.data;
}

/** Runs the analysis the sidecar describes; the sidecar's title, when set, overrides the extracted one. */
export function analyzeWithMeta(meta: ArticleMeta, text: string, referenceEvents: ReferenceEvent[], analyze: Analyze = analyzeArticle): IngestedArticle {
  return checkedAnalysis(meta, analyze(toInput({ meta, text, curation: null }), referenceEvents));
}

type Entry = CorpusArticle & { key: string };
type WritePool = ReturnType<typeof createWritePool>;

/**
 * The cache misses analysed on every core when there are enough of them and the analysis is the
 * pipeline's own (a function passed in cannot be sent to a worker), checked and handed to the cache as
 * each arrives, aligned with `entries`; empty otherwise. An analysis that failed or fails its check is
 * left out: the ordered pass runs it again on this thread, which stops the run there with its error.
 */
async function analyseMissesInParallel(
  entries: readonly Entry[],
  cached: readonly (IngestedArticle | null)[],
  options: IngestOptions,
  writes: WritePool,
): Promise<(IngestedArticle | null)[]> {
  const misses = entries.flatMap((_, i) => (cached[i] ? [] : [i]));
  if (options.analyze || misses.length < MIN_ARTICLES_FOR_WORKERS) return [];
  const { cache } = options;
  const checked = new Array<IngestedArticle | null>(entries.length).fill(null);
  await analyseInParallel(
    misses.map((i) => toInput(entries[i] as Entry)),
    options.referenceEvents,
    {
      onArticle: (m, article) => {
        const { meta, key } = entries[misses[m] as number] as Entry;
        let fresh: IngestedArticle;
        try {
          fresh = checkedAnalysis(meta, article);
        } catch {
          return;
        }
        checked[misses[m] as number] = fresh;
        options.progress?.advance(meta.id);
        if (cache) writes.add(() => cache.set(key, fresh));
      },
    },
  );
  return checked;
}

/**
 * Cache lookups run first and cache writes in the background (a run over a large corpus otherwise
 * waits on thousands of files one by one); curation and the counts stay in corpus order, and a failure
 * still stops the run at the first article that fails.
 */
export async function ingestCorpus(corpus: CorpusArticle[], options: IngestOptions): Promise<IngestResult> {
  const { cache, referenceEvents, pipelineVersion } = options;
  const counts: IngestCounts = { articles: corpus.length, processed: 0, cached: 0 };
  const warnings: string[] = [];
  const articles: IngestedArticle[] = [];
  const entries = corpus.map((entry) => ({ ...entry, key: cacheKey({ ...entry, referenceEvents, pipelineVersion }) }));
  const cached = await mapBounded(entries, FILES_IN_FLIGHT, async ({ key }) => (await cache?.get(key)) ?? null);
  const writes = createWritePool(FILES_IN_FLIGHT);
  options.progress?.begin(entries.length);
  try {
    const checkedAhead = await analyseMissesInParallel(entries, cached, options, writes);
    for (const [i, { meta, text, curation, key }] of entries.entries()) {
      const hit = cached[i] ?? null;
      if (hit) counts.cached += 1;
      else counts.processed += 1;
      let analysed = hit ?? checkedAhead[i] ?? null;
      if (hit) options.progress?.advance(meta.id);
      if (!analysed) {
        const fresh = analyzeWithMeta(meta, text, referenceEvents, options.analyze);
        if (cache) writes.add(() => cache.set(key, fresh));
        options.progress?.advance(meta.id);
        analysed = fresh;
      }
      const { article, stale } = applyCuration(analysed, curation);
      warnings.push(...stale.map((s) => `data/curation/${meta.id}.json: ${s} no longer matches the analysis`));
      articles.push(article);
    }
  } catch (error) {
    await writes.drain().catch(() => undefined);
    throw error;
  } finally {
    options.progress?.end();
  }
  await writes.drain();
  return { articles, counts, warnings };
}
