import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { IngestedArticle } from "../../domain/schemas/ingest";
import { analyzeArticle, type ArticleInput } from "../analyze-article";
import type { ReferenceEvent } from "../dates/reference-events";
import { cachedScript } from "./cached-script";
import { computePipelineVersion } from "./pipeline-version";

export interface AnalysisJob {
  index: number;
  input: ArticleInput;
}
export interface AnalysisReply {
  index: number;
  article: IngestedArticle | null;
}
/** What a worker is sent: first the run's reference-event table, then batches of articles. */
export type WorkerMessage = { kind: "table"; referenceEvents: ReferenceEvent[] } | { kind: "jobs"; jobs: AnalysisJob[] };

/** Below this many articles a worker's start-up (bundling and loading the pipeline take about a third of a second) outweighs its help. */
export const MIN_ARTICLES_FOR_WORKERS = 64;
/** Articles per message: small enough to share the work out evenly, large enough that messaging stays cheap. */
const BATCH_ARTICLES = 4;
/**
 * Batches a worker holds at once: the next one waits in its queue while it analyses the current one,
 * instead of the worker idling until the main thread, busy with its own article, answers its reply.
 */
const BATCHES_AHEAD = 2;

/** The worker entry and everything it imports as one script, read or bundled once per process. */
let workerScript: Promise<string> | null = null;

/** Where the bundle is kept between runs, as tools keep what they build from the code. */
const WORKER_CACHE_DIR = fileURLToPath(new URL("../../../node_modules/.cache/alliance-atlas/", import.meta.url));

async function bundleWorker(): Promise<string> {
  const { build } = await import("esbuild");
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL("./analysis-worker.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    logLevel: "silent",
  });
  const [script] = outputFiles;
  if (!script) throw new Error("esbuild produced no worker script");
  return script.text;
}

/**
 * The pipeline is TypeScript. A worker loading it module by module through tsx's loader was ready
 * after about 650 ms; bundled by esbuild it is ready about 270 ms after its script is there. Bundling
 * (about 600 ms with esbuild's start) is done once per version of the code (pipeline-version.ts) and
 * the bundle kept in node_modules/.cache: later runs read it.
 */
function bundledWorkerScript(): Promise<string> {
  workerScript ??= cachedScript({ dir: WORKER_CACHE_DIR, name: "analysis-worker", version: () => computePipelineVersion(), build: bundleWorker });
  return workerScript;
}

/** A worker thread loading the pipeline; `ready` settles when it can take articles, false if it failed first. */
interface StartedWorker {
  worker: Worker;
  ready: Promise<boolean>;
}

function startWorker(script: string): StartedWorker {
  const worker = new Worker(script, { eval: true });
  const ready = new Promise<boolean>((resolve) => {
    worker.once("message", () => resolve(true));
    worker.once("error", () => resolve(false));
    worker.once("exit", () => resolve(false));
  });
  return { worker, ready };
}

/**
 * Workers started ahead of a run, loading the pipeline while this thread reads the corpus. Not
 * referenced: a run that finds every analysis in the cache never uses them, and they keep nothing waiting.
 */
let spareWorkers: Promise<StartedWorker>[] = [];

/**
 * Starts the workers for a run over `articles` articles that may need them (reading or bundling their
 * script first) while this thread reads the corpus: they are ready when the analysis begins instead of
 * a third of a second later. A run that finds every analysis in the cache has only spent the other
 * cores' idle time; at most one set of workers waits at a time.
 */
export function prepareAnalysisWorkers(articles: number, workers = availableParallelism() - 1): void {
  if (articles < MIN_ARTICLES_FOR_WORKERS || spareWorkers.length > 0) return;
  spareWorkers = Array.from({ length: Math.max(0, workers) }, () =>
    bundledWorkerScript().then((script) => {
      const started = startWorker(script);
      started.worker.unref();
      return started;
    }),
  );
  spareWorkers.forEach((spare) => spare.catch(() => undefined));
}

/** A worker for a run: one started ahead if there is one, else a new one. */
function takeWorker(): Promise<StartedWorker> {
  return spareWorkers.shift() ?? bundledWorkerScript().then(startWorker);
}

/** The worker script, read or bundled now: for a measurement that times the analysis, not the bundler. */
export async function workerScriptReady(): Promise<void> {
  await bundledWorkerScript();
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
  /**
   * Called on the main thread with each article as soon as it is analysed, by whichever thread: what the
   * caller does with it (checking, caching) then overlaps the rest of the analysis instead of following it.
   */
  onArticle?: (index: number, article: IngestedArticle) => void;
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
  { workers = availableParallelism() - 1, mainThread = true, onArticle }: ParallelOptions = {},
): Promise<ParallelAnalysis> {
  const articles = new Array<IngestedArticle | null>(inputs.length).fill(null);
  const analysed = (index: number, article: IngestedArticle | null) => {
    articles[index] = article;
    if (article && onArticle) onArticle(index, article);
  };
  let byWorkers = 0;
  let next = 0;
  const take = (count: number): AnalysisJob[] => {
    const jobs: AnalysisJob[] = [];
    for (; jobs.length < count && next < inputs.length; next++) jobs.push({ index: next, input: inputs[next] as ArticleInput });
    return jobs;
  };
  const helpers = Array.from({ length: Math.max(0, workers) }, (): Helper => {
    let finished = false;
    let resolveDone = () => {};
    const done = new Promise<void>((resolve) => (resolveDone = resolve));
    const finish = () => {
      finished = true;
      resolveDone();
    };
    const helper: Helper = { busy: false, finish, done };
    const start = async ({ worker, ready }: StartedWorker) => {
      void done.then(() => worker.terminate());
      // A failed worker's unanswered jobs stay null: the caller analyses them itself.
      worker.on("error", finish);
      worker.on("exit", finish);
      // The main thread may have analysed everything while the worker was starting.
      if (!(await ready) || finished) return finish();
      worker.ref();
      let batchesSent = 0;
      const send = () => {
        const jobs = take(BATCH_ARTICLES);
        if (jobs.length > 0) {
          worker.postMessage({ kind: "jobs", jobs } satisfies WorkerMessage);
          batchesSent += 1;
        }
      };
      /** Done once the queue is empty and every batch sent has come back. */
      const settle = () => {
        helper.busy = batchesSent > 0;
        if (!helper.busy) finish();
      };
      worker.on("message", (replies: AnalysisReply[]) => {
        batchesSent -= 1;
        for (const reply of replies) analysed(reply.index, reply.article);
        byWorkers += replies.length;
        send();
        settle();
      });
      worker.postMessage({ kind: "table", referenceEvents } satisfies WorkerMessage);
      for (let i = 0; i < BATCHES_AHEAD; i++) send();
      settle();
    };
    takeWorker().then(start).catch(finish);
    return helper;
  });
  while (mainThread && next < inputs.length) {
    const [job] = take(1);
    if (job) analysed(job.index, analyseHere(job.input, referenceEvents));
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
