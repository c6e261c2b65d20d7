import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze-article";

const PUBLISHED = { start: "2024-03-06", end: "2024-03-06", basis: "test" };

function events(text: string) {
  return analyzeArticle({ id: "t", text, language: "fr", outlet: null, published: PUBLISHED }, []).events.map((e) => ({
    date: `${e.date.start}..${e.date.end}`,
    quotes: e.quotes.map((q) => q.text),
  }));
}

describe("buildEvents", () => {
  it("makes no event from a hypothetical date, nor from a date inside a quote that counts from when it was said", () => {
    expect(events("Jean Martin a parlé le 5 mars 2024. Il partirait s'il était élu le 3 avril 2025.")).toEqual([
      { date: "2024-03-05..2024-03-05", quotes: [] },
    ]);
    expect(events('Jean Martin a dit le 5 mars 2024 : « nous partirons le 3 avril, ou mardi ».')).toEqual([
      { date: "2024-03-05..2024-03-05", quotes: ["nous partirons le 3 avril, ou mardi"] },
    ]);
  });

  it("dates an event from a full date inside a quote", () => {
    expect(events('Jean Martin a dit le 5 mars 2024 : « nous partirons le 3 avril 2025 ».')).toEqual([
      { date: "2024-03-05..2024-03-05", quotes: ["nous partirons le 3 avril 2025"] },
      { date: "2025-04-03..2025-04-03", quotes: [] },
    ]);
  });

  it("keeps recalled history as its own event without the quotes said today", () => {
    expect(events('Jean Martin a parlé le 5 mars 2024. Il juge "dangereuse" l\'alliance créée en 2021.')).toEqual([
      { date: "2024-03-05..2024-03-05", quotes: ["dangereuse"] },
      { date: "2021-01-01..2021-12-31", quotes: [] },
    ]);
  });

  it("merges a second mention of the same day, but not a statement by someone else", () => {
    const text = 'Jean Martin a parlé le 5 mars 2024. Le 5 mars 2024, on a signé. Le 5 mars 2024, Paul Girard a dit "non".';
    expect(events(text)).toEqual([
      { date: "2024-03-05..2024-03-05", quotes: [] },
      { date: "2024-03-05..2024-03-05", quotes: ["non"] },
    ]);
  });
});
