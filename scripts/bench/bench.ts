/**
 * `npm run bench [-- --json]`: measures the performance goals of the product on the production
 * build (run `npm run build` first) and on synthetic corpora, and prints a table, or with `--json`
 * one JSON object on the last line of standard output. Progress goes to standard error.
 * Numbers from a shared or loaded machine are noisy: compare runs on the same machine.
 */
import { access, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "@playwright/test";
import { launchBrowser } from "./browser";
import type { BenchResult } from "./goals";
import { fetchedJsFiles } from "./initial-js";
import { benchIngest } from "./ingest-bench";
import { gzipTotal, shellJsFiles } from "./js-bundle";
import { SWEEP_BLOCS, sweepMembershipUpdates } from "./membership-sweep";
import { benchOneDate } from "./one-date-bench";
import { startPreview } from "./preview-server";
import { formatTable } from "./report";
import { measureScrub } from "./scrub";
import { type Spread, spread } from "./stats";
import { writeSyntheticCorpus } from "./synthetic-corpus";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "dist");
/** The synthetic corpus: 2,000 articles; with 50 events each it also makes the 100,000-event corpus. */
const ARTICLES = 2_000;
const EVENTS_PER_ARTICLE = 50;
/** Any fixed seed: it only has to be the same from run to run. */
const SEED = 20_240_404;

const log = (line: string) => console.error(`bench: ${line}`);
const round = (value: number, digits = 3) => Number(value.toFixed(digits));
/** performance.now() is coarsened to 0.1 ms in the page: more digits are float noise. */
const roundSpread = ({ p50, p95 }: Spread): Spread => ({ p50: round(p50), p95: round(p95) });

async function browserBenches(browser: Browser, baseUrl: string, dist: string) {
  const updates: number[] = [];
  for (const bloc of SWEEP_BLOCS) {
    const durations = await sweepMembershipUpdates(browser, baseUrl, bloc);
    log(`${bloc}: ${durations.length} recolourings, ${JSON.stringify(roundSpread(spread(durations)))} ms`);
    updates.push(...durations);
  }
  const scrub = await measureScrub(browser, baseUrl);
  log(
    `scrub: p95 ${round(scrub.scrubP95Ms)} ms over ${scrub.frames.scrub} frames (${scrub.longTasksDuringScrub} long tasks, ` +
      `${scrub.longTasksDuringBorderScrub} in the ${scrub.frames.borderScrub} frames across 1990–1992, p95 ${round(scrub.borderScrubP95Ms)} ms), ` +
      `pan p95 ${round(scrub.panP95Ms)} ms over ${scrub.frames.pan} frames`,
  );
  const initial = await gzipTotal(dist, await fetchedJsFiles(browser, baseUrl));
  log(`initial JS: ${initial.files.map((f) => `${f.file} ${f.bytes}`).join(", ")}`);
  return { updates, scrub, initial };
}

async function nodeBenches(work: string) {
  const dataDir = join(work, "data");
  await writeSyntheticCorpus(dataDir, ARTICLES, SEED);
  const ingest = await benchIngest(dataDir, work);
  const perSecond = ingest.runs.map((r) => Math.round(r)).join(", ");
  log(`ingest: ${ingest.articles} articles, ${ingest.events} events: ${perSecond} articles/s in ${ingest.runs.length} cold runs; second run re-processed ${ingest.reprocessed}`);
  const oneDate = await benchOneDate(dataDir, work, EVENTS_PER_ARTICLE, SEED);
  log(`one date at ${oneDate.events} events (${oneDate.shards} shards, index ${oneDate.indexGzipBytes} B gzip): ${JSON.stringify(oneDate.byDate)}`);
  return { ingest, oneDate };
}

/** Starts and always stops its own preview server (serving `dist`) and browser. */
async function inBrowser(dist: string) {
  const preview = await startPreview(ROOT, dist);
  try {
    const browser = await launchBrowser();
    try {
      log(`measuring the build at ${preview.url}`);
      return await browserBenches(browser, preview.url, dist);
    } finally {
      await browser.close();
    }
  } finally {
    await preview.close();
  }
}

async function run(): Promise<BenchResult> {
  await access(join(DIST, "index.html")).catch(() => {
    throw new Error("dist/index.html is missing: run `npm run build` first");
  });
  const work = await mkdtemp(join(tmpdir(), "atlas-bench-"));
  try {
    // A snapshot, so a rebuild during the run (the machine may be shared) cannot mix two builds.
    const dist = join(work, "dist");
    await cp(DIST, dist, { recursive: true });
    const shell = await gzipTotal(dist, await shellJsFiles(dist));
    const browserPart = await inBrowser(dist);
    const { ingest, oneDate } = await nodeBenches(work);
    return {
      membershipUpdateMs: roundSpread(spread(browserPart.updates)),
      scrubFrameRatio: round(browserPart.scrub.ratio),
      longTasksDuringScrub: browserPart.scrub.longTasksDuringScrub,
      initialJsGzipBytes: browserPart.initial.bytes,
      shellJsGzipBytes: shell.bytes,
      ingestArticlesPerSecond: Math.round(ingest.articlesPerSecond),
      reingestUnchangedArticles: ingest.reprocessed,
      oneDateGzipBytesAt100kEvents: oneDate.maxGzipBytes,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

try {
  const result = await run();
  console.log(process.argv.includes("--json") ? JSON.stringify(result) : formatTable(result));
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
