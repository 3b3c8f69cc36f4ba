import { describe, expect, it } from 'vitest';
import type { Alert } from '../contract/api-types.ts';
import { alertStats } from './summary.ts';

const alert = (id: string, severity: Alert['severity'], status: Alert['status']): Alert => ({
  id, sessionId: 's1', app: 'app', ruleId: 'loop', category: 'loop', severity, score: 0.5, title: 't', explanation: 'e',
  evidence: { nodeIds: [], edgeIds: [], spanIds: [], path: [] }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', status,
});

describe('alertStats', () => {
  it('counts every alert, those not resolved, those open, and the worst severity not resolved', () => {
    const stats = alertStats([alert('a', 'critical', 'resolved'), alert('b', 'high', 'acknowledged'), alert('c', 'medium', 'open'), alert('d', 'medium', 'resolved')]);
    expect(stats).toEqual({
      alertCounts: { info: 0, low: 0, medium: 2, high: 1, critical: 1 },
      unresolvedCounts: { info: 0, low: 0, medium: 1, high: 1, critical: 0 },
      openAlerts: 1,
      maxSeverity: 'high',
    });
  });

  it('has no worst severity when every alert is resolved', () => {
    const stats = alertStats([alert('a', 'critical', 'resolved')]);
    expect(stats.maxSeverity).toBeUndefined();
    expect(stats.unresolvedCounts).toEqual({ info: 0, low: 0, medium: 0, high: 0, critical: 0 });
  });
});
