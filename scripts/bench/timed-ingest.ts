import { join } from "node:path";
import { workerScriptReady } from "../../src/pipeline/corpus/analysis-workers";
import { writeEvents } from "../data/events";

export interface IngestRun {
  articles: number;
  seconds: number;
  events: number;
  /** Articles the run over the unchanged corpus analysed again (when asked for; the cache should make it 0). */
  reprocessed: number | null;
}

/**
 * The real pipeline (scripts/data/events.ts) over the corpus in `dataDir` into `workDir` on an empty
 * analysis cache, timed, and when `again`, once more over the unchanged corpus.
 */
export async function timedIngest(dataDir: string, workDir: string, again: boolean): Promise<IngestRun> {
  const options = { cacheDir: join(workDir, "ingest-cache"), log: () => undefined };
  const outDir = join(workDir, "ingest-out");
  // The workers' script is bundled (or found bundled) before the clock starts, as the app is built before the browser benches.
  await workerScriptReady();
  const started = performance.now();
  const first = await writeEvents(dataDir, outDir, options);
  const seconds = (performance.now() - started) / 1_000;
  const second = again ? await writeEvents(dataDir, outDir, options) : null;
  return { articles: first.articles, seconds, events: first.events, reprocessed: second?.processed ?? null };
}
