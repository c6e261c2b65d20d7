import { describe, expect, it } from "vitest";
import { fastWordEdges, withFastWordEdges } from "./word-edges";

/** Every code point of the Basic Multilingual Plane but the surrogates, and a few beyond it. */
const CODE_POINTS = [
  ...Array.from({ length: 0x10000 }, (_, i) => i).filter((i) => i < 0xd800 || i > 0xdfff),
  0x1d400, 0x1d7ce, 0x10400, 0x1f600, 0x20000,
];

describe("fastWordEdges", () => {
  it.each([
    ["(?<![\\p{L}])x", "u"],
    ["(?<![\\p{L}])x", "iu"],
    ["(?<!\\p{L})x", "iu"],
    ["(?<![\\p{L}\\p{N}])x", "u"],
    ["(?<![\\p{L}\\p{N}])x", "iu"],
  ])("reads every character before %s (flags %s) as the original does", (source, flags) => {
    const slow = new RegExp(source, flags);
    const fast = new RegExp(fastWordEdges(source), flags);
    expect(fast.source).not.toBe(slow.source);
    const differing = CODE_POINTS.filter((c) => {
      const text = `${String.fromCodePoint(c)}x`;
      return slow.test(text) !== fast.test(text);
    });
    expect(differing).toEqual([]);
  });

  it("finds the same matches as the original in a text with characters outside Latin-1", () => {
    const text = "Lundi, l’OTAN — et ce lundi-là, mardi² ; « jeudi » ²jeudi Ωjeudi 3jeudi ſjeudi";
    const source = "(?<![\\p{L}\\p{N}])(lundi|mardi|jeudi)(?![\\p{L}])";
    const slow = new RegExp(source, "giu");
    expect([...text.matchAll(withFastWordEdges(slow))].map((m) => m.index)).toEqual([...text.matchAll(slow)].map((m) => m.index));
  });

  it("leaves a pattern without those forms as it is", () => {
    const pattern = /(?<!\w)next(?!\w)/giu;
    expect(withFastWordEdges(pattern)).toBe(pattern);
  });
});
