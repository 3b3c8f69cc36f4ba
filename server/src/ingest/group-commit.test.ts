import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../metrics.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { SpanRow, Store, WriteBatch } from '../store/store.ts';
import { GroupCommitWriter } from './group-commit.ts';

const dirs: string[] = [];
let store: Store | undefined;
afterEach(() => {
  store?.close();
  store = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function row(sessionId: string, spanId: string, end: bigint): SpanRow {
  return { sessionId, spanId, traceId: 'a'.repeat(32), app: 'app', name: 'tool', kind: 'tool', start: 1n, end, status: 'ok', raw: '{"a":{},"r":{},"k":1,"sc":0}' };
}

describe('group commit', () => {
  it("fails only the request whose row the store refuses, not the others of its transaction, and publishes once", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sentinel-commit-'));
    dirs.push(dir);
    store = openSqliteStore(dir);
    const published: WriteBatch[] = [];
    const writer = new GroupCommitWriter(store, createMetrics(), (b) => published.push(b));
    // Queued in one event-loop turn: one transaction. 2^64 - 1 is past SQLite's integers (the decoders refuse it first).
    const results = await Promise.allSettled([
      writer.enqueue([row('s1', '1111111111111111', 2n)], [], new Map()),
      writer.enqueue([row('s2', '2222222222222222', (1n << 64n) - 1n)], [], new Map()),
      writer.enqueue([row('s3', '3333333333333333', 3n), row('s3', '4444444444444444', 4n)], [], new Map()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/store write failed/);
    expect(store.spans('s1').map((r) => r.spanId)).toEqual(['1111111111111111']);
    expect(store.spans('s2')).toEqual([]);
    expect(store.spans('s3').map((r) => r.spanId)).toEqual(['3333333333333333', '4444444444444444']);
    expect(published).toHaveLength(1);
    expect(writer.pendingSpans).toBe(0);
  });
});
