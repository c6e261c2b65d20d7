/** The median and the 95th percentile of a set of samples, in the samples' unit. */
export interface Spread {
  p50: number;
  p95: number;
}

/**
 * Nearest-rank percentile: always one of the samples, never an interpolation, so a p95 of frame
 * intervals is an interval that really happened. Throws on no samples (a bench that measured
 * nothing must not report 0).
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no samples");
  if (!(p > 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[rank - 1] as number;
}

export function spread(values: readonly number[]): Spread {
  return { p50: percentile(values, 50), p95: percentile(values, 95) };
}
