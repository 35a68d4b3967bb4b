/** The value below which `share` of the samples fall (nearest rank); 0.5 is the median. */
export function percentile(samples: readonly number[], share: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 0.5);
}

/** Each numeric field's median over several runs of the same measurement; fields missing from a run are skipped. */
export function medianOfRuns<T extends Record<string, number | undefined>>(runs: readonly T[]): T {
  const keys = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  return Object.fromEntries(
    keys.map((key) => {
      const values = runs.map((run) => run[key]).filter((value): value is number => typeof value === 'number');
      return [key, values.length > 0 ? median(values) : undefined];
    }),
  ) as T;
}
