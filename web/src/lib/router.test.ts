// Hash routing: ids with slashes, spaces or markup survive the round trip and never break out of their segment.
import { describe, expect, it } from 'vitest';
import { hashFor, parseHash, type Route } from './router.ts';

describe('parseHash', () => {
  it.each<[string, Route]>([
    ['', { name: 'overview' }],
    ['#/', { name: 'overview' }],
    ['#/alerts', { name: 'alerts' }],
    ['#/alerts/a1', { name: 'alert', id: 'a1' }],
    ['#/sessions/s%2F1', { name: 'session', id: 's/1' }],
    ['#/sessions/s1/investigate', { name: 'investigate', id: 's1' }],
    ['#/sessions/%E0%A4%A', { name: 'not-found', path: '/sessions/%E0%A4%A' }],
    ['#/nope', { name: 'not-found', path: '/nope' }],
  ])('%s', (hash, route) => expect(parseHash(hash)).toEqual(route));
});

it('round-trips hostile ids', () => {
  for (const id of ['a/b', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '../../etc', 'x y#z?q']) {
    for (const name of ['session', 'investigate', 'alert'] as const) {
      const r = { name, id } as Route;
      expect(parseHash(hashFor(r))).toEqual(r);
      expect(hashFor(r).startsWith('#/')).toBe(true);
    }
  }
});

describe('list filters in the address', () => {
  it('parses and writes the query of the overview and the alert feed, sorted and encoded', () => {
    expect(parseHash('#/?severity=high&app=mail%20app')).toEqual({ name: 'overview', query: { severity: 'high', app: 'mail app' } });
    expect(parseHash('#/alerts?status=any')).toEqual({ name: 'alerts', query: { status: 'any' } });
    expect(parseHash('#/alerts?')).toEqual({ name: 'alerts' });
    expect(hashFor({ name: 'overview', query: { window: '60', app: 'a&b' } })).toBe('#/?app=a%26b&window=60');
    expect(hashFor({ name: 'alerts', query: {} })).toBe('#/alerts');
    const r: Route = { name: 'alerts', query: { category: 'loop', severity: 'critical' } };
    expect(parseHash(hashFor(r))).toEqual(r);
  });
});
