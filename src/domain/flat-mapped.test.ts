import { describe, expect, it } from "vitest";
import { flatMapped } from "./flat-mapped";

describe("flatMapped", () => {
  const cases: [string, readonly number[], (n: number, i: number) => unknown][] = [
    ["drops an empty result and keeps a one-element one", [1, 2, 3, 4], (n) => (n % 2 === 0 ? [n] : [])],
    ["keeps a result that is not an array as it is", [1, 2, 3], (n) => (n === 2 ? n * 10 : [n, n])],
    ["flattens one level only", [1, 2], (n) => [[n], n]],
    ["passes each item's index", [5, 6, 7], (n, i) => [i, n]],
    ["gives nothing for no items", [], (n) => [n]],
  ];
  it.each(cases)("%s, as Array.prototype.flatMap does", (_, items, f) => {
    expect(flatMapped(items, f)).toEqual(items.flatMap((n, i) => f(n, i)));
  });
});
