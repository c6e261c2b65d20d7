import { describe, expect, it } from "vitest";
import type { Language } from "../../domain/schemas/ingest";
import { analyzeArticle } from "../analyze-article";
import { findQuotes, findQuotesInParagraph } from "./find-quotes";

function quotes(text: string): string[] {
  return findQuotesInParagraph(text, 0, text.length).map((q) => text.slice(q.start, q.end));
}

/** The paragraphs of a text written one per line, as spans. */
function paragraphsOf(text: string): { start: number; end: number }[] {
  let at = 0;
  return text.split("\n").map((line) => {
    const span = { start: at, end: at + line.length };
    at += line.length + 1;
    return span;
  });
}

describe("quotation marks, French and English", () => {
  it.each([
    ["fr", "Elle a parlé d'une «\u202fprovocation\u202f» et d'un «\u00a0chantage\u00a0».", ["provocation", "chantage"]],
    ["fr", "L'ambassadeur a dit : « c'est l'heure ».", ["c'est l'heure"]],
    ["fr", "« Nous avons dit “jamais”, et nous le pensons », a-t-il dit.", ["Nous avons dit “jamais”, et nous le pensons"]],
    ["en", "“We will not go,” he said. “Never.”", ["We will not go,", "Never."]],
    ["en", "He said ‘we will see’ and left.", ["we will see"]],
    ["en", "She said 'no way' to the plan.", ["no way"]],
  ] as const)("%s: %s", (_language, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it("en: apostrophes in 'n' and '80s are not quotation marks", () => {
    expect(quotes("Rock 'n' roll is back, he said, and the '80s too.")).toEqual([]);
  });

  it.each([
    ["fr", "Il a déclaré : « Nous tiendrons bon.\n« Et nous gagnerons. »"],
    ["en", "He said: “We will hold firm.\n“And we will win.”"],
  ] as const)("%s: a quotation the next paragraph reopens runs to the end of its own: %s", (_language, text) => {
    const found = findQuotes(text, paragraphsOf(text));
    expect(found.map((q) => text.slice(q.start, q.end))).toEqual(
      text.startsWith("Il") ? ["Nous tiendrons bon.", "Et nous gagnerons."] : ["We will hold firm.", "And we will win."],
    );
    expect(found.map((q) => q.outer.end === q.end)).toEqual([true, false]);
  });
});

/** The kept quotes of an invented article published on Wednesday 6 March 2024, with their speakers. */
function kept(text: string, language: Language): [string, string | null][] {
  const article = analyzeArticle({ id: "t", text, language, outlet: null, published: { start: "2024-03-06", end: "2024-03-06", basis: "test" } }, []);
  return article.events
    .flatMap((e) => e.quotes)
    .sort((a, b) => a.start - b.start)
    .map((q) => [q.text, q.speaker]);
}

describe("which quotes an article keeps", () => {
  it.each([
    [
      "fr",
      "La ministre promet « une réponse ferme et rapide » à toute agression.\nAnne Durand a déclaré mardi : « Il y aura une réponse ferme et rapide ». Elle a ensuite promis « une réponse ferme et rapide ».",
      [
        ["Il y aura une réponse ferme et rapide", "Anne Durand"],
        ["une réponse ferme et rapide", "Anne Durand"],
      ],
    ],
    [
      "en",
      'The minister promised "a firm and swift response" to any aggression.\nAnne Durand on Tuesday promised "a firm and swift response" to any attack on an ally.',
      [["a firm and swift response", "Anne Durand"]],
    ],
  ] as const)("%s: words of the standfirst quoted again in the body are kept once, where the body names the speaker: %s", (language, text, expected) => {
    expect(kept(text, language)).toEqual(expected);
  });

  it.each([
    ["fr", "OTAN : Anne Durand promet « une réponse ferme »\nAnne Durand a promis mardi « une réponse ferme » à toute agression.", [["une réponse ferme", "Anne Durand"]]],
    ["en", 'NATO: Anne Durand vows "a firm response"\nAnne Durand on Tuesday vowed "a firm response" to any aggression.', [["a firm response", "Anne Durand"]]],
  ] as const)("%s: a headline's quote is not taken, the body's is: %s", (language, text, expected) => {
    expect(kept(text, language)).toEqual(expected);
  });

  it.each([
    ["fr", "Le « bouclier européen » reste flou, et le « plan Marshall » aussi."],
    ["en", 'The "peace plan" remains vague, and so does the "grand bargain".'],
  ] as const)("%s: scare quotes of one or two words that nobody says are dropped: %s", (language, text) => {
    expect(kept(text, language)).toEqual([]);
  });

  it.each([
    ["fr", "Le projet d'un « bouclier européen commun » reste flou.", [["bouclier européen commun", null]]],
    ["en", 'The idea of a "common European shield" remains vague.', [["common European shield", null]]],
  ] as const)("%s: three words or more are kept, with no speaker when none is given: %s", (language, text, expected) => {
    expect(kept(text, language)).toEqual(expected);
  });
});
