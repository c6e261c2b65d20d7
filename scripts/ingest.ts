/**
 * The ingest CLI (DESIGN.md, "Ingest CLI"). With `--json`, prints the analysis of FILE... and
 * writes nothing; without it, adds the files to the corpus in data/ and regenerates public/data/.
 * Any bad input stops everything before a single file is written: one line on stderr, exit 1.
 */
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestOutputSchema } from "../src/domain/schemas/ingest";
import { addToCorpus } from "../src/pipeline/corpus/add-to-corpus";
import { applyCuration } from "../src/pipeline/corpus/apply-curation";
import { parseIngestArgs } from "../src/pipeline/corpus/cli-args";
import { terminalProgress } from "../src/pipeline/corpus/progress";
import { analyzeWithMeta } from "../src/pipeline/corpus/ingest-corpus";
import { parseWithSchema } from "../src/pipeline/corpus/json-file";
import { readReferenceEvents } from "../src/pipeline/corpus/read-corpus";
import { type ResolvedInput, resolveInputs } from "../src/pipeline/corpus/resolve-inputs";
import { writeEvents } from "./data/events";

/** Relative to the working directory so that error messages name files as a reader would type them. */
const root = relative(process.cwd(), fileURLToPath(new URL("..", import.meta.url))) || ".";
const dataDir = join(root, "data");
const outDir = join(root, "public", "data");

/** On a terminal only: standard output carries the JSON, and piped runs and logs stay clean. */
const progress = terminalProgress(process.stderr, "ingest");

async function printJson(inputs: ResolvedInput[]): Promise<void> {
  const referenceEvents = await readReferenceEvents(dataDir);
  progress.begin(inputs.length);
  const articles = inputs.map(({ file, meta, text, curation }) => {
    const analysed = applyCuration(analyzeWithMeta(meta, text, referenceEvents), curation).article;
    progress.advance(basename(file));
    return analysed;
  });
  progress.end();
  const output = parseWithSchema(ingestOutputSchema, { articles }, "ingest output");
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

async function addAndRegenerate(inputs: ResolvedInput[]): Promise<void> {
  const added = await addToCorpus(dataDir, inputs);
  try {
    const report = await writeEvents(dataDir, outDir, { progress });
    const ids = added.ids.length > 0 ? added.ids.join(", ") : "none (already in the corpus)";
    console.log(`ingest: added ${ids}; ${report.events} events from ${report.articles} articles (${report.processed} analysed, ${report.cached} cached)`);
  } catch (error) {
    await added.rollback();
    throw error;
  }
}

try {
  const args = parseIngestArgs(process.argv.slice(2));
  const inputs = await resolveInputs(args, dataDir);
  await (args.json ? printJson(inputs) : addAndRegenerate(inputs));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`ingest: ${message.split("\n")[0]}`);
  process.exitCode = 1;
}
