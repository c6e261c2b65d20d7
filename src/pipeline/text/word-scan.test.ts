import { describe, expect, it } from "vitest";
import { alphanumericRuns, joinedWords, lettersAndJoiners, NAME_JOINERS, WORD_JOINERS } from "./word-scan";

/** What the regular expression finds in `text.slice(from, to)`, offsets in `text`. */
function byPattern(pattern: RegExp, text: string, from: number, to: number) {
  return [...text.slice(from, to).matchAll(pattern)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
}

/** Letters, digits, joiners, spaces, punctuation, surrogate pairs (a letter, an emoji, a digit) and lone surrogates. */
const PIECES = ["a", "É", "ß", "z", "1", "٣", "½", "Ⅷ", "'", "’", ".", "-", " ", ",", "«", "\u00a0", "𝐀", "😀", "𝟙", "\ud835", "\udc00", "\n"];

function randomText(seed: number, length: number): string {
  let state = seed;
  let text = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    text += PIECES[state % PIECES.length];
  }
  return text;
}

describe("word scanning", () => {
  const texts = [
    "Jean-Yves Le Drian a dit aujourd'hui que l'U.S. Army… O’Brien's 2024-25 plan.",
    "Mr. J. R. R. Tolkien's U.S.-led talks -- 'quoted' - end.",
    ...Array.from({ length: 400 }, (_, i) => randomText(i + 1, 1 + (i % 60))),
  ];

  it("finds what the patterns find, within any bounds", () => {
    for (const text of texts) {
      for (const [from, to] of [[0, text.length], [1, text.length - 1], [2, Math.max(2, text.length - 3)]] as const) {
        if (from > to) continue;
        expect(lettersAndJoiners(text, from, to)).toEqual(byPattern(/[\p{L}'’-]+/gu, text, from, to));
        expect(joinedWords(text, from, to, NAME_JOINERS, true)).toEqual(byPattern(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu, text, from, to));
        expect(joinedWords(text, from, to, WORD_JOINERS, false)).toEqual(byPattern(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu, text, from, to));
      }
      expect(alphanumericRuns(text)).toBe(byPattern(/[\p{L}\p{N}]+/gu, text, 0, text.length).length);
    }
  });
});
