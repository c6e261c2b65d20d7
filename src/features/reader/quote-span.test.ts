import { describe, expect, it } from "vitest";
import { locateQuote } from "./quote-span";

const text = "Il a dit : « quoi qu’on en dise, la géographie est têtue ». Puis : « sur la table ».";
const quote = "quoi qu’on en dise, la géographie est têtue";
const at = text.indexOf(quote);

describe("locateQuote", () => {
  it("keeps the recorded span when it holds the quote", () => {
    expect(locateQuote(text, { text: quote, start: at, end: at + quote.length })).toEqual({ start: at, end: at + quote.length });
  });

  it("finds the quote again when the offsets no longer match the text", () => {
    expect(locateQuote(text, { text: "sur la table", start: 0, end: 12 })).toEqual({
      start: text.indexOf("sur la table"),
      end: text.indexOf("sur la table") + 12,
    });
  });

  it("gives nothing for a quote that is not in the text", () => {
    expect(locateQuote(text, { text: "la sécurité est mondiale", start: 0, end: 24 })).toBeNull();
  });
});
