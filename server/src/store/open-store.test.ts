// What openSqliteStore refuses, and leaves untouched, at start: a locked directory, a corrupt file, another program's file, leftovers.
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../contract/api-types.ts';
import { DataDirError } from './data-dir.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

const dirs: string[] = [];
const open: Store[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'sentinel-open-'));
  dirs.push(d);
  return d;
}
function keep(s: Store): Store {
  open.push(s);
  return s;
}
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function summary(i: number): SessionSummary {
  const t = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  return {
    id: `s-${i}`, app: 'app', startedAt: t, endedAt: t, durationMs: 0, lastActivityAt: t, spanCount: 1, nodeCount: 2, edgeCount: 1,
    agents: ['a'], state: 'closed', alertCounts: { info: 0, low: 0, medium: 0, high: 0, critical: 0 }, openAlerts: 0,
  };
}
/** A store a few MB large: enough b-tree pages that damaging some of them is certain to hit table pages. */
function populated(dir: string): void {
  const s = openSqliteStore(dir);
  const spans = Array.from({ length: 600 }, (_, i) => ({
    sessionId: `s-${i % 20}`, spanId: `sp-${i}`, traceId: 't', app: 'app', name: 'n', kind: 'tool', start: BigInt(i), end: BigInt(i + 1), status: 'ok',
    raw: JSON.stringify({ attributes: { pad: 'x'.repeat(3000 + i) } }),
  }));
  s.write({ spans, alerts: [], sessions: Array.from({ length: 20 }, (_, i) => summary(i)) });
  s.close();
}

describe('openSqliteStore: one writer per data directory', () => {
  it('refuses a second store on a directory another has open, naming it, and opens again once it is closed', () => {
    const dir = tmp();
    const first = openSqliteStore(dir);
    expect(() => keep(openSqliteStore(dir))).toThrow(new RegExp(`the data directory ${dir} is in use by another Sentinel \\(pid ${process.pid}, started `));
    first.close();
    keep(openSqliteStore(dir)).write({ spans: [], alerts: [], sessions: [summary(1)] });
  });

  it('lets a read-only store open beside the writer, and see its commits', () => {
    const dir = tmp();
    const writer = keep(openSqliteStore(dir));
    writer.write({ spans: [], alerts: [], sessions: [summary(1)] });
    const reader = keep(openSqliteStore(dir, 'normal', { readOnly: true }));
    expect(reader.getSession('s-1')?.id).toBe('s-1');
    expect(() => reader.write({ spans: [], alerts: [], sessions: [summary(2)] })).toThrow(/readonly/);
  });
});

describe('openSqliteStore: an existing file is checked before anything is written to it', () => {
  it('refuses a corrupt database with the reason and the advice, and leaves it byte for byte as it was', () => {
    const dir = tmp();
    populated(dir);
    const file = join(dir, 'sentinel.db');
    const fd = openSync(file, 'r+');
    for (let off = 16384 * 4; off < statSync(file).size; off += 16384 * 5) writeSync(fd, Buffer.alloc(8, 0xab), 0, 8, off); // b-tree page headers
    closeSync(fd);
    const before = sha(file);
    let error: unknown;
    try {
      keep(openSqliteStore(dir));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DataDirError);
    expect((error as Error).message).toMatch(new RegExp(`^openSqliteStore: ${file} is corrupt \\(SQLite quick_check: .+\\); nothing was written to it\\. Move the data directory aside`));
    expect((error as Error).message).not.toContain('\n');
    expect(sha(file)).toBe(before);
  });

  const foreign: [string, string, number, RegExp][] = [
    ['another program that versions its schema', "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE orders(id, customer); INSERT INTO customers VALUES (1, 'alice');", 1, /is not a Sentinel store: it has tables customers, orders; move it aside, or choose another --data-dir$/],
    ['another program without a schema version', 'CREATE TABLE t(a); INSERT INTO t VALUES (1);', 0, /is not a Sentinel store: it has tables t;/],
    ['a program with its own table named spans', 'CREATE TABLE spans(x);', 1, /is not a Sentinel store: its table spans has no column session_id, span_id, trace_id/],
    ['a Sentinel table set beside a view of its own', 'CREATE TABLE spans(session_id); CREATE VIEW v AS SELECT 1;', 1, /is not a Sentinel store: it has tables v;/],
    ['an empty file some program marked as its own', '', 7, /is not a Sentinel store: it is empty but marked with schema version 7/],
  ];
  it.each(foreign)('refuses the SQLite file of %s and does not change it (not even its journal mode)', (_, sql, version, message) => {
    const dir = tmp();
    const file = join(dir, 'sentinel.db');
    const db = new Database(file);
    db.exec(sql);
    db.pragma(`user_version = ${version}`);
    db.close();
    const before = sha(file);
    expect(() => keep(openSqliteStore(dir))).toThrow(message);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not SQLite at all, and a newer Sentinel store, leaving both as they were', () => {
    const text = tmp();
    writeFileSync(join(text, 'sentinel.db'), 'name,email\nalice,a@example.com\n');
    expect(() => keep(openSqliteStore(text))).toThrow(/is not a Sentinel store: it is not a SQLite database/);
    expect(readFileSync(join(text, 'sentinel.db'), 'utf8')).toBe('name,email\nalice,a@example.com\n');

    const newer = tmp();
    populated(newer);
    const db = new Database(join(newer, 'sentinel.db'));
    db.exec('CREATE TABLE retention (app TEXT)');
    db.pragma('user_version = 9');
    db.close();
    expect(() => keep(openSqliteStore(newer))).toThrow(/has schema version 9, newer than this Sentinel \(2\)/);
  });
});

describe('openSqliteStore: leftovers that hold no data', () => {
  it('starts a fresh store over a leftover -shm alone, or an empty sentinel.db, and says so in one line', () => {
    const shmOnly = tmp();
    writeFileSync(join(shmOnly, 'sentinel.db-shm'), Buffer.alloc(32768));
    const lines: string[] = [];
    keep(openSqliteStore(shmOnly, 'normal', { log: (m) => lines.push(m) })).write({ spans: [], alerts: [], sessions: [summary(1)] });
    expect(lines).toEqual([`${shmOnly} held sentinel.db-shm but no sentinel.db: no data in them; starting a fresh store`]);

    const empty = tmp();
    writeFileSync(join(empty, 'sentinel.db'), '');
    lines.length = 0;
    keep(openSqliteStore(empty, 'normal', { log: (m) => lines.push(m) })).write({ spans: [], alerts: [], sessions: [summary(1)] });
    expect(lines).toEqual([`${join(empty, 'sentinel.db')} is empty (0 bytes): starting a fresh store in it`]);
  });

  it('still refuses a WAL without its database (the WAL holds commits)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'sentinel.db-wal'), Buffer.alloc(4096, 1));
    expect(() => keep(openSqliteStore(dir))).toThrow(/holds WAL files but no sentinel.db/);
  });

  it('says when the WAL is gone but the -shm shows it held commits (a copy made without it)', () => {
    const dir = tmp();
    const s = keep(openSqliteStore(dir));
    s.write({ spans: [], alerts: [], sessions: [summary(1)] }); // in the WAL, not yet checkpointed
    const copy = join(tmp(), 'copy');
    mkdirSync(copy);
    for (const f of ['sentinel.db', 'sentinel.db-shm']) copyFileSync(join(dir, f), join(copy, f));
    const lines: string[] = [];
    keep(openSqliteStore(copy, 'normal', { log: (m) => lines.push(m) }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/sentinel\.db-wal is missing but .*sentinel\.db-shm indexes \d+ frames of it: the commits made since the last checkpoint are lost$/);
  });
});

describe('openSqliteStore: a version 1 store', () => {
  it('is migrated in place: it counts its spans once, then keeps the count as spans come and go', async () => {
    const dir = tmp();
    populated(dir);
    // What a version 1 store was: the same tables without the tally.
    const db = new Database(join(dir, 'sentinel.db'));
    db.exec('DROP TABLE tallies');
    db.pragma('user_version = 1');
    db.close();
    // Read-only beside it (`baseline list`) before any server migrated it: it reads, and changes nothing.
    const ro = keep(openSqliteStore(dir, 'normal', { readOnly: true }));
    expect(ro.listSessions({ limit: 50 }).items).toHaveLength(20);
    const s = keep(openSqliteStore(dir));
    expect(s.spanCount()).toBe(600);
    const raw = JSON.stringify({ attributes: {} });
    // One new span and one sent again (ignored): +1.
    s.write({ spans: ['sp-0', 'sp-new'].map((spanId) => ({ sessionId: 's-0', spanId, traceId: 't', app: 'app', name: 'n', kind: 'tool', start: 1n, end: 2n, status: 'ok', raw })), alerts: [], sessions: [] });
    expect(s.spanCount()).toBe(601);
    // Pruning s-0 (31 spans) and s-1 (30): the oldest two sessions.
    expect(await s.prune({ before: new Date(Date.UTC(2026, 0, 1) + 1_500).toISOString(), limit: 10, keep: [] })).toMatchObject({ sessions: 2, spans: 61 });
    expect(s.spanCount()).toBe(540);
  });
});
