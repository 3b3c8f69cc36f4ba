import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../contract/api-types.ts';
import { MAX_COUNTED, openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

const dirs: string[] = [];
let store: Store | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function summary(i: number, app: string): SessionSummary {
  const t = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  return {
    id: `s-${i}`, app, startedAt: t, endedAt: t, durationMs: 0, lastActivityAt: t, spanCount: 1, nodeCount: 2, edgeCount: 1,
    agents: ['a'], state: 'closed', alertCounts: { info: 0, low: 0, medium: 0, high: 0, critical: 0 }, openAlerts: 0,
  };
}

describe('SQLite store session pages', () => {
  it('counts matches on the first page only, and stops counting past MAX_COUNTED', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sentinel-store-'));
    dirs.push(dir);
    store = openSqliteStore(dir);
    const sessions = Array.from({ length: MAX_COUNTED + 50 }, (_, i) => summary(i, i < 30 ? 'small-app' : 'big-app'));
    store.write({ spans: [], alerts: [], sessions });

    const big = store.listSessions({ app: 'big-app', limit: 20 });
    expect(big.items).toHaveLength(20);
    expect(big.total).toBeUndefined();
    expect(big.totalAtLeast).toBe(MAX_COUNTED);
    // Newest first; the next page continues where this one ended and is not counted again.
    expect(big.items[0].id).toBe(`s-${MAX_COUNTED + 49}`);
    const second = store.listSessions({ app: 'big-app', limit: 20, cursor: big.next });
    expect(second.items[0].id).toBe(`s-${MAX_COUNTED + 49 - 20}`);
    expect(second.total).toBeUndefined();
    expect(second.totalAtLeast).toBeUndefined();

    const small = store.listSessions({ app: 'small-app', limit: 20 });
    expect(small.total).toBe(30);
    expect(small.totalAtLeast).toBeUndefined();
  });
});

describe('SQLite store file', () => {
  it('creates new files with 16 KiB pages and keeps an existing file\'s page size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sentinel-store-'));
    dirs.push(dir);
    store = openSqliteStore(dir);
    store.close();
    store = undefined;
    const pageSize = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.pragma('page_size', { simple: true });
      } finally {
        db.close();
      }
    };
    expect(pageSize(join(dir, 'sentinel.db'))).toBe(16384);
    // A store created with SQLite's default pages opens as it is (in WAL mode the page size is fixed).
    const old = mkdtempSync(join(tmpdir(), 'sentinel-store-'));
    dirs.push(old);
    const db = new Database(join(old, 'sentinel.db'));
    db.pragma('journal_mode = WAL');
    db.close();
    store = openSqliteStore(old);
    store.write({ spans: [], alerts: [], sessions: [summary(1, 'app')] });
    expect(store.listSessions({ limit: 5 }).items).toHaveLength(1);
    store.close();
    store = undefined;
    expect(pageSize(join(old, 'sentinel.db'))).toBe(4096);
  });
});

describe('SQLite store session moves', () => {
  const row = (sessionId: string, spanId: string) => ({
    sessionId, spanId, traceId: 't1', app: 'app', name: spanId, kind: 'tool', start: 1n, end: 2n, status: 'ok', raw: JSON.stringify({ attributes: {} }),
  });

  it("moves a session's spans to another, drops its alerts and summary, after the commit's own rows; a span both hold stays once", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sentinel-store-'));
    dirs.push(dir);
    store = openSqliteStore(dir);
    const alert = { id: 'al_1', sessionId: 't1', app: 'app', ruleId: 'injection_content', category: 'injection_content', severity: 'medium', status: 'open', createdAt: 'x', updatedAt: 'x' };
    store.write({ spans: [row('t1', 'a'), row('t1', 'dup')], alerts: [alert as never], sessions: [{ ...summary(1, 'app'), id: 't1' }] });
    store.write({ spans: [row('conv', 'dup'), row('t1', 'b')], alerts: [], sessions: [{ ...summary(2, 'app'), id: 'conv' }], moves: [{ from: 't1', to: 'conv' }] });
    expect(store.spans('conv').map((s) => s.spanId).sort()).toEqual(['a', 'b', 'dup']);
    expect(store.spans('t1')).toEqual([]);
    expect(store.getSession('t1')).toBeUndefined();
    expect(store.sessionAlerts('t1')).toEqual([]);
    expect(store.getSession('conv')?.id).toBe('conv');
  });
});

describe('SQLite store retention prune', () => {
  const row = (sessionId: string, spanId: string) => ({
    sessionId, spanId, traceId: 't1', app: 'app', name: spanId, kind: 'tool', start: 1n, end: 2n, status: 'ok', raw: JSON.stringify({ attributes: {} }),
  });
  const alert = (id: string, sessionId: string) =>
    ({ id, sessionId, app: 'app', ruleId: 'loop', category: 'loop', severity: 'high', status: 'open', createdAt: 'x', updatedAt: 'x' }) as never;

  // Sessions s-0 … s-9, one second apart from 2026-01-01T00:00:00Z, two spans and one alert each.
  function fill(s: Store): void {
    const ids = Array.from({ length: 10 }, (_, i) => i);
    s.write({
      spans: ids.flatMap((i) => [row(`s-${i}`, 'a'), row(`s-${i}`, 'b')]),
      alerts: ids.map((i) => alert(`al_${i}`, `s-${i}`)),
      sessions: ids.map((i) => summary(i, 'app')),
    });
  }
  const cutoff = new Date(Date.UTC(2026, 0, 1) + 6_000).toISOString(); // s-0 … s-5 are older

  for (const writerThread of [false, true]) {
    it(`deletes the oldest sessions before the cut-off with their spans and alerts, a chunk at a time, never a kept one (${writerThread ? 'writer thread' : 'same connection'})`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sentinel-store-'));
      dirs.push(dir);
      store = openSqliteStore(dir, 'normal', { writerThread });
      await store.ready();
      fill(store);
      // A chunk of 4: the four oldest but the kept s-1.
      expect(await store.prune({ before: cutoff, limit: 4, keep: ['s-1'] })).toEqual({ sessions: 4, spans: 8, alerts: 4 });
      expect(['s-0', 's-2', 's-3', 's-4'].map((id) => store!.getSession(id))).toEqual([undefined, undefined, undefined, undefined]);
      // The rest before the cut-off: s-5 only, s-1 still kept.
      expect(await store.prune({ before: cutoff, limit: 4, keep: ['s-1'] })).toEqual({ sessions: 1, spans: 2, alerts: 1 });
      expect(await store.prune({ before: cutoff, limit: 4, keep: ['s-1'] })).toEqual({ sessions: 0, spans: 0, alerts: 0 });
      expect(store.spans('s-5')).toEqual([]);
      expect(store.sessionAlerts('s-5')).toEqual([]);
      expect(store.getSession('s-1')?.id).toBe('s-1');
      expect(store.spans('s-1')).toHaveLength(2);
      // Newer sessions untouched, and what is left is consistent: 5 newer + the kept one.
      expect(store.listSessions({ limit: 50 }).items.map((s) => s.id).sort()).toEqual(['s-1', 's-6', 's-7', 's-8', 's-9']);
      expect(store.spanCount()).toBe(10);
      expect(store.listAlerts({ limit: 50 }).items).toHaveLength(5);
    });
  }
});
