import { flatMapped } from "../../domain/flat-mapped";
import type { ArticleMeta } from "../../domain/schemas/article-meta";
import { type IngestedArticle, ingestedArticleSchema } from "../../domain/schemas/ingest";
import { analyzeArticle, type ArticleInput } from "../analyze-article";
import type { ReferenceEvent } from "../dates/reference-events";
import { type AnalysisCache, cacheKey } from "./analysis-cache";
import { analyseInParallel, MIN_ARTICLES_FOR_WORKERS } from "./analysis-workers";
import { applyCuration } from "./apply-curation";
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
  /**
   * Given each article, curation applied, as soon as it is found in the cache or analysed, in no
   * particular order: what the caller does with it then overlaps the rest of the analysis. An error it
   * throws stops the run at that article, as a failed analysis would.
   */
  onArticle?: (index: number, article: IngestedArticle) => void;
}

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
/**
 * Takes an article the rest of the way: a fresh analysis to the cache, then curation and the caller's
 * `onArticle`. What fails there is the article's failure.
 */
type Ready = (index: number, analysed: IngestedArticle, fresh: boolean) => void;

/**
 * The cache misses analysed on every core when there are enough of them and the analysis is the
 * pipeline's own (a function passed in cannot be sent to a worker), checked and made ready as each
 * arrives. An analysis that failed or fails its check is left out: the ordered pass runs it again on
 * this thread, which stops the run there with its error.
 */
async function analyseMissesInParallel(entries: readonly Entry[], misses: readonly number[], options: IngestOptions, ready: Ready): Promise<void> {
  if (options.analyze || misses.length < MIN_ARTICLES_FOR_WORKERS) return;
  await analyseInParallel(
    misses.map((i) => toInput(entries[i] as Entry)),
    options.referenceEvents,
    (m, article) => {
      const index = misses[m] as number;
      const { meta } = entries[index] as Entry;
      let fresh: IngestedArticle;
      try {
        fresh = checkedAnalysis(meta, article);
      } catch {
        return;
      }
      options.progress?.advance(meta.id);
      ready(index, fresh, true);
    },
  );
}

/**
 * Cache lookups run first, and each analysis goes to the cache as it arrives; each article is curated
 * and given to `onArticle` as soon as it is there, while the counts, the warnings and a failure stay in
 * corpus order: the run stops at the first article that fails.
 */
export async function ingestCorpus(corpus: CorpusArticle[], options: IngestOptions): Promise<IngestResult> {
  const { cache, referenceEvents, pipelineVersion } = options;
  const counts: IngestCounts = { articles: corpus.length, processed: 0, cached: 0 };
  const entries = corpus.map((entry) => ({ ...entry, key: cacheKey({ ...entry, referenceEvents, pipelineVersion }) }));
  const cached = entries.map(({ key }) => cache?.get(key) ?? null);
  const articles = new Array<IngestedArticle | undefined>(entries.length);
  const stale = new Array<string[]>(entries.length);
  /** Kept until the ordered pass reaches the article, so that the first failure in corpus order is the one reported. */
  const failures = new Map<number, unknown>();
  const ready: Ready = (index, analysed, fresh) => {
    const entry = entries[index] as Entry;
    try {
      if (fresh) cache?.set(entry.key, analysed);
      const curated = applyCuration(analysed, entry.curation);
      options.onArticle?.(index, curated.article);
      articles[index] = curated.article;
      stale[index] = curated.stale;
    } catch (error) {
      failures.set(index, error);
    }
  };
  options.progress?.begin(entries.length);
  try {
    cached.forEach((hit, i) => {
      if (!hit) return;
      options.progress?.advance((entries[i] as Entry).meta.id);
      ready(i, hit, false);
    });
    const misses = flatMapped(entries, (_, i) => (cached[i] ? [] : [i]));
    await analyseMissesInParallel(entries, misses, options, ready);
    for (const [i, { meta, text }] of entries.entries()) {
      if (cached[i]) counts.cached += 1;
      else counts.processed += 1;
      if (!articles[i] && !failures.has(i)) {
        const fresh = analyzeWithMeta(meta, text, referenceEvents, options.analyze);
        options.progress?.advance(meta.id);
        ready(i, fresh, true);
      }
      if (failures.has(i)) throw failures.get(i);
    }
  } finally {
    options.progress?.end();
  }
  const warnings = flatMapped(entries, ({ meta }, i) => (stale[i] ?? []).map((s) => `data/curation/${meta.id}.json: ${s} no longer matches the analysis`));
  return { articles: articles as IngestedArticle[], counts, warnings };
}
