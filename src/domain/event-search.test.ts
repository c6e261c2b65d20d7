import { describe, expect, it } from "vitest";
import {
  decodePostings,
  encodePostings,
  facetFile,
  firstNumbers,
  isFiltering,
  locateEvent,
  matchesAround,
  NO_FILTERS,
  SEARCH_FILE_NAME,
  wordFile,
  wordFileKey,
} from "./event-search";

describe("the search index's files", () => {
  it("keys a word by its first two letters, a one-letter word by itself", () => {
    expect(wordFileKey("otan")).toBe("ot");
    expect(wordFileKey("a")).toBe("a");
    expect(wordFileKey("россия")).toBe("ро");
  });

  it("names files the pipeline recognises as its own, whatever the letters", () => {
    for (const file of [wordFile("ot"), wordFile("ро"), wordFile("a"), facetFile("speaker", "jean-luc melenchon"), facetFile("country", "NZL")]) {
      expect(file.startsWith("search/")).toBe(true);
      expect(SEARCH_FILE_NAME.test(file.slice("search/".length)), file).toBe(true);
    }
    expect(facetFile("country", "NZL")).toBe(facetFile("country", "NZL"));
  });

  it("stores ascending numbers as differences", () => {
    const numbers = [0, 3, 4, 100, 101];
    expect(encodePostings(numbers)).toEqual([0, 3, 1, 96, 1]);
    expect(decodePostings(encodePostings(numbers))).toEqual(numbers);
  });
});

describe("numbering events through the shards", () => {
  const shards = [
    { id: "2022-01", starts: 2 },
    { id: "2022-02", starts: 0 },
    { id: "2022-03", starts: 3 },
    { id: "2023-07", starts: 1 },
  ];

  it("finds the shard and place of each number", () => {
    const firsts = firstNumbers(shards);
    expect(firsts).toEqual([0, 2, 2, 5]);
    expect([0, 1, 2, 4, 5].map((n) => locateEvent(shards, firsts, n))).toEqual([
      { shard: 0, place: 0 },
      { shard: 0, place: 1 },
      { shard: 2, place: 0 },
      { shard: 2, place: 2 },
      { shard: 3, place: 0 },
    ]);
    expect(locateEvent(shards, firsts, 6)).toBeNull();
  });

  it("keeps the nearest matches on each side of the date's month and all of those in it", () => {
    expect(matchesAround([0, 1, 2, 3, 4, 5], shards, {}, "2022-03-15", 1)).toEqual([1, 2, 3, 4, 5]);
    expect(matchesAround([0, 1, 5], shards, {}, "2022-02-10", 1)).toEqual([1, 5]);
    expect(matchesAround([0, 1, 5], shards, {}, "1999-01-01", 2)).toEqual([0, 1]);
  });

  it("keeps a match that started further back while its range still runs in the date's month", () => {
    const spanning = { "2022-03": [0] };
    expect(matchesAround([0, 1, 2, 3, 4, 5], shards, spanning, "2022-03-15", 1)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(matchesAround([0, 1, 5], shards, spanning, "2022-02-10", 1)).toEqual([0, 1, 5]);
    expect(matchesAround([1, 5], shards, spanning, "2022-02-10", 1)).toEqual([1, 5]);
    expect(matchesAround([0, 1, 2, 3, 4, 5], shards, spanning, "2022-04-10", 1)).toEqual([4, 5]);
  });
});

describe("isFiltering", () => {
  it("is set by a word or a filter, not by blanks or punctuation", () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, query: " « » " })).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, query: "otan" })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, country: "FRA" })).toBe(true);
  });
});

describe("wordFileKey beyond the basic plane", () => {
  it("counts letters, not UTF-16 units", () => {
    expect(wordFileKey("𝔞𝔟𝔠")).toBe("𝔞𝔟");
    expect(wordFileKey("é")).toBe("é");
  });
});
