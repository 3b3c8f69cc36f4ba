import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JudgeResult } from '@sentinel/judge';
import type { Alert } from '../contract/api-types.ts';
import { LiveSession } from '../sessions/live-session.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { VerdictWriter, judgeView } from './verdict-writer.ts';

const alert = (id: string, over: Partial<Alert> = {}): Alert => ({
  id, sessionId: 's1', app: 'app', ruleId: 'injection_propagation', category: 'injection_propagation', severity: 'critical', score: 0.9,
  title: 't', explanation: 'e', evidence: { nodeIds: [], edgeIds: [], spanIds: ['a'], path: [] }, createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z', status: 'open', ...over,
});
const tokens = { prompt: 1, completion: 1, total: 2 };
const verdict = (v: 'benign' | 'malicious'): JudgeResult => ({
  ok: true, model: 'm', latencyMs: 5, tokens, attempts: 1,
  verdict: { verdict: v, category: 'none', confidence: 0.5, rationale: 'r', implicatedAgents: [], implicatedSpans: [], recommendedAction: 'a' },
});

let dir: string;
let store: Store;
let live: LiveSession;
let writer: VerdictWriter;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sentinel-writer-'));
  store = openSqliteStore(dir);
  live = new LiveSession('s1', 'app', 0);
  writer = new VerdictWriter(store, (id) => (id === 's1' ? live : undefined));
  for (const a of [alert('al_rule'), alert('al_graph', { ruleId: 'graph_anomaly', category: 'graph_anomaly' })]) {
    store.write({ spans: [], sessions: [], alerts: [a] });
    live.alerts.set(a.id, a);
  }
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('VerdictWriter', () => {
  it('disputes a rule alert on a benign verdict but leaves it open, and keeps the live copy in step', () => {
    const changed = writer.apply(['al_rule', 'al_graph'], judgeView(verdict('benign'), '2026-01-01T00:00:01.000Z'));
    expect(changed.map((a) => [a.id, a.status, a.disputed])).toEqual([['al_rule', 'open', true], ['al_graph', 'open', undefined]]);
    expect(live.alerts.get('al_rule')).toMatchObject({ disputed: true, judge: { verdict: 'benign' } });
  });

  it('never replaces a verdict with a later error', () => {
    writer.apply(['al_rule'], judgeView(verdict('malicious'), '2026-01-01T00:00:01.000Z'));
    const failed: JudgeResult = { ok: false, error: 'timeout: slow', model: 'm', latencyMs: 1, tokens, attempts: 1 };
    expect(writer.apply(['al_rule', 'al_graph'], judgeView(failed, '2026-01-01T00:00:02.000Z')).map((a) => a.id)).toEqual(['al_graph']);
    expect(store.getAlert('al_rule')!.judge).toMatchObject({ verdict: 'malicious' });
    expect(store.getAlert('al_graph')!.judge).toEqual({ error: 'timeout: slow', model: 'm', judgedAt: '2026-01-01T00:00:02.000Z' });
  });

  it('puts a verdict back when a commit computed before it wrote the alert without it', () => {
    const stale = store.getAlert('al_rule')!;
    writer.apply(['al_rule'], judgeView(verdict('malicious'), '2026-01-01T00:00:01.000Z'));
    const racing = { ...stale, evidence: { ...stale.evidence, spanIds: ['a', 'b'] } };
    store.write({ spans: [], sessions: [], alerts: [racing] });
    expect(store.getAlert('al_rule')!.judge).toBeUndefined();
    const restored = writer.reapply([racing]);
    expect(restored).toHaveLength(1);
    expect(store.getAlert('al_rule')).toMatchObject({ judge: { verdict: 'malicious' }, evidence: { spanIds: ['a', 'b'] } });
    expect(writer.reapply([store.getAlert('al_rule')!])).toEqual([]);
  });
});
