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
