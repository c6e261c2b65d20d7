import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { IngestedArticle } from "../../domain/schemas/ingest";
import { analyzeArticle, type ArticleInput } from "../analyze-article";
import { parseReferenceEvents } from "../dates/reference-events";
import { analyseInParallel, MIN_ARTICLES_FOR_WORKERS, prepareAnalysisWorkers } from "./analysis-workers";

const referenceEvents = parseReferenceEvents(JSON.parse(readFileSync("data/reference-events.json", "utf8")), "data/reference-events.json");
const seed = readFileSync("data/articles/003_5241068be115698e.txt", "utf8");
const inputs: ArticleInput[] = Array.from({ length: 40 }, (_, i) => ({
  id: `seed-${i}`,
  text: i % 2 === 0 ? seed : `${seed}\n\nLe président Emmanuel Macron a déclaré mardi que la France soutient l'Otan.`,
  language: "fr",
  outlet: null,
  published: { start: "2022-02-04", end: "2022-02-04", basis: "test" },
}));

/** What the run hands on, by index, and how often each index came. */
function collector() {
  const handed = new Map<number, IngestedArticle>();
  const times = new Map<number, number>();
  return {
    onArticle: (index: number, article: IngestedArticle) => {
      handed.set(index, article);
      times.set(index, (times.get(index) ?? 0) + 1);
    },
    inOrder: (count: number) => Array.from({ length: count }, (_, i) => handed.get(i) ?? null),
    onceEach: (count: number) => Array.from({ length: count }, (_, i) => times.get(i) ?? 0).every((n) => n === 1),
  };
}

describe("analyseInParallel", () => {
  it("gives what the main thread alone gives", async () => {
    const got = collector();
    const parallel = await analyseInParallel(inputs, referenceEvents, got.onArticle, { workers: 1, mainThread: false });
    expect(parallel.byWorkers).toBeGreaterThan(0);
    expect(got.inOrder(inputs.length)).toEqual(inputs.map((input) => analyzeArticle(input, referenceEvents)));
  }, 30_000);

  it("shares the articles between the main thread and a worker, each analysed and handed on exactly once", async () => {
    const got = collector();
    await analyseInParallel(inputs, referenceEvents, got.onArticle, { workers: 1 });
    expect(got.onceEach(inputs.length)).toBe(true);
    expect(got.inOrder(inputs.length)).toEqual(inputs.map((input) => analyzeArticle(input, referenceEvents)));
  }, 30_000);

  it("uses a worker started ahead of the run, with the run's reference events", async () => {
    prepareAnalysisWorkers(MIN_ARTICLES_FOR_WORKERS, 1);
    const few = inputs.slice(0, 6);
    const got = collector();
    const parallel = await analyseInParallel(few, referenceEvents, got.onArticle, { workers: 1, mainThread: false });
    expect(parallel.byWorkers).toBe(few.length);
    expect(got.inOrder(few.length)).toEqual(few.map((input) => analyzeArticle(input, referenceEvents)));
  }, 30_000);
});
