import { describe, expect, it } from "vitest";
import { percentile, spread } from "./stats";

describe("percentile", () => {
  it("takes the nearest rank of the sorted samples", () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
  });

  it("returns a real sample on small sets rather than interpolating", () => {
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([10, 20], 95)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
  });

  it("does not reorder the caller's array", () => {
    const samples = [3, 1, 2];
    percentile(samples, 50);
    expect(samples).toEqual([3, 1, 2]);
  });

  it("refuses to summarise nothing or an impossible rank", () => {
    expect(() => percentile([], 50)).toThrow(/no samples/);
    expect(() => percentile([1], 0)).toThrow(/out of range/);
    expect(() => percentile([1], 101)).toThrow(/out of range/);
  });
});

describe("spread", () => {
  it("reports the median and the 95th percentile", () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(spread(samples)).toEqual({ p50: 10, p95: 19 });
  });
});
