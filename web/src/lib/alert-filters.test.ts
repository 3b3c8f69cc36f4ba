// The alert feed: live alerts merge by id, filters apply, and a triaged alert does not vanish under the person's cursor.
import { describe, expect, it } from 'vitest';
import { alertFiltersFromQuery, alertFiltersQuery, DEFAULT_ALERT_FILTERS, matchesAlert, mergeAlerts, type AlertFilters } from './alert-filters.ts';
import type { Alert } from './types.ts';

const alert = (id: string, over: Partial<Alert> = {}): Alert => ({
  id,
  sessionId: 's1',
  app: 'bank',
  ruleId: 'r',
  category: 'loop',
  severity: 'high',
  score: 0.8,
  title: id,
  explanation: '',
  evidence: { nodeIds: [], edgeIds: [], spanIds: [], path: [] },
  createdAt: `2025-01-01T00:00:0${id.slice(-1)}Z`,
  updatedAt: '2025-01-01T00:00:00Z',
  status: 'open',
  ...over,
});
const open: AlertFilters = { status: 'open', minSeverity: '', category: '' };

describe('matchesAlert', () => {
  it.each([
    [alert('a1'), { ...open }, true],
    [alert('a1', { status: 'resolved' }), open, false],
    [alert('a1', { severity: 'low' }), { ...open, minSeverity: 'medium' }, false],
    [alert('a1', { severity: 'critical' }), { ...open, minSeverity: 'medium' }, true],
    [alert('a1'), { ...open, category: 'exfiltration' }, false],
    [alert('a1', { sessionId: 'other' }), { ...open, sessionId: 's1' }, false],
  ] as const)('%#', (a, f, want) => {
    expect(matchesAlert(a, f as AlertFilters)).toBe(want);
  });
});

describe('mergeAlerts', () => {
  it('puts new live alerts first and replaces known ones by id', () => {
    const list = [alert('a2'), alert('a1')];
    const out = mergeAlerts(list, [alert('a3'), alert('a1', { title: 'changed' })], open, 10);
    expect(out.map((a) => a.id)).toEqual(['a3', 'a2', 'a1']);
    expect(out[2].title).toBe('changed');
  });

  it('drops an alert acknowledged elsewhere from an "open" feed', () => {
    expect(mergeAlerts([alert('a1')], [alert('a1', { status: 'acknowledged' })], open, 10)).toEqual([]);
  });

  it('keeps an alert the person acknowledged here when the live echo arrives', () => {
    const out = mergeAlerts([alert('a1')], [alert('a1', { status: 'acknowledged' })], open, 10, new Set(['a1']));
    expect(out.map((a) => [a.id, a.status])).toEqual([['a1', 'acknowledged']]);
  });

  it('holds at most `limit` alerts', () => {
    expect(mergeAlerts([], [alert('a1'), alert('a2'), alert('a3')], open, 2).map((a) => a.id)).toEqual(['a3', 'a2']);
  });
});

describe('alert feed filters in the address', () => {
  it('opens on open alerts, says "any" for every status, and ignores unknown values', () => {
    expect(alertFiltersFromQuery(undefined)).toEqual(DEFAULT_ALERT_FILTERS);
    expect(alertFiltersQuery(DEFAULT_ALERT_FILTERS)).toBeUndefined();
    const all = { status: '' as const, minSeverity: 'medium' as const, category: 'exfiltration' };
    expect(alertFiltersQuery(all)).toEqual({ status: 'any', severity: 'medium', category: 'exfiltration' });
    expect(alertFiltersFromQuery(alertFiltersQuery(all))).toEqual(all);
    expect(alertFiltersFromQuery({ status: 'deleted', category: '<script>' })).toEqual(DEFAULT_ALERT_FILTERS);
  });
});
