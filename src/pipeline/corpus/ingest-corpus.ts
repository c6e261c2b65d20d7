import type { ArticleMeta } from "../../domain/schemas/article-meta";
import { type IngestedArticle, ingestedArticleSchema } from "../../domain/schemas/ingest";
import { analyzeArticle } from "../analyze-article";
import type { ReferenceEvent } from "../dates/reference-events";
import { type AnalysisCache, cacheKey } from "./analysis-cache";
import { applyCuration } from "./apply-curation";
import { CorpusError } from "./corpus-error";
import { describeIssues } from "./json-file";
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
}

/** Runs the analysis the sidecar describes; the sidecar's title, when set, overrides the extracted one. */
export function analyzeWithMeta(meta: ArticleMeta, text: string, referenceEvents: ReferenceEvent[], analyze: Analyze = analyzeArticle): IngestedArticle {
  const input = { id: meta.id, text, language: meta.language, outlet: meta.outlet, published: meta.published };
  const analysed = analyze(input, referenceEvents);
  const result = ingestedArticleSchema.safeParse(meta.title ? { ...analysed, title: meta.title } : analysed);
  if (!result.success) throw new CorpusError(meta.id, `analysis produced invalid output: ${describeIssues(result.error)}`);
  return result.data;
}

export async function ingestCorpus(corpus: CorpusArticle[], options: IngestOptions): Promise<IngestResult> {
  const counts: IngestCounts = { articles: corpus.length, processed: 0, cached: 0 };
  const warnings: string[] = [];
  const articles: IngestedArticle[] = [];
  for (const { meta, text, curation } of corpus) {
    const key = cacheKey({ text, meta, referenceEvents: options.referenceEvents, pipelineVersion: options.pipelineVersion });
    let analysed = (await options.cache?.get(key)) ?? null;
    if (analysed) {
      counts.cached += 1;
    } else {
      analysed = analyzeWithMeta(meta, text, options.referenceEvents, options.analyze);
      counts.processed += 1;
      await options.cache?.set(key, analysed);
    }
    const { article, stale } = applyCuration(analysed, curation);
    warnings.push(...stale.map((s) => `data/curation/${meta.id}.json: ${s} no longer matches the analysis`));
    articles.push(article);
  }
  return { articles, counts, warnings };
}
