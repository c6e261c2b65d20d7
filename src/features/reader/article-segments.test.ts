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
    const segments = splitArticle(text.length, { furniture: [span("Menu | "), span("Read also: other story")], highlight: span("quoi qu'on en dise") });
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
    const segments = splitArticle(text.length, { furniture: [span("Menu | "), span("Title. ")], highlight: span("Title") });
    expect(segments.map((s) => [s.start, s.end, s.furniture, s.highlight])).toEqual([
      [0, 7, true, false],
      [7, 12, true, true],
      [12, 14, true, false],
      [14, text.length, false, false],
    ]);
  });

  it("gives one plain run without spans, and clips spans past the end", () => {
    expect(splitArticle(10, { furniture: [], highlight: null })).toEqual([{ start: 0, end: 10, furniture: false, highlight: false, evidence: false, hidden: false, quote: -1 }]);
    expect(splitArticle(10, { furniture: [{ start: 8, end: 40 }], highlight: null })).toEqual([
      { start: 0, end: 8, furniture: false, highlight: false, evidence: false, hidden: false, quote: -1 },
      { start: 8, end: 10, furniture: true, highlight: false, evidence: false, hidden: false, quote: -1 },
    ]);
  });

  it("gives each quote of the article its own runs, so each can be isolated, highlighted or not", () => {
    const quotes = [span("Title"), span("quoi qu'on en dise")];
    const segments = splitArticle(text.length, { furniture: [span("Menu | ")], highlight: span("quoi qu'on en dise"), quotes });
    expect(segments.map((s) => [text.slice(s.start, s.end), s.quote, s.highlight])).toEqual([
      ["Menu | ", -1, false],
      ["Title", 0, false],
      [". He said: ", -1, false],
      ["quoi qu'on en dise", 1, true],
      [". Read also: other story", -1, false],
    ]);
  });

  it("has no segment for an empty text", () => {
    expect(splitArticle(0, { furniture: [], highlight: null })).toEqual([]);
  });

  it("marks the speaker's words and the link markup to hide, each on its own runs", () => {
    const linked = "Le candidat [Jean Martin](#) a dit « non ».";
    const at = (part: string) => ({ start: linked.indexOf(part), end: linked.indexOf(part) + part.length });
    const segments = splitArticle(linked.length, { furniture: [], highlight: at("non"), evidence: at("Jean Martin"), hidden: [at("["), at("](#)")] });
    const look = (s: (typeof segments)[number]) => (s.hidden ? "hidden" : s.evidence ? "evidence" : s.highlight ? "mark" : "plain");
    expect(segments.map((s) => [linked.slice(s.start, s.end), look(s)])).toEqual([
      ["Le candidat ", "plain"],
      ["[", "hidden"],
      ["Jean Martin", "evidence"],
      ["](#)", "hidden"],
      [" a dit « ", "plain"],
      ["non", "mark"],
      [" ».", "plain"],
    ]);
  });
});
