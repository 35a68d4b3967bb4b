import { describe, expect, it } from 'vitest';
import { median, medianOfRuns, percentile } from '../../bench/bench-stats.js';

describe('percentile', () => {
  it('takes the nearest rank, whatever the input order', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 0.5)).toBe(5);
    expect(percentile(samples, 0.99)).toBe(10);
    expect(percentile(samples, 0.1)).toBe(1);
    expect(percentile(samples, 0)).toBe(1);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('median', () => {
  it('takes the lower middle of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2);
  });
});

describe('medianOfRuns', () => {
  it('takes each figure\'s median over the runs that have it', () => {
    expect(medianOfRuns([{ buildMs: 30, loadMs: 5 }, { buildMs: 10 }, { buildMs: 20, loadMs: 7 }])).toEqual({ buildMs: 20, loadMs: 5 });
  });
});
