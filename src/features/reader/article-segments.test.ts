import { describe, expect, it } from "vitest";
import { splitArticle } from "./article-segments";

const text = "Menu | Title. He said: quoi qu'on en dise. Read also: other story";
const span = (part: string) => {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
};
const pieces = (segments: ReturnType<typeof splitArticle>) =>
  segments.map((s) => [text.slice(s.start, s.end), s.furniture ? "furniture" : s.highlight ? "mark" : "plain"]);

describe("splitArticle", () => {
  it("splits the text into plain runs, page furniture and the highlighted quote, covering every character once", () => {
    const segments = splitArticle(text.length, [span("Menu | "), span("Read also: other story")], span("quoi qu'on en dise"));
    expect(pieces(segments)).toEqual([
      ["Menu | ", "furniture"],
      ["Title. He said: ", "plain"],
      ["quoi qu'on en dise", "mark"],
      [". ", "plain"],
      ["Read also: other story", "furniture"],
    ]);
    expect(segments.map((s) => text.slice(s.start, s.end)).join("")).toBe(text);
  });

  it("joins adjacent furniture spans and keeps a quote inside furniture marked", () => {
    const segments = splitArticle(text.length, [span("Menu | "), span("Title. ")], span("Title"));
    expect(segments.map((s) => [s.start, s.end, s.furniture, s.highlight])).toEqual([
      [0, 7, true, false],
      [7, 12, true, true],
      [12, 14, true, false],
      [14, text.length, false, false],
    ]);
  });

  it("gives one plain run without spans, and clips spans past the end", () => {
    expect(splitArticle(10, [], null)).toEqual([{ start: 0, end: 10, furniture: false, highlight: false, quote: -1 }]);
    expect(splitArticle(10, [{ start: 8, end: 40 }], null)).toEqual([
      { start: 0, end: 8, furniture: false, highlight: false, quote: -1 },
      { start: 8, end: 10, furniture: true, highlight: false, quote: -1 },
    ]);
  });

  it("gives each quote of the article its own runs, so each can be isolated, highlighted or not", () => {
    const quotes = [span("Title"), span("quoi qu'on en dise")];
    const segments = splitArticle(text.length, [span("Menu | ")], span("quoi qu'on en dise"), quotes);
    expect(segments.map((s) => [text.slice(s.start, s.end), s.quote, s.highlight])).toEqual([
      ["Menu | ", -1, false],
      ["Title", 0, false],
      [". He said: ", -1, false],
      ["quoi qu'on en dise", 1, true],
      [". Read also: other story", -1, false],
    ]);
  });

  it("has no segment for an empty text", () => {
    expect(splitArticle(0, [], null)).toEqual([]);
  });
});
