import { describe, expect, it } from "vitest";
import { createWordListMatcher } from "./word-list-matcher";
import { escapeRegExp } from "../text/escape-regexp";

const match = createWordListMatcher(
  new Map([
    ["Guinea", "GIN"],
    ["Papua New Guinea", "PNG"],
    ["New Guinea", "XNG"],
    ["People's Republic", "CHN"],
    ["Oman", "OMN"],
    ["G7", "g7"],
  ]),
);
const found = (text: string, from = 0, to = text.length) =>
  match(text, from, to).map((m) => `${text.slice(m.start, m.end)}=${m.id}`);

describe("createWordListMatcher", () => {
  it("takes the longest name at a position, left to right without overlaps", () => {
    expect(found("Papua New Guinea and Guinea, not New Guineans.")).toEqual(["Papua New Guinea=PNG", "Guinea=GIN"]);
  });

  it("backs off to a shorter name when the longer one runs into a word", () => {
    expect(found("New Guineas; New Guinea2 New Guinea")).toEqual(["New Guinea=XNG"]);
  });

  it("matches whole words only, letters and digits of any script counting as word characters", () => {
    expect(found("Romania, Omani, Oman, éOman, Omanø, 𝐀Oman, Oman𝐀, G7s, G7.")).toEqual(["Oman=OMN", "G7=g7"]);
  });

  it("reads either apostrophe in the text for either in the name", () => {
    expect(found("the People’s Republic and the People's Republic")).toEqual(["People’s Republic=CHN", "People's Republic=CHN"]);
  });

  it("treats the bounds of the searched span as word edges", () => {
    const text = "xOmanx";
    expect(found(text, 1, 5)).toEqual(["Oman=OMN"]);
    expect(found(text, 0, 5)).toEqual([]);
  });

  it("finds the names of each text when texts alternate, whatever was scanned before", () => {
    const first = "Oman, then Guinea.";
    const second = "In Guinea and in Oman.";
    expect([found(first), found(second), found(first, 6), found(second, 3, 9)]).toEqual([
      ["Oman=OMN", "Guinea=GIN"],
      ["Guinea=GIN", "Oman=OMN"],
      ["Guinea=GIN"],
      ["Guinea=GIN"],
    ]);
  });

  it("finds a name that begins with something other than a letter or a digit", () => {
    const leading = createWordListMatcher(new Map([["'s-Hertogenbosch", "den-bosch"], ["Oman", "OMN"]]));
    const text = "From ’s-Hertogenbosch to Oman, not x's-Hertogenbosch.";
    expect(leading(text, 0, text.length).map((m) => text.slice(m.start, m.end))).toEqual(["’s-Hertogenbosch", "Oman"]);
  });
});

describe("createWordListMatcher against the regular expression it replaces", () => {
  const escape = (name: string) => escapeRegExp(name).replace(/['’]/g, "['’]");
  const reference = (names: ReadonlyMap<string, string>) => {
    const ids = new Map([...names].map(([name, id]) => [name.replace(/’/g, "'"), id]));
    const sorted = [...names.keys()].sort((a, b) => b.length - a.length).map(escape);
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join("|")})(?![\\p{L}\\p{N}])`, "gu");
    return (text: string) => [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}=${ids.get(m[0].replace(/’/g, "'"))}`);
  };

  it("finds the same names at the same places in the seed articles", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { libraryCountryNames } = await import("./country-names");
    const names = libraryCountryNames();
    const fast = createWordListMatcher(names);
    const slow = reference(names);
    const texts = readdirSync("data/articles")
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(`data/articles/${f}`, "utf8"));
    texts.push("Côte d’Ivoire, Côte d'Ivoire, Bosnia and Herzegovina, Bosnia, Russie-Chine, Français·es, Japonais2.");
    for (const text of texts) {
      expect(fast(text, 0, text.length).map((m) => `${m.start}:${text.slice(m.start, m.end)}=${m.id}`)).toEqual(slow(text));
    }
  });
});
