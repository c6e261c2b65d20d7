/**
 * Worker-thread entry for `analyseInParallel`: loads the pipeline, then takes the run's articles one by
 * one from the counter it shares with the other threads, answering each, until none is left. An article
 * whose analysis throws comes back as null; the main thread analyses it again itself, so the error is
 * reported exactly as without workers.
 */
import { parentPort } from "node:worker_threads";
import { analyzeArticle, type ArticleInput } from "../analyze-article";
import { type AnalysisReply, takeArticle, type WorkerAnswer, type WorkerMessage } from "./analysis-protocol";

function analyse({ inputs, referenceEvents }: WorkerMessage, index: number): AnalysisReply {
  try {
    return { index, article: analyzeArticle(inputs[index] as ArticleInput, referenceEvents) };
  } catch {
    return { index, article: null };
  }
}

parentPort?.once("message", (run: WorkerMessage) => {
  for (let index = takeArticle(run.counter); index < run.inputs.length; index = takeArticle(run.counter)) {
    parentPort?.postMessage(analyse(run, index) satisfies WorkerAnswer);
  }
  parentPort?.postMessage("done" satisfies WorkerAnswer);
});
