/**
 * Worker-thread entry for `analyseInParallel`: analyses the batches the main thread sends, with the
 * reference-event table it was started with. An article whose analysis throws comes back as null; the
 * main thread analyses it again itself, so the error is reported exactly as without workers.
 */
import { parentPort, workerData } from "node:worker_threads";
import { analyzeArticle } from "../analyze-article";
import type { AnalysisJob, AnalysisReply, WorkerData } from "./analysis-workers";

const { referenceEvents } = workerData as WorkerData;

function analyse({ index, input }: AnalysisJob): AnalysisReply {
  try {
    return { index, article: analyzeArticle(input, referenceEvents) };
  } catch {
    return { index, article: null };
  }
}

parentPort?.on("message", (jobs: AnalysisJob[]) => parentPort?.postMessage(jobs.map(analyse)));
parentPort?.postMessage("ready");
