/**
 * Budgets for `npm run size`, in gzip bytes (zlib default level, see js-bundle.ts): the measured
 * build plus about 10% headroom, never above the bench goals (goals.ts). Measured with React's API
 * served by preact/compat and zod loaded with the first data file: shell 44,093, total 509,559
 * (MapLibre and its worker are 439,133 of it), so the total budget sits at the goal.
 */
export const SHELL_JS_BUDGET_BYTES = 50_000;
/** Every JavaScript file in dist/: the app loads them all before the map is idle. */
export const TOTAL_JS_BUDGET_BYTES = 520_000;

export interface BundleSizes {
  shellJsGzipBytes: number;
  totalJsGzipBytes: number;
}

const format = (bytes: number) => bytes.toLocaleString("en-US");

/** One line per budget exceeded; empty when everything fits. */
export function budgetFailures(sizes: BundleSizes): string[] {
  const checks = [
    { name: "shell JS (entry chunk and its static imports)", bytes: sizes.shellJsGzipBytes, budget: SHELL_JS_BUDGET_BYTES },
    { name: "total JS", bytes: sizes.totalJsGzipBytes, budget: TOTAL_JS_BUDGET_BYTES },
  ];
  return checks
    .filter((c) => c.bytes > c.budget)
    .map((c) => `size: ${c.name} is ${format(c.bytes)} B gzip, over its ${format(c.budget)} B budget by ${format(c.bytes - c.budget)} B`);
}
