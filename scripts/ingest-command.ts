import { basename, join } from "node:path";
import { ingestOutputSchema } from "../src/domain/schemas/ingest";
import { addToCorpus } from "../src/pipeline/corpus/add-to-corpus";
import { applyCuration } from "../src/pipeline/corpus/apply-curation";
import { parseIngestArgs } from "../src/pipeline/corpus/cli-args";
import { analyzeWithMeta } from "../src/pipeline/corpus/ingest-corpus";
import { parseWithSchema } from "../src/pipeline/corpus/json-file";
import { terminalProgress } from "../src/pipeline/corpus/progress";
import { articlePaths, readReferenceEvents } from "../src/pipeline/corpus/read-corpus";
import { matchCorpus, readInputs, type ResolvedInput } from "../src/pipeline/corpus/resolve-inputs";
import { writeAppData } from "./data/app-data";
import { publishGeneration } from "./data/publish";
import { repairLeftovers } from "./repair-leftovers";

const UNDATED = "no dated event: it will not appear on the timeline";
const warn = (line: string) => console.error(`ingest: ${line}`);
/** On a terminal only: standard output carries the JSON, and piped runs and logs stay clean. */
const progress = terminalProgress(process.stderr, "ingest");

async function printJson(inputs: ResolvedInput[], dataDir: string): Promise<void> {
  const referenceEvents = await readReferenceEvents(dataDir);
  progress.begin(inputs.length);
  const articles = inputs.map(({ file, meta, text, curation }) => {
    const analysed = applyCuration(analyzeWithMeta(meta, text, referenceEvents), curation).article;
    progress.advance(basename(file));
    return analysed;
  });
  progress.end();
  const output = parseWithSchema(ingestOutputSchema, { articles }, "ingest output");
  articles.forEach((article, i) => {
    if (article.events.length === 0) warn(`warning: ${inputs[i]?.file}: ${UNDATED}`);
  });
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

async function addAndRegenerate(inputs: ResolvedInput[], root: string, dataDir: string): Promise<void> {
  const added = await addToCorpus(dataDir, inputs);
  let report;
  try {
    report = await publishGeneration(root, (outDir) => writeAppData(dataDir, outDir, { log: warn, progress }));
  } catch (error) {
    await added.rollback();
    throw error;
  }
  added.commit();
  const undated = new Set(report.undated);
  added.ids.forEach((id, i) => {
    if (undated.has(id)) warn(`warning: ${articlePaths(dataDir, id).text} (from ${added.files[i]}): ${UNDATED}`);
  });
  const ids = added.ids.length > 0 ? added.ids.join(", ") : "none (already in the corpus)";
  console.log(`ingest: added ${ids}; ${report.events} events from ${report.articles} articles (${report.processed} analysed, ${report.cached} cached)`);
}

/**
 * The ingest CLI (DESIGN.md, "Ingest CLI") in the project at `root`, relative to the working
 * directory. With `--json`, prints the analysis of FILE... and writes nothing; without it, adds the
 * files to the corpus in data/ and regenerates public/data/. Any bad input stops everything before a
 * single file is written; a failure after the files were added takes them back.
 */
export async function runIngest(argv: readonly string[], root: string): Promise<void> {
  const dataDir = join(root, "data");
  const args = parseIngestArgs(argv);
  const texts = await readInputs(args.files);
  // After the input is known to be good (bad input leaves data/ as it was) and before the corpus is read.
  if (!args.json) repairLeftovers(root, dataDir, warn);
  const inputs = await matchCorpus(texts, args, dataDir);
  await (args.json ? printJson(inputs, dataDir) : addAndRegenerate(inputs, root, dataDir));
}
