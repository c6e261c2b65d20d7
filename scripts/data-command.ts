import { join } from "node:path";
import { writeAppData } from "./data/app-data";
import { publishGeneration } from "./data/publish";
import { corpusSource } from "./data/synthetic-corpus-switch";
import { repairLeftovers } from "./repair-leftovers";

/**
 * `npm run data` in the project at `root` (relative to the working directory, so that every message
 * names files as a reader types them): repairs what a killed run left, then writes a new generation
 * of public/data from data/. Throws, naming the file and the field, when a data file is bad.
 */
export async function runData(root: string): Promise<void> {
  const started = performance.now();
  const dataDir = join(root, "data");
  repairLeftovers(root, dataDir, (line) => console.error(`data: ${line}`));
  const corpus = await corpusSource(dataDir, join(root, ".cache"));
  try {
    await publishGeneration(root, (outDir) =>
      writeAppData(dataDir, outDir, {
        corpusDir: corpus.dataDir,
        analyze: corpus.analyze,
        cacheDir: corpus.cacheDir,
        log: (line) => console.error(`data: ${line}`),
      }),
    );
  } finally {
    await corpus.dispose();
  }
  console.log(`data: public/data written in ${Math.round(performance.now() - started)} ms`);
}
