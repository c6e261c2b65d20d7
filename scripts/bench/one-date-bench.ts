import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { addDays, type IsoDay } from "../../src/domain/day";
import { shardsForDate } from "../../src/domain/event-window";
import { type EventsIndex, eventsIndexSchema } from "../../src/domain/schemas/event-data";
import { readJsonFile } from "../../src/pipeline/corpus/json-file";
import { writeEvents } from "../data/events";
import { gzipBytes } from "./js-bundle";
import { SYNTHETIC_FIRST_DAY, SYNTHETIC_LAST_DAY } from "./synthetic-articles";
import { syntheticAnalyze } from "./synthetic-events";

/** A fixed date in the middle of the span (German reunification), besides the edges and the busiest month. */
const MIDDLE_DAY: IsoDay = "1990-10-03";
/** Days into the busiest month: its middle, where the ±45-day window reaches both neighbours. */
const MID_MONTH_DAYS = 14;

export interface OneDateBench {
  events: number;
  shards: number;
  indexGzipBytes: number;
  /** Index plus the shards `shardsForDate` picks, per date probed. */
  byDate: { date: IsoDay; shards: number; gzipBytes: number }[];
  maxGzipBytes: number;
}

function probeDates(index: EventsIndex): IsoDay[] {
  const busiest = index.shards.reduce((a, b) => (b.count > a.count ? b : a));
  return [...new Set([SYNTHETIC_FIRST_DAY, MIDDLE_DAY, addDays(busiest.start, MID_MONTH_DAYS), SYNTHETIC_LAST_DAY])];
}

/**
 * Writes the corpus in `dataDir` with `eventsPerArticle` synthetic events per article through the real
 * shard writer, then adds up what the app downloads (gzip) to show one date: the events index and the
 * shards `shardsForDate` picks — the same function the app uses.
 */
export async function benchOneDate(dataDir: string, workDir: string, eventsPerArticle: number, seed: number): Promise<OneDateBench> {
  const outDir = join(workDir, "events-out");
  const report = await writeEvents(dataDir, outDir, {
    cacheDir: join(workDir, "events-cache"),
    analyze: syntheticAnalyze(eventsPerArticle, seed),
    log: () => undefined,
  });
  const indexPath = join(outDir, "events", "index.json");
  const index = await readJsonFile(eventsIndexSchema, indexPath);
  if (index.shards.length === 0) throw new Error(`${indexPath}: no shards written`);
  const indexGzipBytes = gzipBytes(await readFile(indexPath));
  const byDate = [];
  for (const date of probeDates(index)) {
    const chosen = shardsForDate(index.shards, date);
    const sizes = await Promise.all(chosen.map(async (s) => gzipBytes(await readFile(join(outDir, "events", s.file)))));
    byDate.push({ date, shards: chosen.length, gzipBytes: sizes.reduce((sum, b) => sum + b, indexGzipBytes) });
  }
  return {
    events: report.events,
    shards: report.shards,
    indexGzipBytes,
    byDate,
    maxGzipBytes: Math.max(...byDate.map((d) => d.gzipBytes)),
  };
}
