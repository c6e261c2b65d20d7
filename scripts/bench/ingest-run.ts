/**
 * One cold ingest for the bench, in a process of its own (see ingest-bench.ts):
 * `ingest-run.ts DATA_DIR WORK_DIR [--again]` runs `timedIngest` bundled, as `npm run data` runs
 * (scripts/bundled.ts; the bundle is built or found before the clock starts), and prints its
 * `IngestRun` as one JSON line on standard output.
 */
import { importBundled } from "../bundled";
import type * as TimedIngest from "./timed-ingest";

const [dataDir, workDir] = process.argv.slice(2);
if (!dataDir || !workDir) throw new Error("usage: ingest-run.ts DATA_DIR WORK_DIR [--again]");
const { timedIngest } = await importBundled<typeof TimedIngest>(new URL("./timed-ingest.ts", import.meta.url));
console.log(JSON.stringify(await timedIngest(dataDir, workDir, process.argv.includes("--again"))));
