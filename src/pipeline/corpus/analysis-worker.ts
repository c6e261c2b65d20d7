/**
 * Worker-thread entry for `analyseInParallel`: loads the pipeline, says so, then analyses the batches
 * the main thread sends with the reference-event table it sent first. An article whose analysis throws
 * comes back as null; the main thread analyses it again itself, so the error is reported exactly as
 * without workers.
 */
import { parentPort } from "node:worker_threads";
import { analyzeArticle } from "../analyze-article";
import type { ReferenceEvent } from "../dates/reference-events";
import type { AnalysisJob, AnalysisReply, WorkerMessage } from "./analysis-workers";

let referenceEvents: ReferenceEvent[] = [];

function analyse({ index, input }: AnalysisJob): AnalysisReply {
  try {
    return { index, article: analyzeArticle(input, referenceEvents) };
  } catch {
    return { index, article: null };
  }
}

parentPort?.on("message", (message: WorkerMessage) => {
  if (message.kind === "table") referenceEvents = message.referenceEvents;
  else parentPort?.postMessage(message.jobs.map(analyse));
});
parentPort?.postMessage("ready");
