import { describe, expect, it } from "vitest";
import { complement } from "./shapes-history";

describe("complement", () => {
  it("is always drawn when nothing hides it", () => {
    expect(complement([])).toEqual([[null, null]]);
  });

  it("leaves the days before and after a hidden span", () => {
    expect(complement([["1952-09-15", "1993-05-24"]])).toEqual([
      [null, "1952-09-15"],
      ["1993-05-24", null],
    ]);
  });

  it("starts a shape when the union it was part of ends (Ukraine after the Soviet Union)", () => {
    expect(complement([[null, "1991-09-06"], ["1991-09-06", "1991-12-26"]])).toEqual([["1991-12-26", null]]);
  });

  it("merges overlapping and nested spans and ends a shape that is hidden to the end", () => {
    expect(complement([["2000-01-01", "2005-01-01"], ["2001-01-01", "2002-01-01"], ["2004-01-01", "2006-01-01"]])).toEqual([
      [null, "2000-01-01"],
      ["2006-01-01", null],
    ]);
    expect(complement([["2000-01-01", null]])).toEqual([[null, "2000-01-01"]]);
  });
});
