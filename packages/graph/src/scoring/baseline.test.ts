import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.ts';
import { Baseline, MAX_KEYS, MAX_SAMPLES } from './baseline.ts';
import type { StructureKey } from './session-tracker.ts';

const key = (k: string): StructureKey => ({ key: k, kind: 'edge', edgeId: k, path: [], spanId: 's' });

describe('Baseline', () => {
  it('counts the sessions that showed each key, not the times it was shown', () => {
    const b = new Baseline('app');
    b.learn({ keys: [key('a'), key('b')], values: {} });
    b.learn({ keys: [key('a')], values: {} });
    expect(b.sessions).toBe(2);
    expect(b.presence('a')).toBe(2);
    expect(b.presence('b')).toBe(1);
    expect(b.presence('never')).toBe(0);
  });

  it('keeps samples bounded and summaries fresh after more learning', () => {
    const b = new Baseline('app');
    for (let i = 0; i < MAX_SAMPLES + 100; i++) b.learn({ keys: [], values: { 'f|spans': 10 } });
    expect(b.summary('f|spans')!.n).toBe(MAX_SAMPLES);
    const before = b.summary('f|spans')!.median;
    for (let i = 0; i < 5_000; i++) b.learn({ keys: [], values: { 'f|spans': 1000 } });
    expect(b.summary('f|spans')!.median).toBeGreaterThan(before);
  });

  it('drops the rarest keys when an app shows more distinct keys than it may keep', () => {
    const b = new Baseline('app');
    b.learn({ keys: [key('common')], values: {} });
    b.learn({ keys: [key('common'), ...Array.from({ length: MAX_KEYS + 10 }, (_, i) => key(`one-off-${i}`))], values: {} });
    expect(b.presence('common')).toBe(2);
    expect(b.presence('one-off-1')).toBe(0);
  });

  it.each([
    [null, /expected an object/],
    [{ format: 99 }, /unsupported format 99/],
    [{ format: 1, app: 'a', sessions: -1 }, /"sessions"/],
    [{ format: 1, app: 'a', sessions: 1 }, /"presence", "samples" and "calibration"/],
    [{ format: 1, app: 'a', sessions: 1, presence: {}, samples: { x: 3 }, calibration: [] }, /sample "x"/],
  ])('rejects a malformed stored baseline %j with a ValidationError naming the problem', (json, message) => {
    expect(() => Baseline.fromJSON(json)).toThrow(ValidationError);
    expect(() => Baseline.fromJSON(json)).toThrow(message);
  });
});
