import { describe, expect, it } from "vitest";
import type { Language } from "../../domain/schemas/ingest";
import { analyzeArticle } from "../analyze-article";
import { buildDocument } from "./document";

function datelines(text: string, language: Language): string[] {
  return buildDocument(text, language).datelines.map((s) => text.slice(s.start, s.end));
}

describe("findDatelines", () => {
  it.each([
    ["fr", "Titre de l'article\nBRUXELLES (AFP) — La ministre a parlé.", "BRUXELLES (AFP) — "],
    ["fr", "PARIS, 5 mars 2024 (AFP) - Anne Durand a parlé.", "PARIS, 5 mars 2024 (AFP) - "],
    ["en", "WASHINGTON (AP) — NATO leaders met.", "WASHINGTON (AP) — "],
    ["en", "SAN DIEGO — The leaders met.", "SAN DIEGO — "],
    ["en", "Budapest [Hungary], February 18 (ANI): The minister spoke.", "Budapest [Hungary], February 18 (ANI): "],
  ] as const)("%s: %s", (language, text, expected) => {
    expect(datelines(text, language)).toEqual([expected]);
  });

  it.each([
    ["fr", "Anne Durand — la ministre — a parlé."],
    ["fr", "Paris - Berlin : un axe fragile, selon les experts."],
    ["en", "Kyiv: the talks failed, officials said."],
    ["fr", "Un.\nDeux.\nTrois.\nMOSCOU (AFP) — Le Kremlin a parlé."],
  ] as const)("%s: not a dateline: %s", (language, text) => {
    expect(datelines(text, language)).toEqual([]);
  });
});

describe("a dateline in an article", () => {
  it.each([
    ["fr", "BRUXELLES, 5 mars 2024 (AFP) - Anne Durand a déclaré hier : « Nous sommes prêts. »", "hier"],
    ["en", 'BRUSSELS, March 5, 2024 (AFP) - Anne Durand said yesterday: "We are ready."', "yesterday"],
  ] as const)("%s: states the publication when the metadata does not: %s", (language, text, evidence) => {
    const article = analyzeArticle({ id: "t", text, language, outlet: null, published: null }, []);
    expect(article.events.map((e) => [text.slice(e.date.evidence.start, e.date.evidence.end), e.date.start, e.date.end, e.quotes.map((q) => q.speaker)])).toEqual([
      [evidence, "2024-03-04", "2024-03-04", ["Anne Durand"]],
    ]);
  });

  it.each([
    ["fr", "MOSCOU (AFP) — « Nous prenons note », a déclaré Dmitri Peskov.", "Dmitri Peskov"],
    ["en", 'KYIV (Reuters) — "We take note," Anne Durand said.', "Anne Durand"],
  ] as const)("%s: is neither a speaker nor an event: %s", (language, text, speaker) => {
    const article = analyzeArticle({ id: "t", text, language, outlet: null, published: { start: "2024-03-06", end: "2024-03-06", basis: "test" } }, []);
    expect(article.events.map((e) => [e.date.start, e.date.end, e.quotes.map((q) => q.speaker)])).toEqual([["2024-03-06", "2024-03-06", [speaker]]]);
  });
});
