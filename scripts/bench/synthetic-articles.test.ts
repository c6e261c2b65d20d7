import { describe, expect, it } from "vitest";
import { dayNumber, isIsoDay, weekday } from "../../src/domain/day";
import { articleMetaSchema } from "../../src/domain/schemas/article-meta";
import { ingestedArticleSchema } from "../../src/domain/schemas/ingest";
import { SYNTHETIC_FIRST_DAY, SYNTHETIC_LAST_DAY, type SyntheticArticle, syntheticArticles } from "./synthetic-articles";
import { syntheticAnalyze } from "./synthetic-events";
import { VOCABULARY } from "./synthetic-vocabulary";

describe("syntheticArticles", () => {
  it("generates the same corpus for the same seed and another for another seed", () => {
    expect(syntheticArticles(30, 7)).toEqual(syntheticArticles(30, 7));
    expect(syntheticArticles(30, 7).map((a) => a.text)).not.toEqual(syntheticArticles(30, 8).map((a) => a.text));
  });

  it("writes valid, unique, ordered ids and day-precise publication dates within the span", () => {
    const articles = syntheticArticles(200, 1);
    const ids = articles.map((a) => a.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const { meta } of articles) {
      expect(articleMetaSchema.safeParse(meta).success).toBe(true);
      const published = meta.published ?? { start: "", end: "" };
      expect(published.start).toBe(published.end);
      expect(dayNumber(published.start)).toBeGreaterThanOrEqual(dayNumber(SYNTHETIC_FIRST_DAY));
      expect(dayNumber(published.start)).toBeLessThanOrEqual(dayNumber(SYNTHETIC_LAST_DAY));
    }
  });

  it("mixes French and English and favours recent years", () => {
    const articles = syntheticArticles(1_000, 3);
    const french = articles.filter((a) => a.meta.language === "fr").length;
    expect(french).toBeGreaterThan(700);
    expect(french).toBeLessThan(900);
    const recentHalf = articles.filter((a) => (a.meta.published?.start ?? "") >= "1987-08-18").length;
    expect(recentHalf).toBeGreaterThan(650);
  });

  it("states a weekday only with the day of the month it really falls on", () => {
    const { fr } = VOCABULARY;
    let checked = 0;
    for (const { meta, text } of syntheticArticles(100, 5).filter((a) => a.meta.language === "fr")) {
      const year = Number(meta.published?.start.slice(0, 4));
      for (const m of text.matchAll(/ce (\p{L}+) (\d{1,2}) (\p{L}+)/gu)) {
        const month = fr.months.indexOf(m[3] as string) + 1;
        const stated = fr.weekdays.indexOf(m[1] as string);
        // An event six days from 1 January or 31 December may fall in the neighbouring year.
        const days = [year - 1, year, year + 1].map((y) => `${y}-${String(month).padStart(2, "0")}-${String(m[2]).padStart(2, "0")}`);
        expect(days.some((d) => isIsoDay(d) && weekday(d) === stated)).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe("syntheticAnalyze", () => {
  it("gives each article the requested number of valid events, reproducibly", () => {
    const [{ meta, text }] = syntheticArticles(1, 11) as [SyntheticArticle];
    const input = { id: meta.id, text, language: meta.language, outlet: meta.outlet, published: meta.published };
    const analysed = syntheticAnalyze(50, 2)(input, []);
    expect(ingestedArticleSchema.safeParse(analysed).success).toBe(true);
    expect(analysed.events).toHaveLength(50);
    expect(new Set(analysed.events.map((e) => e.id)).size).toBe(50);
    expect(analysed.events.some((e) => e.quotes.length > 0)).toBe(true);
    expect(syntheticAnalyze(50, 2)(input, [])).toEqual(analysed);
  });
});
