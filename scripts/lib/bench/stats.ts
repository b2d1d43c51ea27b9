// Small statistics for the benchmark: medians and percentiles of samples (nearest rank), never mutating input.

/** The value at percentile p (0..100) by nearest rank; NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * finite.length);
  return finite[Math.min(finite.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

/** The median (mean of the two middle values for an even count); NaN for no samples. */
export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const mid = finite.length >> 1;
  const upper = finite[mid] ?? Number.NaN;
  return finite.length % 2 === 1 ? upper : ((finite[mid - 1] ?? upper) + upper) / 2;
}

/** Median of the finite values, or null when there are none. */
export function medianOrNull(values: readonly (number | null)[]): number | null {
  const m = median(values.filter((v): v is number => v !== null));
  return Number.isFinite(m) ? m : null;
}
