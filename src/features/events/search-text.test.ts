import { describe, expect, it } from "vitest";
import { matchesTerms, normalizeSearchText, queryTerms } from "./search-text";

describe("normalizeSearchText", () => {
  it("drops accents and case", () => {
    expect(normalizeSearchText("La Géographie est TÊTUE")).toBe("la geographie est tetue");
    expect(normalizeSearchText("Mélenchon")).toBe(normalizeSearchText("MELENCHON"));
  });

  it("unifies typographic apostrophes, ligatures and spacing", () => {
    expect(normalizeSearchText("quoi qu’on  en\ndise")).toBe("quoi qu'on en dise");
    expect(normalizeSearchText("Œuvre « cœur »")).toBe('oeuvre " coeur "');
  });
});

describe("queryTerms and matchesTerms", () => {
  const text = normalizeSearchText("Quoi qu’on en dise, la géographie est têtue");

  it("matches when every word occurs, in any order", () => {
    expect(matchesTerms(text, queryTerms("tetue GEOGRAPHIE"))).toBe(true);
    expect(matchesTerms(text, queryTerms("qu'on"))).toBe(true);
    expect(matchesTerms(text, queryTerms("géographie Atlantique"))).toBe(false);
  });

  it("treats a blank query as no condition", () => {
    expect(queryTerms("   ")).toEqual([]);
    expect(matchesTerms(text, [])).toBe(true);
  });
});
