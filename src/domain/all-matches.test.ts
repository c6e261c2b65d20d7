import { describe, expect, it } from "vitest";
import { allMatches } from "./all-matches";

const shape = (matches: RegExpExecArray[]) => matches.map((m) => ({ index: m.index, text: [...m], groups: m.groups }));

describe("allMatches", () => {
  it.each([
    [/(?<![\p{L}])(lundi|mardi)(?![\p{L}])/giu, "Lundi, puis mardi ; samedi."],
    [/\b(\d+) (days?)\b/gi, "2 days, then 10 DAYS and 1 day"],
    [/(?<word>[\p{L}’'-]+)/gu, "l’Élysée a dit qu'aujourd’hui…"],
    [/x*/g, "axxb"],
    [/(?:)/gu, "a😀b"],
    [/(?:)/g, "a😀b"],
    [/a/gy, "aab a"],
  ])("finds what matchAll finds: %s in %j", (pattern, text) => {
    expect(shape(allMatches(pattern, text))).toEqual(shape([...text.matchAll(pattern)]));
  });

  it("starts at the pattern's lastIndex, as matchAll does, and leaves it as it was", () => {
    const pattern = /o/g;
    pattern.lastIndex = 5;
    expect(allMatches(pattern, "foo boo").map((m) => m.index)).toEqual([5, 6]);
    expect(pattern.lastIndex).toBe(5);
  });

  it("refuses a pattern that is not global, as matchAll does", () => {
    expect(() => allMatches(/o/, "foo")).toThrow(TypeError);
    expect(() => "foo".matchAll(/o/)).toThrow(TypeError);
  });
});
