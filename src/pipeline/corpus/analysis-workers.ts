import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { IngestedArticle } from "../../domain/schemas/ingest";
import { analyzeArticle, type ArticleInput } from "../analyze-article";
import type { ReferenceEvent } from "../dates/reference-events";
import { takeArticle, type WorkerAnswer, type WorkerMessage } from "./analysis-protocol";
import { cachedScript } from "./cached-script";
import { computePipelineVersion } from "./pipeline-version";

/** Below this many articles a worker's start-up (bundling and loading the pipeline take about a third of a second) outweighs its help. */
export const MIN_ARTICLES_FOR_WORKERS = 64;

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

/** A worker thread loading the pipeline; `ended` settles when it fails or exits, also before anyone listens. */
interface StartedWorker {
  worker: Worker;
  ended: Promise<void>;
}

function startWorker(script: string): StartedWorker {
  const worker = new Worker(script, { eval: true });
  const ended = new Promise<void>((resolve) => {
    worker.once("error", () => resolve());
    worker.once("exit", () => resolve());
  });
  return { worker, ended };
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

export interface ParallelOptions {
  /** Worker threads to start; by default one per core besides the main thread's. */
  workers?: number;
  /** Whether the main thread analyses too while the workers start and run (tests turn it off). */
  mainThread?: boolean;
}

export interface ParallelAnalysis {
  /** How many articles the workers analysed. */
  byWorkers: number;
}

/**
 * Analyses `inputs` on worker threads and the main thread at once, each taking the next article from
 * one shared counter as it finishes the last, so a worker that is slow to start costs nothing, no thread
 * waits for another to hand out work, and the results do not depend on who analysed what. Each article
 * goes to `onArticle`, on the main thread, as soon as it is analysed, by whichever thread: what the
 * caller does with it (checking, caching) then overlaps the rest of the analysis instead of following
 * it, and nothing here keeps it. An article whose analysis threw, or that a failed worker had taken,
 * never comes: the caller analyses it again itself.
 */
export async function analyseInParallel(
  inputs: readonly ArticleInput[],
  referenceEvents: ReferenceEvent[],
  onArticle: (index: number, article: IngestedArticle) => void,
  { workers = availableParallelism() - 1, mainThread = true }: ParallelOptions = {},
): Promise<ParallelAnalysis> {
  const counter = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  let unanswered = inputs.length;
  let byWorkers = 0;
  let mainDone = !mainThread;
  /** Set once the run is settled: a worker's late answer is then ignored, and the worker stopped. */
  let over = false;
  let settle = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  /** Every article answered, or no thread left that could answer the rest (the caller analyses those). */
  const check = () => {
    if (over || !(unanswered === 0 || (mainDone && helpers.every((h) => h.finished)))) return;
    over = true;
    settle();
  };
  const analysed = (index: number, article: IngestedArticle | null) => {
    unanswered -= 1;
    if (article) onArticle(index, article);
  };
  const helpers = Array.from({ length: Math.max(0, workers) }, () => {
    const helper = { finished: false };
    const finish = () => {
      helper.finished = true;
      check();
    };
    const start = ({ worker, ended }: StartedWorker) => {
      void settled.then(() => worker.terminate());
      // A failed worker's unanswered articles stay null: the caller analyses them itself.
      void ended.then(finish);
      worker.ref();
      worker.on("message", (answer: WorkerAnswer) => {
        if (over) return;
        if (answer === "done") return finish();
        analysed(answer.index, answer.article);
        byWorkers += 1;
        check();
      });
      // Sent while the worker may still be loading the pipeline: it starts as soon as it can.
      worker.postMessage({ inputs, referenceEvents, counter } satisfies WorkerMessage);
    };
    takeWorker().then(start).catch(finish);
    return helper;
  });
  while (!mainDone) {
    // Lets the workers' first message out before this thread's first article, then their answers in.
    await new Promise((resolve) => setImmediate(resolve));
    const index = takeArticle(counter);
    if (index < inputs.length) analysed(index, analyseHere(inputs[index] as ArticleInput, referenceEvents));
    else mainDone = true;
  }
  check();
  await settled;
  return { byWorkers };
}

function analyseHere(input: ArticleInput, referenceEvents: ReferenceEvent[]): IngestedArticle | null {
  try {
    return analyzeArticle(input, referenceEvents);
  } catch {
    return null;
  }
}
