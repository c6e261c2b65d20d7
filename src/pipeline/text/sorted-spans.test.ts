import { describe, expect, it } from "vitest";
import { firstAtOrAfter, startingIn } from "./sorted-spans";

describe("sorted spans", () => {
  const items = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];

  it("finds the first item starting at or after a position", () => {
    expect([0, 2, 3, 5, 6, 9, 10].map((p) => firstAtOrAfter(items, p))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstAtOrAfter([], 3)).toBe(0);
  });

  it("lists the items starting in a range, as a filter would", () => {
    for (const [start, end] of [[0, 3], [3, 9], [5, 6], [9, 20], [10, 20], [4, 4]] as const) {
      expect(startingIn(items, start, end)).toEqual(items.filter((i) => i.start >= start && i.start < end));
    }
  });
});
