// The loop rule's identical calls (loop.ts): a repeat counts only when it got what the call before it got.
import { describe, expect, it } from 'vitest';
import type { Finding } from '@sentinel/graph';
import { SessionBuilder, runRaw } from '../testing/session-builder.ts';

const loops = (f: Finding[]) => f.filter((x) => x.category === 'loop').map((x) => x.severity);

/** An agent polls a job with the same arguments, getting `results` in turn. */
function poll(results: string[]): Finding[] {
  const b = new SessionBuilder('s1', 'ops-app');
  const r = b.agent('ops_agent', 'Start the nightly export and tell me when it is done.');
  for (const result of results) b.tool(r, 'jobs.get_status', { job_id: 'exp-2291' }, result);
  return runRaw(b.spans);
}

describe('identical calls', () => {
  it('a poll whose result moves on (queued, running at new percentages, done) is progress, not a loop', () => {
    expect(loops(poll(['{"status":"queued"}', '{"status":"running","pct":10}', '{"status":"running","pct":35}', '{"status":"running","pct":60}', '{"status":"running","pct":80}', '{"status":"running","pct":95}', '{"status":"done"}']))).toEqual([]);
  });

  it('the same result again and again is a loop, a time stamp in it changing or not', () => {
    expect(loops(poll(Array.from({ length: 9 }, () => '{"status":"running"}'))).length).toBeGreaterThan(0);
    const stamped = Array.from({ length: 9 }, (_, i) => `{"status":"running","checked_at":"2025-03-04T10:0${i}:00Z","ts":${1741082400 + i * 60}}`);
    expect(loops(poll(stamped)).length).toBeGreaterThan(0);
  });

  it('counts the repeats that got what the one before got: a poll stuck for a while after some progress', () => {
    expect(loops(poll(['{"status":"queued"}', ...Array.from({ length: 7 }, () => '{"status":"running"}')])).length).toBeGreaterThan(0);
  });
});
