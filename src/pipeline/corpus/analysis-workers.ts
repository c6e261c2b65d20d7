import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { IngestedArticle } from "../../domain/schemas/ingest";
import { analyzeArticle, type ArticleInput } from "../analyze-article";
import type { ReferenceEvent } from "../dates/reference-events";

export interface WorkerData {
  referenceEvents: ReferenceEvent[];
}
export interface AnalysisJob {
  index: number;
  input: ArticleInput;
}
export interface AnalysisReply {
  index: number;
  article: IngestedArticle | null;
}

/** Below this many articles a worker's start-up (loading the pipeline takes about half a second) outweighs its help. */
export const MIN_ARTICLES_FOR_WORKERS = 64;
/** Articles per message: small enough to share the work out evenly, large enough that messaging stays cheap. */
const BATCH_ARTICLES = 4;

/**
 * The pipeline runs as TypeScript through tsx, whose loader hooks Node 20 does not pass on to worker
 * threads: each worker registers them before importing its entry module.
 */
function startWorker(data: WorkerData): Worker {
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./analysis-worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}

interface Helper {
  busy: boolean;
  finish: () => void;
  done: Promise<void>;
}

export interface ParallelOptions {
  /** Worker threads to start; by default one per core besides the main thread's. */
  workers?: number;
  /** Whether the main thread analyses too while the workers start and run (tests turn it off). */
  mainThread?: boolean;
}

export interface ParallelAnalysis {
  /** In input order; null where an analysis threw or a worker failed, for the caller to analyse again itself. */
  articles: (IngestedArticle | null)[];
  /** How many articles the workers analysed. */
  byWorkers: number;
}

/**
 * Analyses `inputs` on worker threads and the main thread at once, all pulling from one queue, so a
 * worker that is slow to start costs nothing and the results do not depend on who analysed what.
 */
export async function analyseInParallel(
  inputs: readonly ArticleInput[],
  referenceEvents: ReferenceEvent[],
  { workers = availableParallelism() - 1, mainThread = true }: ParallelOptions = {},
): Promise<ParallelAnalysis> {
  const articles = new Array<IngestedArticle | null>(inputs.length).fill(null);
  let byWorkers = 0;
  let next = 0;
  const take = (count: number): AnalysisJob[] => {
    const jobs: AnalysisJob[] = [];
    for (; jobs.length < count && next < inputs.length; next++) jobs.push({ index: next, input: inputs[next] as ArticleInput });
    return jobs;
  };
  const helpers = Array.from({ length: Math.max(0, workers) }, (): Helper => {
    let finish = () => {};
    const done = new Promise<void>((resolve) => (finish = resolve));
    const helper: Helper = { busy: false, finish, done };
    try {
      const worker = startWorker({ referenceEvents });
      const send = () => {
        const jobs = take(BATCH_ARTICLES);
        helper.busy = jobs.length > 0;
        if (helper.busy) worker.postMessage(jobs);
        else finish();
      };
      worker.on("message", (message: "ready" | AnalysisReply[]) => {
        if (message !== "ready") {
          for (const reply of message) articles[reply.index] = reply.article;
          byWorkers += message.length;
        }
        send();
      });
      // A failed worker's unanswered jobs stay null: the caller analyses them itself.
      worker.on("error", finish);
      worker.on("exit", finish);
      void done.then(() => worker.terminate());
    } catch {
      finish();
    }
    return helper;
  });
  while (mainThread && next < inputs.length) {
    const [job] = take(1);
    if (job) articles[job.index] = analyseHere(job.input, referenceEvents);
    // Lets the workers' replies in, and with them their next batches out.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (mainThread) helpers.filter((h) => !h.busy).forEach((h) => h.finish());
  await Promise.all(helpers.map((h) => h.done));
  return { articles, byWorkers };
}

function analyseHere(input: ArticleInput, referenceEvents: ReferenceEvent[]): IngestedArticle | null {
  try {
    return analyzeArticle(input, referenceEvents);
  } catch {
    return null;
  }
}
