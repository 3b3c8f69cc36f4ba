import { describe, expect, it } from 'vitest';
import { MIN_TAIL_SCALE, TAIL_PRIOR_SCALE, calibrationTail, rawThreshold, tailProbability } from './calibration.ts';

describe('calibration', () => {
  const normal = Array.from({ length: 400 }, (_, i) => -Math.log(1 - (i + 0.5) / 400)); // Exp(1) quantiles

  it('gives a tail probability that falls as the raw score rises, 1/2 at the median', () => {
    const t = calibrationTail(normal);
    let last = 1;
    for (let x = 0; x < 12; x += 0.5) {
      const p = tailProbability(t, x);
      expect(p).toBeLessThanOrEqual(last);
      last = p;
    }
    expect(tailProbability(t, t.median)).toBeCloseTo(0.5, 1);
  });

  it('derives a threshold that a target share of normal scores exceeds at most', () => {
    const t = calibrationTail(normal);
    for (const fpr of [0.1, 0.05, 0.01]) {
      const thr = rawThreshold(t, fpr);
      expect(normal.filter((x) => x >= thr).length / normal.length).toBeLessThanOrEqual(fpr);
      expect(tailProbability(t, thr)).toBeLessThanOrEqual(fpr + 1e-9);
    }
    // Exp(1): the true 1% point is ln 100 ≈ 4.6; the fitted tail is conservative, not wildly so.
    expect(rawThreshold(t, 0.01)).toBeGreaterThan(4.3);
    expect(rawThreshold(t, 0.01)).toBeLessThan(6);
  });

  it('is more conservative with a small calibration sample than with a large one of the same shape', () => {
    const small = normal.filter((_, i) => i % 40 === 20); // 10 scores
    expect(rawThreshold(calibrationTail(small), 0.01)).toBeGreaterThan(rawThreshold(calibrationTail(normal), 0.01));
  });

  it('still needs a margin when a few normal sessions all scored zero, and falls to the floor when many did', () => {
    const few = calibrationTail([0, 0, 0, 0, 0, 0]);
    expect(few.tailScale).toBeGreaterThan(MIN_TAIL_SCALE); // the prior: six sessions say little about the tail
    expect(rawThreshold(few, 0.01)).toBeGreaterThan(MIN_TAIL_SCALE * Math.log(50));
    expect(tailProbability(few, 0.1)).toBeGreaterThan(0.4);
    const many = calibrationTail(new Array<number>(2_000).fill(0));
    expect(many.tailScale).toBe(MIN_TAIL_SCALE);
    expect(rawThreshold(many, 0.01)).toBeCloseTo(MIN_TAIL_SCALE * Math.log(50), 6);
  });

  it('pulls the tail scale of a small sample toward the prior, and leaves a large sample its own', () => {
    // Two excesses, one wild: the bare 95% bound would be ~24 (2 · 8.5 / χ²₄ lower 5%), the prior tames it.
    const small = calibrationTail([0, 0.5, 1, 1.5, 9]);
    expect(small.tailScale).toBeGreaterThan(TAIL_PRIOR_SCALE);
    expect(small.tailScale).toBeLessThan(5);
    // 200 Exp(1) excesses: the bound stays near the true scale 1 (the prior weighs 8 of 208).
    const large = calibrationTail(normal);
    expect(large.tailScale).toBeGreaterThan(1);
    expect(large.tailScale).toBeLessThan(1.25);
  });
});
