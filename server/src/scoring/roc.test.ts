import { describe, expect, it } from 'vitest';
import { auroc, recallAtFpr } from './roc.ts';

describe('auroc', () => {
  it.each([
    [[3, 4], [1, 2], 1],
    [[1, 2], [3, 4], 0],
    [[1, 1], [1, 1], 0.5],
    [[2, 0], [1], 0.5],
  ])('positives %j vs negatives %j → %d', (p, n, want) => {
    expect(auroc(p, n)).toBe(want);
  });
  it('is NaN without one of the classes', () => {
    expect(auroc([], [1])).toBeNaN();
  });
});

describe('recallAtFpr', () => {
  it('counts positives strictly above the negatives it may not flag', () => {
    const neg = Array.from({ length: 200 }, (_, i) => i / 200); // 0 … 0.995
    // 1% of 200 = 2 negatives may be flagged: the cut is the 3rd highest negative (0.985).
    expect(recallAtFpr([0.99, 0.985, 0.5], neg, 0.01)).toBeCloseTo(1 / 3, 9);
    // Fewer than 100 negatives: "above every negative".
    expect(recallAtFpr([0.9, 0.2], [0.1, 0.5], 0.01)).toBe(0.5);
  });
});
