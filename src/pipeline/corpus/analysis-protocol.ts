/** What the main thread and the analysis workers (analysis-worker.ts) say to each other. */
import type { IngestedArticle } from "../../domain/schemas/ingest";
import type { ArticleInput } from "../analyze-article";
import type { ReferenceEvent } from "../dates/reference-events";

export interface AnalysisReply {
  index: number;
  article: IngestedArticle | null;
}

/**
 * What a worker is sent, once: the run's articles and reference-event table, and the run's counter of
 * articles taken, shared by every thread of the run.
 */
export interface WorkerMessage {
  inputs: readonly ArticleInput[];
  referenceEvents: ReferenceEvent[];
  counter: SharedArrayBuffer;
}

/** A worker answers each article it took, then says it found none left. */
export type WorkerAnswer = AnalysisReply | "done";

/** The next article of a run for whichever thread asks: each takes one at a time, so none waits for another to hand work out. */
export function takeArticle(counter: SharedArrayBuffer): number {
  return Atomics.add(new Int32Array(counter), 0, 1);
}
