/** Summary of a latency sample set, in the sample's unit (ms here). */
export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Nearest-rank percentile of an ascending-sorted array: the smallest value
 * such that at least `p` percent of the samples are at or below it. Nearest
 * rank (no interpolation) so every reported figure is a latency that was
 * actually observed.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/** p50, p99 and max of unsorted samples; NaN figures when there are none. */
export function summarize(samples: ArrayLike<number>): Summary {
  // A typed array sorts numerically and in place without a comparator.
  const sorted = Float64Array.from(samples).sort();
  return {
    count: sorted.length,
    p50: percentileOfSorted(sorted, 50),
    p99: percentileOfSorted(sorted, 99),
    max: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] as number),
  };
}
