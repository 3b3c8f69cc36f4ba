// The helpers' clock: sub-millisecond, never backwards, close to the wall clock.
import { describe, expect, it } from 'vitest';
import { hrNow, nowMs } from './clock.ts';

const ns = ([s, n]: [number, number]) => BigInt(s) * 1_000_000_000n + BigInt(n);

describe('clock', () => {
  it('never goes backwards and separates events less than a millisecond apart', () => {
    const times = Array.from({ length: 2000 }, () => ns(hrNow()));
    for (let i = 1; i < times.length; i++) expect(times[i] >= times[i - 1]).toBe(true);
    // 2000 readings in a few ms: whole-ms stamps would collapse them into a handful of values.
    expect(new Set(times).size).toBeGreaterThan(50);
  });

  it('stays within a few milliseconds of Date.now()', () => {
    expect(Math.abs(nowMs() - Date.now())).toBeLessThan(5);
  });
});
