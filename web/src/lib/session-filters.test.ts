// Live overview merging: updates replace by id, filters apply to live sessions, risk order matches the server's.
import { describe, expect, it } from 'vitest';
import { compareRisk, hasFilters, matchesFilters, mergeSessions, NO_FILTERS, sessionFiltersFromQuery, sessionFiltersQuery } from './session-filters.ts';
import type { SessionSummary } from './types.ts';

const now = Date.parse('2025-01-01T12:00:00Z');
const s = (id: string, over: Partial<SessionSummary> = {}): SessionSummary => ({
  id,
  app: 'bank',
  startedAt: '2025-01-01T11:59:00Z',
  endedAt: '2025-01-01T11:59:30Z',
  durationMs: 30_000,
  lastActivityAt: '2025-01-01T11:59:30Z',
  spanCount: 3,
  nodeCount: 3,
  edgeCount: 2,
  agents: ['a'],
  state: 'live',
  alertCounts: { info: 0, low: 0, medium: 0, high: 0, critical: 0 },
  openAlerts: 0,
  ...over,
});

describe('compareRisk', () => {
  it('puts the worst open severity first, then more open alerts, then higher score', () => {
    const list = [s('calm', { score: 0.9 }), s('high', { maxSeverity: 'high', openAlerts: 1 }), s('crit', { maxSeverity: 'critical', openAlerts: 1 }), s('high2', { maxSeverity: 'high', openAlerts: 3 })];
    expect(list.sort(compareRisk).map((x) => x.id)).toEqual(['crit', 'high2', 'high', 'calm']);
  });
});

describe('matchesFilters', () => {
  it.each([
    [{ app: 'bank' }, s('x'), true],
    [{ app: 'slack' }, s('x'), false],
    [{ minSeverity: 'high' as const }, s('x', { maxSeverity: 'medium' }), false],
    [{ minSeverity: 'high' as const }, s('x', { maxSeverity: 'critical' }), true],
    [{ minSeverity: 'low' as const }, s('x'), false],
    [{ alertStatus: 'open' as const }, s('x', { openAlerts: 0 }), false],
    [{ windowMinutes: 5 }, s('x', { lastActivityAt: '2025-01-01T11:00:00Z' }), false],
    [{ windowMinutes: 5 }, s('x'), true],
  ])('%o', (f, session, expected) => {
    expect(matchesFilters(session, { ...NO_FILTERS, ...f }, now)).toBe(expected);
  });
});

describe('mergeSessions', () => {
  it('replaces a session by id instead of listing it twice', () => {
    const out = mergeSessions([s('a'), s('b')], [s('a', { spanCount: 10 })], NO_FILTERS, 100, now);
    expect(out).toHaveLength(2);
    expect(out.find((x) => x.id === 'a')!.spanCount).toBe(10);
  });

  it('drops a live session that stops matching and re-sorts by risk', () => {
    const out = mergeSessions([s('a'), s('b')], [s('b', { maxSeverity: 'critical', openAlerts: 1 }), s('c', { app: 'slack' })], { ...NO_FILTERS, app: 'bank' }, 100, now);
    expect(out.map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('puts a new session first when sorted by most recent, where risk order would leave it past the limit', () => {
    const risky = [s('old-crit', { maxSeverity: 'critical', openAlerts: 1, lastActivityAt: '2025-01-01T11:00:00Z' }), s('old-high', { maxSeverity: 'high', openAlerts: 1, lastActivityAt: '2025-01-01T11:10:00Z' })];
    const fresh = s('new-low', { maxSeverity: 'low', openAlerts: 1, lastActivityAt: '2025-01-01T11:59:59Z' });
    expect(mergeSessions(risky, [fresh], NO_FILTERS, 2, now).map((x) => x.id)).toEqual(['old-crit', 'old-high']);
    expect(mergeSessions(risky, [fresh], { ...NO_FILTERS, sort: 'recent' }, 2, now).map((x) => x.id)).toEqual(['new-low', 'old-high']);
  });

  it('keeps at most `limit` sessions', () => {
    expect(mergeSessions([], [s('a'), s('b'), s('c')], NO_FILTERS, 2, now)).toHaveLength(2);
  });
});

describe('overview filters in the address', () => {
  it('round-trips through the query and ignores values the view does not offer', () => {
    const f = { app: 'mail', minSeverity: 'high' as const, alertStatus: 'open' as const, windowMinutes: 60, sort: 'recent' as const };
    expect(sessionFiltersFromQuery(sessionFiltersQuery(f))).toEqual(f);
    expect(sessionFiltersQuery(f)?.sort).toBe('recent');
    expect(sessionFiltersQuery(NO_FILTERS)).toBeUndefined();
    expect(sessionFiltersFromQuery({ severity: 'apocalyptic', status: 'maybe', window: '7', sort: 'chaos' })).toEqual(NO_FILTERS);
  });

  it('does not count the order as a filter (no "Clear filters" for a sort)', () => {
    expect(hasFilters({ ...NO_FILTERS, sort: 'recent' })).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, windowMinutes: 15 })).toBe(true);
  });
});
