import type { Spread } from "./stats";

/** Everything `npm run bench` measures, under the names of its JSON output. */
export interface BenchResult {
  /** JS time per map recolouring while stepping through every change date, in milliseconds. */
  membershipUpdateMs: Spread;
  /** p95 frame interval while scrubbing the slider ÷ p95 while panning the map (no unit). */
  scrubFrameRatio: number;
  longTasksDuringScrub: number;
  initialJsGzipBytes: number;
  shellJsGzipBytes: number;
  ingestArticlesPerSecond: number;
  /** Articles analysed again by a second run over the unchanged corpus. */
  reingestUnchangedArticles: number;
  oneDateGzipBytesAt100kEvents: number;
}

export interface Goal {
  /** The value the goal is checked on. */
  value: (r: BenchResult) => number;
  /** "max": the value must not exceed the limit; "min": it must reach it. */
  kind: "max" | "min";
  limit: number;
  unit: string;
}

/** The goals of issue 5; the bench reports against them, `npm run size` enforces the byte ones. */
export const GOALS = {
  membershipUpdateMs: { value: (r) => r.membershipUpdateMs.p95, kind: "max", limit: 2, unit: "ms (p95)" },
  scrubFrameRatio: { value: (r) => r.scrubFrameRatio, kind: "max", limit: 1.2, unit: "×" },
  longTasksDuringScrub: { value: (r) => r.longTasksDuringScrub, kind: "max", limit: 0, unit: "tasks" },
  initialJsGzipBytes: { value: (r) => r.initialJsGzipBytes, kind: "max", limit: 580_000, unit: "B gzip" },
  shellJsGzipBytes: { value: (r) => r.shellJsGzipBytes, kind: "max", limit: 120_000, unit: "B gzip" },
  ingestArticlesPerSecond: { value: (r) => r.ingestArticlesPerSecond, kind: "min", limit: 500, unit: "articles/s" },
  reingestUnchangedArticles: { value: (r) => r.reingestUnchangedArticles, kind: "max", limit: 0, unit: "articles" },
  oneDateGzipBytesAt100kEvents: { value: (r) => r.oneDateGzipBytesAt100kEvents, kind: "max", limit: 300_000, unit: "B gzip" },
} satisfies Record<keyof BenchResult, Goal>;

export function meetsGoal(goal: Goal, result: BenchResult): boolean {
  const value = goal.value(result);
  return goal.kind === "max" ? value <= goal.limit : value >= goal.limit;
}
