/**
 * The documented switch for trying the app at scale: `ATLAS_SYNTHETIC_EVENTS=100000 npm run build`
 * (or `npm start`) adds seeded synthetic articles to a temporary copy of the corpus, each with
 * `EVENTS_PER_ARTICLE` synthetic events, so the app is built with the real seed articles plus that
 * many generated events. data/ itself is never written.
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeArticle } from "../../src/pipeline/analyze-article";
import type { Analyze } from "../../src/pipeline/corpus/ingest-corpus";
import { writeSyntheticCorpus } from "../bench/synthetic-corpus";
import { syntheticAnalyze } from "../bench/synthetic-events";

export const SYNTHETIC_EVENTS_VARIABLE = "ATLAS_SYNTHETIC_EVENTS";
/** Synthetic events per synthetic article: 2,000 articles make 100,000 events. */
const EVENTS_PER_ARTICLE = 50;
/** The generator's seed: the same switch always builds the same corpus. */
const SEED = 20_260_627;
/** Synthetic article ids are five digits and a hash; real ones are three digits and a hash. */
const SYNTHETIC_ID = /^\d{5}_/;

export interface CorpusSource {
  dataDir: string;
  analyze?: Analyze;
  cacheDir?: string;
  /** Removes the temporary copy, if one was made. */
  dispose(): Promise<void>;
}

/** The corpus to build from: `data/` itself, or a temporary copy with synthetic events added. */
export async function corpusSource(dataDir: string, cacheRoot: string): Promise<CorpusSource> {
  const raw = process.env[SYNTHETIC_EVENTS_VARIABLE];
  if (!raw) return { dataDir, dispose: async () => undefined };
  const events = Number(raw);
  if (!Number.isInteger(events) || events <= 0) {
    throw new Error(`${SYNTHETIC_EVENTS_VARIABLE}=${raw}: expected a positive whole number of events`);
  }
  const copy = await mkdtemp(join(tmpdir(), "atlas-synthetic-"));
  await cp(dataDir, copy, { recursive: true });
  await writeSyntheticCorpus(copy, Math.ceil(events / EVENTS_PER_ARTICLE), SEED);
  const synthetic = syntheticAnalyze(EVENTS_PER_ARTICLE, SEED);
  const analyze: Analyze = (input, referenceEvents) =>
    SYNTHETIC_ID.test(input.id) ? synthetic(input, referenceEvents) : analyzeArticle(input, referenceEvents);
  return {
    dataDir: copy,
    analyze,
    cacheDir: join(cacheRoot, "ingest-synthetic"),
    dispose: () => rm(copy, { recursive: true, force: true }),
  };
}
