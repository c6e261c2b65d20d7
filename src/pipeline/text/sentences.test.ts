import { describe, expect, it } from "vitest";
import type { Language } from "../../domain/schemas/ingest";
import { findQuotesInParagraph } from "../quotes/find-quotes";
import { buildDocument } from "./document";
import { fr } from "../language/fr";
import { splitSentences } from "./sentences";

function sentences(text: string): string[] {
  const quotes = findQuotesInParagraph(text, 0, text.length).map((q) => q.outer);
  return splitSentences(text, { start: 0, end: text.length }, quotes, fr).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("splits at a full stop before a capital, not inside quotes or after initials", () => {
    expect(sentences("M. Durand est venu. “Il part. Nous restons,” dit-il. Fin.")).toEqual([
      "M. Durand est venu.",
      "“Il part. Nous restons,” dit-il.",
      "Fin.",
    ]);
  });

  it("ends a sentence after a quote that ends with its own full stop", () => {
    expect(sentences("He spoke of “aggression.” “I am in favor,” he said.")).toEqual([
      "He spoke of “aggression.”",
      "“I am in favor,” he said.",
    ]);
  });
});

describe("sentences of an article, French and English", () => {
  const sentencesOf = (text: string, language: Language) => {
    const doc = buildDocument(text, language);
    return doc.sentences.map((s) => text.slice(s.start, s.end));
  };

  it.each([
    ["fr", "M. Durand est venu. Mme Girard aussi. Le général J. Martin est resté.", ["M. Durand est venu.", "Mme Girard aussi.", "Le général J. Martin est resté."]],
    ["en", "Mr. Weber arrived. Gen. Smith left. Dr. Jones stayed.", ["Mr. Weber arrived.", "Gen. Smith left.", "Dr. Jones stayed."]],
    ["en", "The U.S. and the U.K. signed. They left.", ["The U.S. and the U.K. signed.", "They left."]],
  ] as const)("%s: a title or an initial does not end a sentence: %s", (language, text, expected) => {
    expect(sentencesOf(text, language)).toEqual(expected);
  });

  it.each([
    ["fr", "« Nous partons. Nous reviendrons », a-t-il dit. Fin de la réunion.", ["« Nous partons. Nous reviendrons », a-t-il dit.", "Fin de la réunion."]],
    ["en", "“We leave. We will return,” he said. The meeting ended.", ["“We leave. We will return,” he said.", "The meeting ended."]],
  ] as const)("%s: a quote of several sentences stays one sentence with its incise: %s", (language, text, expected) => {
    expect(sentencesOf(text, language)).toEqual(expected);
  });

  it.each([
    ["fr", "« Nous ne reculerons pas ». C'est ce qu'a assuré Paul Girard.", ["« Nous ne reculerons pas ».", "C'est ce qu'a assuré Paul Girard."]],
    ["en", "“We will not retreat.” That was what he said.", ["“We will not retreat.”", "That was what he said."]],
    ["fr", "Anne Durand a parlé ! Paul Girard aussi ? Oui.", ["Anne Durand a parlé !", "Paul Girard aussi ?", "Oui."]],
  ] as const)("%s: a sentence ends after a closed quote or a French spaced mark: %s", (language, text, expected) => {
    expect(sentencesOf(text, language)).toEqual(expected);
  });

  it("fr: a full stop before a lower-case word does not end the sentence", () => {
    expect(sentencesOf("Le sommet a eu lieu à Washington. l'OTAN a 75 ans.", "fr")).toEqual(["Le sommet a eu lieu à Washington. l'OTAN a 75 ans."]);
  });
});
