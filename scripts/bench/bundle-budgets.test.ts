import { describe, expect, it } from "vitest";
import { budgetFailures, isOnDemandChunk, ON_DEMAND_JS_BUDGET_BYTES, SHELL_JS_BUDGET_BYTES, TOTAL_JS_BUDGET_BYTES } from "./bundle-budgets";
import { GOALS } from "./goals";

describe("budgetFailures", () => {
  it("passes sizes at the budgets", () => {
    expect(
      budgetFailures({ shellJsGzipBytes: SHELL_JS_BUDGET_BYTES, totalJsGzipBytes: TOTAL_JS_BUDGET_BYTES, onDemandJsGzipBytes: ON_DEMAND_JS_BUDGET_BYTES }),
    ).toEqual([]);
  });

  it("gives one line per budget exceeded, naming the size, the budget and the excess", () => {
    const failures = budgetFailures({
      shellJsGzipBytes: SHELL_JS_BUDGET_BYTES + 1_234,
      totalJsGzipBytes: TOTAL_JS_BUDGET_BYTES + 1,
      onDemandJsGzipBytes: ON_DEMAND_JS_BUDGET_BYTES + 2,
    });
    expect(failures).toHaveLength(3);
    expect(failures[0]).toBe(
      `size: shell JS (entry chunk and its static imports) is ${(SHELL_JS_BUDGET_BYTES + 1_234).toLocaleString("en-US")} B gzip, over its ${SHELL_JS_BUDGET_BYTES.toLocaleString("en-US")} B budget by 1,234 B`,
    );
    expect(failures[1]).toMatch(/^size: total JS is .* over its .* budget by 1 B$/);
    expect(failures[2]).toMatch(/^size: JS loaded on demand is .* budget by 2 B$/);
  });

  it("knows the on-demand chunks by the module they are built from", () => {
    expect(isOnDemandChunk("assets/country-context-B4_VqoN4.js")).toBe(true);
    expect(isOnDemandChunk("assets/ignored-notice-CIklY2QM.js")).toBe(true);
    expect(isOnDemandChunk("assets/map-view-BzW9cjtz.js")).toBe(false);
    expect(isOnDemandChunk("assets/country-context-panel-x1.js")).toBe(true);
  });

  it("never allows more than the bench goals", () => {
    expect(SHELL_JS_BUDGET_BYTES).toBeLessThanOrEqual(GOALS.shellJsGzipBytes.limit);
    expect(TOTAL_JS_BUDGET_BYTES).toBeLessThanOrEqual(GOALS.initialJsGzipBytes.limit);
  });
});
