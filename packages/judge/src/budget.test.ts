import { describe, expect, it } from 'vitest';
import { HourlyBudget } from './budget.ts';

describe('HourlyBudget', () => {
  it('refuses calls past the hourly count and frees them an hour later', () => {
    let now = 0;
    const b = new HourlyBudget({ callsPerHour: 2, tokensPerHour: 0 }, () => now);
    expect(b.reserve(10).ok).toBe(true);
    expect(b.reserve(10).ok).toBe(true);
    expect(b.reserve(10)).toEqual({ ok: false, reason: 'budget_calls' });
    now = 3_600_001;
    expect(b.reserve(10).ok).toBe(true);
  });

  it('reserves estimated tokens up front and settles with real usage', () => {
    const b = new HourlyBudget({ callsPerHour: 0, tokensPerHour: 5_000 }, () => 0);
    const r = b.reserve(3_000);
    expect(r.ok).toBe(true);
    expect(b.reserve(3_000)).toEqual({ ok: false, reason: 'budget_tokens' });
    if (r.ok) r.settle(1_000);
    expect(b.reserve(3_000).ok).toBe(true);
    expect(b.snapshot()).toMatchObject({ calls: 2, tokens: 4_000 });
  });
});
