import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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

describe("analyseInParallel", () => {
  it("gives, in input order, what the main thread alone gives", async () => {
    const parallel = await analyseInParallel(inputs, referenceEvents, { workers: 1, mainThread: false });
    expect(parallel.byWorkers).toBeGreaterThan(0);
    expect(parallel.articles).toEqual(inputs.map((input) => analyzeArticle(input, referenceEvents)));
  }, 30_000);

  it("shares the articles between the main thread and a worker, each analysed and handed on exactly once", async () => {
    const handed: number[] = [];
    const parallel = await analyseInParallel(inputs, referenceEvents, { workers: 1, onArticle: (index) => handed.push(index) });
    expect(handed.toSorted((a, b) => a - b)).toEqual(inputs.map((_, i) => i));
    expect(parallel.articles).toEqual(inputs.map((input) => analyzeArticle(input, referenceEvents)));
  }, 30_000);

  it("uses a worker started ahead of the run, with the run's reference events", async () => {
    prepareAnalysisWorkers(MIN_ARTICLES_FOR_WORKERS, 1);
    const few = inputs.slice(0, 6);
    const parallel = await analyseInParallel(few, referenceEvents, { workers: 1, mainThread: false });
    expect(parallel.byWorkers).toBe(few.length);
    expect(parallel.articles).toEqual(few.map((input) => analyzeArticle(input, referenceEvents)));
  }, 30_000);
});
