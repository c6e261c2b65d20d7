import { describe, expect, it } from "vitest";
import { normalizeSearchText, searchWords } from "./search-text";

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

describe("searchWords", () => {
  it("cut normalized text into distinct words at apostrophes, hyphens and punctuation", () => {
    expect(searchWords("Quoi qu’on en dise, l’Otan… l'OTAN, Jean-Luc!")).toEqual(["quoi", "qu", "on", "en", "dise", "l", "otan", "jean", "luc"]);
    expect(searchWords("Россия и Китай, 2022")).toEqual(["россия", "и", "китаи", "2022"]);
  });

  it("give a blank or punctuation-only query no words", () => {
    expect(searchWords("   ")).toEqual([]);
    expect(searchWords(" « … » ")).toEqual([]);
    expect(searchWords("GEOGRAPHIE  est tetue")).toEqual(["geographie", "est", "tetue"]);
  });
});

describe("searchWords's runs of letters, digits and marks", () => {
  it.each([
    "l’Élysée a dit « non » — 2024, Ω-3, ﬁn, naïve, e\u0301te\u0301",
    "𝐀𝐁 and 😀 between; a lone \ud800 high and \udc00 low surrogate, 中文字 and العربية",
    "ends inside a word",
    "",
  ])("are the runs the pattern [\\p{L}\\p{N}\\p{M}]+ finds in %j", (text) => {
    const byPattern = [...new Set([...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].flatMap(([run]) => searchWords(run)))];
    expect(searchWords(text)).toEqual(byPattern);
  });
});

describe("normalizeSearchText on plain ASCII", () => {
  it("gives what the full decomposition gives", () => {
    for (const text of ["Plain ASCII, with ^carets^ and `backticks`", "  NATO  summit\tin\nVilnius ", "O`Brien's \"quote\""]) {
      expect(normalizeSearchText(text)).toBe(normalizeSearchText(`${text}é`).slice(0, -1).trimEnd());
    }
  });
});
