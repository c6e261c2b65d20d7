/**
 * Budgets for `npm run size`, in gzip bytes (zlib default level, see js-bundle.ts): the measured
 * build plus headroom, never above the bench goals (goals.ts). Measured with React DOM and zod's
 * mini API loaded with the first data file: shell 107,201, total 563,335 (MapLibre and its worker
 * are about 440,000 of it), so both budgets sit at the goals.
 */
export const SHELL_JS_BUDGET_BYTES = 120_000;
/** Every JavaScript file in dist/ but the on-demand chunks: the app loads them all before the map is idle. */
export const TOTAL_JS_BUDGET_BYTES = 580_000;
/**
 * Chunks the first screen never loads, by the name of the module they are built from: the link's
 * notice (only when a link had parts to ignore), the country panel's context (only once a country is
 * open), the map's text list (only once opened), the reader (only once a quote or an event's
 * source is opened), the Members region's comparison of two dates (only once one is asked for) and
 * the exports' picture and table makers (only once a download button is pressed). The bench's first-screen measure (initial-js.ts)
 * checks in a browser that they stay out.
 */
export const ON_DEMAND_CHUNKS: readonly string[] = ["ignored-notice", "country-context", "map-text-list", "reader-dialog", "compare-view", "export-actions"];
/**
 * All the on-demand chunks together: a few kB of text and markup each, not a way around the total.
 * 8,000 until the comparison (1,100) and the exports (2,300) came: 9,831 measured.
 */
export const ON_DEMAND_JS_BUDGET_BYTES = 11_000;

export interface BundleSizes {
  shellJsGzipBytes: number;
  totalJsGzipBytes: number;
  onDemandJsGzipBytes: number;
}

/** Whether a dist/ file is one of ON_DEMAND_CHUNKS (`assets/country-context-<hash>.js`). */
export function isOnDemandChunk(path: string): boolean {
  const file = path.split("/").at(-1) ?? "";
  return ON_DEMAND_CHUNKS.some((name) => new RegExp(`^${name}-[\\w-]+\\.m?js$`).test(file));
}

const format = (bytes: number) => bytes.toLocaleString("en-US");

/** One line per budget exceeded; empty when everything fits. */
export function budgetFailures(sizes: BundleSizes): string[] {
  const checks = [
    { name: "shell JS (entry chunk and its static imports)", bytes: sizes.shellJsGzipBytes, budget: SHELL_JS_BUDGET_BYTES },
    { name: "total JS", bytes: sizes.totalJsGzipBytes, budget: TOTAL_JS_BUDGET_BYTES },
    { name: "JS loaded on demand", bytes: sizes.onDemandJsGzipBytes, budget: ON_DEMAND_JS_BUDGET_BYTES },
  ];
  return checks
    .filter((c) => c.bytes > c.budget)
    .map((c) => `size: ${c.name} is ${format(c.bytes)} B gzip, over its ${format(c.budget)} B budget by ${format(c.bytes - c.budget)} B`);
}
