import { describe, expect, it } from 'vitest';
import { detectionStatus } from './detection-status.ts';

describe('detectionStatus', () => {
  it('says rules run with a policy, the judge is off and why, the scorer is learning', () => {
    const chips = detectionStatus({
      policy: { loaded: true, path: '/etc/sentinel/policy.yaml', loadedAt: '2026-11-30T06:00:00.000Z', mode: 'policy' },
      rules: { enabled: true, runsOn: 'rule thread', pendingSpans: 0 },
      judge: { enabled: false, reason: 'no judge model configured' },
      scorer: { enabled: true, learning: true, warmupSessions: 20, apps: [{ app: 'bank', warm: true }, { app: 'mail', warm: false }] },
    });
    expect(chips.map((c) => [c.label, c.tone])).toEqual([['rules: policy', 'ok'], ['judge off', 'neutral'], ['graph: learning', 'neutral']]);
    expect(chips[0].detail).toContain('/etc/sentinel/policy.yaml');
    expect(chips[1].detail).toContain('no judge model configured');
    expect(chips[2].detail).toBe('Baselines for 2 apps, scoring bank; learning from sessions that close without alerts.');
  });

  it('warns when the rules are off, a policy edit was rejected, or the rules fell back to the ingest thread', () => {
    expect(detectionStatus({ rules: { enabled: false } })[0]).toMatchObject({ label: 'rules off', tone: 'warn' });
    const rejected = detectionStatus({ policy: { mode: 'policy', path: 'p.yaml', lastReloadError: 'p.yaml: apps.bank.tools: expected array' }, rules: { enabled: true, runsOn: 'rule thread' } })[0];
    expect(rejected.tone).toBe('warn');
    expect(rejected.detail).toContain('expected array');
    const fellBack = detectionStatus({ policy: { mode: 'inferred defaults' }, rules: { enabled: true, runsOn: 'ingest thread', reason: 'the rule thread stopped 4 times (last: exit code 1)', pendingSpans: 550 } })[0];
    expect(fellBack).toMatchObject({ label: 'rules: inferred', tone: 'warn' });
    expect(fellBack.detail).toMatch(/ingest thread: the rule thread stopped 4 times.*550 spans wait/);
    // One CPU is a choice, not a failure.
    expect(detectionStatus({ policy: { mode: 'inferred defaults' }, rules: { enabled: true, runsOn: 'ingest thread', reason: 'one CPU: a second thread would only add the hand-off' } })[0].tone).toBe('neutral');
  });

  it('reads a judge that is on, and survives a health answer without these sections', () => {
    const failing = detectionStatus({ judge: { enabled: true, model: 'gpt-4o-mini', endpoint: 'api.openai.com', lastError: { sessionId: 's1', error: 'request timed out', at: '2026-11-30T09:00:00.000Z' } } })[1];
    expect(failing).toMatchObject({ label: 'judge on', tone: 'warn' });
    expect(failing.detail).toContain('Last error: request timed out');
    expect(detectionStatus(undefined).map((c) => c.label)).toEqual(['rules: inferred', 'judge off', 'graph scorer off']);
  });
});
