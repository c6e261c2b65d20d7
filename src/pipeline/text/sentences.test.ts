import { describe, expect, it } from "vitest";
import { findQuotesInParagraph } from "../quotes/find-quotes";
import { splitSentences } from "./sentences";

function sentences(text: string): string[] {
  const quotes = findQuotesInParagraph(text, 0, text.length).map((q) => q.outer);
  return splitSentences(text, { start: 0, end: text.length }, quotes, "fr").map((s) => text.slice(s.start, s.end));
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
