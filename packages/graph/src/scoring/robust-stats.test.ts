import { describe, expect, it } from 'vitest';
import { hash32, hashString, reservoirAdd, robustZ, sortedMedian, sortedQuantile, summarize } from './robust-stats.ts';

describe('robust statistics', () => {
  it.each([
    [[], NaN],
    [[3], 3],
    [[1, 2, 3, 4], 2.5],
    [[1, 2, 100], 2],
  ])('median of %j is %d', (xs, m) => {
    expect(sortedMedian(xs)).toEqual(m);
  });

  it('interpolates quantiles between order statistics', () => {
    expect(sortedQuantile([0, 10], 0.25)).toBe(2.5);
    expect(sortedQuantile([0, 10, 20], 1)).toBe(20);
  });

  it('does not let one outlier move the scale (MAD), unlike a standard deviation would', () => {
    const s = summarize([10, 11, 9, 10, 12, 8, 10, 1000], 0.01);
    expect(s.median).toBe(10);
    expect(s.scale).toBeLessThan(3);
    expect(robustZ(1000, s)).toBeGreaterThan(300);
  });

  it('falls back to the mean absolute deviation, then the floor, when most values tie', () => {
    expect(summarize([0, 0, 0, 0, 0, 4], 0.1).scale).toBeCloseTo((1.2533 * 4) / 6, 6);
    expect(summarize([2, 2, 2], 0.25).scale).toBe(0.25);
  });

  it('keeps a bounded reservoir, the same for the same input', () => {
    const run = () => {
      const sample: number[] = [];
      for (let i = 0; i < 10_000; i++) reservoirAdd(sample, i, i, 100);
      return sample;
    };
    const a = run();
    expect(a).toHaveLength(100);
    expect(run()).toEqual(a);
    // Late values get in too: the reservoir is not just the first 100.
    expect(a.some((v) => v > 5_000)).toBe(true);
  });

  it('splits ids evenly with a mixed hash', () => {
    let even = 0;
    for (let i = 0; i < 1_000; i++) if (hash32(hashString(`session-${i}`)) % 2 === 0) even++;
    expect(even).toBeGreaterThan(440);
    expect(even).toBeLessThan(560);
  });
});
