import { describe, expect, it } from 'vitest';
import { percentileOfSorted, summarize } from './percentiles';

describe('percentileOfSorted', () => {
  it('uses nearest rank, never interpolating', () => {
    const sorted = [1, 2, 3, 4];
    expect(percentileOfSorted(sorted, 50)).toBe(2);
    expect(percentileOfSorted(sorted, 51)).toBe(3);
    expect(percentileOfSorted(sorted, 100)).toBe(4);
  });

  it('puts p99 of 1..100 at 99 and of 1..1000 at 990', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    const thousand = Array.from({ length: 1000 }, (_, i) => i + 1);
    expect(percentileOfSorted(hundred, 99)).toBe(99);
    expect(percentileOfSorted(thousand, 99)).toBe(990);
  });

  it('returns the only sample for any percentile', () => {
    expect(percentileOfSorted([7], 1)).toBe(7);
    expect(percentileOfSorted([7], 99)).toBe(7);
  });

  it('is NaN for no samples and rejects percentiles outside (0, 100]', () => {
    expect(percentileOfSorted([], 50)).toBeNaN();
    expect(() => percentileOfSorted([1], 0)).toThrow(RangeError);
    expect(() => percentileOfSorted([1], 101)).toThrow(RangeError);
  });
});

describe('summarize', () => {
  it('sorts numerically, not lexically', () => {
    const s = summarize([10, 9, 100, 2, 1]);
    expect(s).toEqual({ count: 5, p50: 9, p99: 100, max: 100 });
  });

  it('does not reorder the caller’s array', () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('reports NaN figures for an empty set', () => {
    const s = summarize([]);
    expect(s.count).toBe(0);
    expect(s.p50).toBeNaN();
    expect(s.max).toBeNaN();
  });
});
