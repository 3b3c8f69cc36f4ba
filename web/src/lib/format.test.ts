// Formatting helpers: durations and relative times shown in the tables.
import { describe, expect, it } from 'vitest';
import { formatAgo, formatDuration, formatScore, nanosToMs } from './format.ts';

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [999, '999 ms'],
    [1_500, '1.50 s'],
    [42_000, '42.0 s'],
    [125_000, '2m 5s'],
    [3_900_000, '1h 5m'],
    [-1, '–'],
    [NaN, '–'],
  ])('%d ms → %s', (ms, out) => expect(formatDuration(ms)).toBe(out));
});

describe('formatAgo', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  it.each([
    ['2025-01-01T12:00:00Z', 'just now'],
    ['2025-01-01T11:59:30Z', '30 s ago'],
    ['2025-01-01T11:50:00Z', '10 min ago'],
    ['2024-12-31T12:00:00Z', '1 d ago'],
    ['not a date', '–'],
  ])('%s → %s', (iso, out) => expect(formatAgo(iso, now)).toBe(out));
});

it('converts nanosecond strings without losing the millisecond part', () => {
  expect(nanosToMs('1700000000123456789')).toBe(1700000000123);
  expect(nanosToMs('garbage')).toBeNaN();
});

it('formats a missing score as a dash', () => {
  expect(formatScore(undefined)).toBe('–');
  expect(formatScore(0.456)).toBe('0.46');
});
