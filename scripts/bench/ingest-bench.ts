import { join } from "node:path";
import { workerScriptReady } from "../../src/pipeline/corpus/analysis-workers";
import { writeEvents } from "../data/events";

export interface IngestBench {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** Articles the second run over the unchanged corpus analysed again (the cache should make it 0). */
  reprocessed: number;
  events: number;
}

/**
 * Runs the real pipeline (scripts/data/events.ts: read, analyse, cache, write shards) over the corpus
 * in `dataDir` twice, into folders under `workDir`: the first run, on an empty cache, is timed. The
 * analysis workers' script is bundled (or found bundled) before the clock starts, as the app is built
 * before the browser benches: what is timed is the ingest, not the bundler.
 */
export async function benchIngest(dataDir: string, workDir: string): Promise<IngestBench> {
  const options = { cacheDir: join(workDir, "ingest-cache"), log: () => undefined };
  const outDir = join(workDir, "ingest-out");
  await workerScriptReady();
  const started = performance.now();
  const first = await writeEvents(dataDir, outDir, options);
  const seconds = (performance.now() - started) / 1_000;
  const second = await writeEvents(dataDir, outDir, options);
  return {
    articles: first.articles,
    seconds,
    articlesPerSecond: first.articles / seconds,
    reprocessed: second.processed,
    events: first.events,
  };
}
