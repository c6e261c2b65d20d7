import { type BenchResult, GOALS, meetsGoal } from "./goals";

const number = (value: number) =>
  Number.isInteger(value) ? value.toLocaleString("en-US") : value.toLocaleString("en-US", { maximumFractionDigits: 3 });

/** The human-readable table: one row per goal with the measured value, the goal and a verdict. */
export function formatTable(result: BenchResult): string {
  const rows = Object.entries(GOALS).map(([name, goal]) => {
    const measured = name === "membershipUpdateMs" ? `p50 ${number(result.membershipUpdateMs.p50)} / p95 ${number(goal.value(result))}` : number(goal.value(result));
    return [name, measured, `${goal.kind === "max" ? "≤" : "≥"} ${number(goal.limit)} ${goal.unit}`, meetsGoal(goal, result) ? "ok" : "MISSED"];
  });
  const header = ["metric", "measured", "goal", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
