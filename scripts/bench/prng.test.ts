import { describe, expect, it } from "vitest";
import { createRandom, seedFrom } from "./prng";

const draw = (seed: number, n: number) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe("createRandom", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
    expect(draw(42, 50)).not.toEqual(draw(43, 50));
  });

  it("stays in [0, 1) and spreads over the range", () => {
    const values = draw(7, 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it("draws integers within both bounds, reaching each of them", () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 1_000 }, () => random.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("refuses to pick from nothing", () => {
    expect(() => createRandom(1).pick([])).toThrow(/empty/);
  });
});

describe("seedFrom", () => {
  it("is stable for a text and varies with the text and the base", () => {
    expect(seedFrom("0001_abc")).toBe(seedFrom("0001_abc"));
    expect(seedFrom("0001_abc")).not.toBe(seedFrom("0002_abc"));
    expect(seedFrom("0001_abc", 1)).not.toBe(seedFrom("0001_abc", 2));
  });
});
