import { describe, expect, it } from "vitest";
import { type BenchResult, GOALS, meetsGoal } from "./goals";
import { formatTable } from "./report";

const passing: BenchResult = {
  membershipUpdateMs: { p50: 0.4, p95: 1.5 },
  scrubFrameRatio: 1.05,
  longTasksDuringScrub: 0,
  initialJsGzipBytes: 500_000,
  shellJsGzipBytes: 100_000,
  ingestArticlesPerSecond: 800,
  reingestUnchangedArticles: 0,
  oneDateGzipBytesAt100kEvents: 120_000,
};

describe("meetsGoal", () => {
  it("holds ceilings and floors, limits included", () => {
    expect(meetsGoal(GOALS.membershipUpdateMs, { ...passing, membershipUpdateMs: { p50: 1, p95: 2 } })).toBe(true);
    expect(meetsGoal(GOALS.membershipUpdateMs, { ...passing, membershipUpdateMs: { p50: 1, p95: 2.01 } })).toBe(false);
    expect(meetsGoal(GOALS.ingestArticlesPerSecond, { ...passing, ingestArticlesPerSecond: 500 })).toBe(true);
    expect(meetsGoal(GOALS.ingestArticlesPerSecond, { ...passing, ingestArticlesPerSecond: 499 })).toBe(false);
    expect(meetsGoal(GOALS.longTasksDuringScrub, { ...passing, longTasksDuringScrub: 1 })).toBe(false);
  });
});

describe("formatTable", () => {
  it("prints a row per goal with its verdict", () => {
    const table = formatTable({ ...passing, shellJsGzipBytes: 130_000 }).split("\n");
    expect(table).toHaveLength(2 + Object.keys(GOALS).length);
    expect(table.find((l) => l.startsWith("shellJsGzipBytes"))).toMatch(/130,000\s+≤ 120,000 B gzip\s+MISSED$/);
    expect(table.find((l) => l.startsWith("membershipUpdateMs"))).toMatch(/p50 0\.4 \/ p95 1\.5\s+≤ 2 ms \(p95\)\s+ok$/);
  });
});
