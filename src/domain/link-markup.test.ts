import { describe, expect, it } from "vitest";
import { linkMarkupSpans, withoutLinkMarkup } from "./link-markup";

describe("link markup", () => {
  const text = "au lendemain de leur retrait de [l'invasion de l'Ukraine](#) et [ici](https://example.org/a)";

  it("shows each link as its words", () => {
    expect(withoutLinkMarkup(text)).toBe("au lendemain de leur retrait de l'invasion de l'Ukraine et ici");
    expect(withoutLinkMarkup("plain [words")).toBe("plain [words");
  });

  it("finds the brackets and targets, leaving the words between them", () => {
    const spans = linkMarkupSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["[", "](#)", "[", "](https://example.org/a)"]);
    const kept = spans.reduceRight((t, s) => t.slice(0, s.start) + t.slice(s.end), text);
    expect(kept).toBe(withoutLinkMarkup(text));
  });

  it("counts offsets from where the piece of text starts in the article", () => {
    expect(linkMarkupSpans("[a](#)", 10)).toEqual([{ start: 10, end: 11 }, { start: 12, end: 16 }]);
  });
});
