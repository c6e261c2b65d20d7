import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleMetaSchema } from "../domain/schemas/article-meta";
import { ingestedArticleSchema, type IngestedArticle } from "../domain/schemas/ingest";
import { analyzeArticle } from "./analyze-article";
import { parseReferenceEvents } from "./dates/reference-events";
import { parseGold, type Gold } from "./gold/gold-schema";
import { contains, overlaps } from "./text/spans";

const root = join(import.meta.dirname, "../..");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));
const referenceEvents = parseReferenceEvents(readJson("data/reference-events.json"), "data/reference-events.json");
const goldFiles = readdirSync(join(import.meta.dirname, "gold")).filter((f) => f.endsWith(".gold.json"));

function analyzeSeed(gold: Gold): IngestedArticle {
  const meta = articleMetaSchema.parse(readJson(`data/articles/${gold.article}.meta.json`));
  const text = readFileSync(join(root, `data/articles/${gold.article}.txt`), "utf8");
  return analyzeArticle({ id: meta.id, text, language: meta.language, outlet: meta.outlet, published: meta.published }, referenceEvents);
}

describe.each(goldFiles)("seed %s meets its gold", (file) => {
  const gold = parseGold(readJson(`src/pipeline/gold/${file}`), file);
  const article = analyzeSeed(gold);
  const quotes = article.events.flatMap((e) => e.quotes);

  it("validates against the ingest schema", () => {
    expect(ingestedArticleSchema.safeParse(article).success).toBe(true);
  });

  it("finds every quote with its exact span and speaker, and nothing else", () => {
    const found = quotes.map(({ text, start, end, speaker }) => ({ text, start, end, speaker })).sort((a, b) => a.start - b.start);
    const expected = gold.quotes.map(({ text, start, end, speaker }) => ({ text, start, end, speaker }));
    expect(found).toEqual(expected);
  });

  it("dates every event and groups its quotes", () => {
    expect(article.events).toHaveLength(gold.events.length);
    for (const goldEvent of gold.events) {
      const event = article.events.find((e) => overlaps(e.date.evidence, goldEvent.evidence));
      expect(event, `event "${goldEvent.key}" (${goldEvent.evidence.text})`).toBeDefined();
      expect({ key: goldEvent.key, start: event?.date.start, end: event?.date.end }).toEqual({
        key: goldEvent.key,
        start: goldEvent.start,
        end: goldEvent.end,
      });
      const expectedQuotes = gold.quotes.filter((q) => q.event === goldEvent.key).map((q) => q.start);
      expect(event?.quotes.map((q) => q.start)).toEqual(expectedQuotes);
    }
  });

  it("sets the furniture aside: no event or quote comes from it", () => {
    for (const piece of gold.furniture) {
      expect(article.boilerplate.some((b) => contains(b, piece)), piece.text).toBe(true);
    }
    for (const span of [...article.events.map((e) => e.date.evidence), ...quotes]) {
      expect(article.boilerplate.some((b) => contains(b, span))).toBe(false);
    }
  });
});

describe("analyzeArticle", () => {
  it("gives the same ids on every run", () => {
    const gold = parseGold(readJson(`src/pipeline/gold/${goldFiles[4]}`), "004");
    expect(analyzeSeed(gold).events.map((e) => e.id)).toEqual(analyzeSeed(gold).events.map((e) => e.id));
  });
});
