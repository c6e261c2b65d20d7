/**
 * One cold ingest for the bench, in a process of its own (see ingest-bench.ts):
 * `ingest-run.ts DATA_DIR WORK_DIR [--again]` runs the real pipeline (scripts/data/events.ts) over the
 * corpus in DATA_DIR into WORK_DIR on an empty analysis cache, timed, and with `--again` once more
 * over the unchanged corpus; prints one JSON line (`IngestRun`) on standard output.
 */
import { join } from "node:path";
import { workerScriptReady } from "../../src/pipeline/corpus/analysis-workers";
import { writeEvents } from "../data/events";

export interface IngestRun {
  articles: number;
  seconds: number;
  events: number;
  /** Articles the run over the unchanged corpus analysed again (with `--again`; the cache should make it 0). */
  reprocessed: number | null;
}

const [dataDir, workDir] = process.argv.slice(2);
if (!dataDir || !workDir) throw new Error("usage: ingest-run.ts DATA_DIR WORK_DIR [--again]");
const options = { cacheDir: join(workDir, "ingest-cache"), log: () => undefined };
const outDir = join(workDir, "ingest-out");
// The workers' script is bundled (or found bundled) before the clock starts, as the app is built before the browser benches.
await workerScriptReady();
const started = performance.now();
const first = await writeEvents(dataDir, outDir, options);
const seconds = (performance.now() - started) / 1_000;
const again = process.argv.includes("--again") ? await writeEvents(dataDir, outDir, options) : null;
const run: IngestRun = { articles: first.articles, seconds, events: first.events, reprocessed: again?.processed ?? null };
console.log(JSON.stringify(run));
