import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IngestRun } from "./timed-ingest";
import { percentile } from "./stats";

export interface IngestBench {
  articles: number;
  /** Each cold run's throughput, in the order they ran. */
  runs: number[];
  /** Their median. */
  articlesPerSecond: number;
  /** Articles the second run over the unchanged corpus analysed again (the cache should make it 0). */
  reprocessed: number;
  events: number;
}

/** Cold runs measured: one run's throughput moves by a tenth with what else the machine is doing. */
export const INGEST_RUNS = 3;

const RUN_SCRIPT = fileURLToPath(new URL("./ingest-run.ts", import.meta.url));

/** Runs ingest-run.ts in a new Node process with this one's flags and loader (tsx, the V8 flags of `npm run bench`). */
function runInNewProcess(args: string[]): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, RUN_SCRIPT, ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").at(-1) ?? "";
      if (code !== 0) reject(new Error(`ingest run exited with ${code}`));
      else resolve(JSON.parse(last) as IngestRun);
    });
  });
}

/**
 * Runs the real pipeline (scripts/data/events.ts: read, analyse, cache, write shards) over the corpus
 * in `dataDir` from an empty cache, `INGEST_RUNS` times, each in a new process, so that each starts
 * cold as `npm run data` does, into folders under `workDir`; the first run then goes over the
 * unchanged corpus again. The throughput is the runs' median.
 */
export async function benchIngest(dataDir: string, workDir: string): Promise<IngestBench> {
  const runs: IngestRun[] = [];
  for (let i = 0; i < INGEST_RUNS; i++) runs.push(await runInNewProcess([dataDir, join(workDir, `ingest-${i}`), ...(i === 0 ? ["--again"] : [])]));
  const [first] = runs;
  if (!first || first.reprocessed === null) throw new Error("the first ingest run did not run again");
  const perSecond = runs.map((run) => run.articles / run.seconds);
  return {
    articles: first.articles,
    runs: perSecond,
    articlesPerSecond: percentile(perSecond, 50),
    reprocessed: first.reprocessed,
    events: first.events,
  };
}
