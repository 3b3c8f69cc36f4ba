// The embedded store: better-sqlite3 in WAL mode, one file in the data directory.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SEVERITY_RANK, ValidationError } from '@sentinel/graph';
import type { Alert, AlertStatus, JudgeErrorView, JudgeVerdictView, Page, SessionSummary } from '../contract/api-types.ts';
import type { Durability } from '../config.ts';
import { createLogger } from '../log.ts';
import { alertStats } from '../sessions/summary.ts';
import { DataDirError, inspectStoreFiles, prepareDataDir } from './data-dir.ts';
import { LOCK_FILE, lockDataDir, type DirLock } from './dir-lock.ts';
import { MIGRATE, SCHEMA, SCHEMA_VERSION } from './schema.ts';
import { prepareSpanTally } from './span-tally.ts';
import { ThreadedWriter } from './write-thread.ts';
import { prepareSessionPrune, type PruneRequest, type PruneResult } from './retention.ts';
import { storedRaw } from './wire-span.ts';
import type { AlertQuery, SessionQuery, SpanRow, Store, StoredBaseline, WriteBatch } from './store.ts';
import { openError, verifyStoreFile } from './verify-file.ts';

export const DB_FILE = 'sentinel.db';
/** Page size cap: a dashboard never needs more rows at once, and it bounds one query's memory. */
export const MAX_PAGE_SIZE = 500;
/** Past this many matching rows the first page reports `totalAtLeast` instead of an exact `total`. */
export const MAX_COUNTED = 10_000;

export { DataDirError };

export interface OpenStoreOptions {
  /** Ingest batches are committed on a worker thread with its own connection (see write-thread.ts). */
  writerThread?: boolean;
  /**
   * Opens an existing store for reading only: no lock, nothing created or written, so it works beside a running
   * server (`sentinel baseline list`). Writes through it fail. Anything that writes (baselines included) opens
   * read-write, and so waits for the directory to be free.
   */
  readOnly?: boolean;
  /** Where the one-line notices about unusual but harmless files go; stderr, as the server logs a warning, by default. */
  log?: (msg: string) => void;
}

/**
 * Opens (or creates) the store in `dataDir`, for this process alone (a second server on the directory is refused,
 * naming the first). An existing file is checked before anything is written to it: a file that is not Sentinel's,
 * is newer, or is corrupt is refused with the reason and left as it was, never adopted or overwritten.
 *
 * @example
 * const store = openSqliteStore('.sentinel', 'normal', { writerThread: true });
 * const ro = openSqliteStore('.sentinel', 'normal', { readOnly: true }); // beside a running server
 */
export function openSqliteStore(dataDir: string, durability: Durability = 'normal', opts: OpenStoreOptions = {}): Store {
  const file = join(dataDir, DB_FILE);
  if (opts.readOnly) return openReadOnly(dataDir, file);
  prepareDataDir(dataDir, [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, LOCK_FILE]);
  // Locked before the file is read: a second server is refused at once, not after checking a file another one writes.
  const lock = lockDataDir(dataDir);
  let db: Database.Database | undefined;
  try {
    const { fresh, notice } = inspectStoreFiles(dataDir, DB_FILE);
    if (notice) (opts.log ?? DEFAULT_LOG)(notice);
    if (!fresh) verifyStoreFile(file, { quickCheck: true });
    // Only now, with the file known to be Sentinel's and sound (or absent), is anything written to it.
    db = new Database(file);
    // 16 KiB pages, not SQLite's 4 KiB: span rows carry 1–4 KB of content each, and with small pages
    // every commit writes (and checkpoints) many more WAL frames. Measured on the ingest workload:
    // the writer thread's CPU per span 15 → 11 µs, and a 22% smaller file. Only a new file takes it (WAL fixes the page size).
    if (fresh) db.pragma('page_size = 16384');
    db.pragma('journal_mode = WAL');
    db.transaction(() => {
      db!.exec(SCHEMA);
      // A version 1 store counts its spans once here (a scan: about a second per few million spans, once).
      db!.exec(MIGRATE);
      db!.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
    db.pragma(`synchronous = ${durability === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('cache_size = -65536'); // 64 MiB page cache
    // The writer thread holds the write lock for one group commit (milliseconds); wait for it rather than fail.
    db.pragma('busy_timeout = 5000');
  } catch (err) {
    db?.close();
    lock.release();
    if (err instanceof DataDirError) throw err;
    throw openError(file, err);
  }
  return new SqliteStore(db, opts.writerThread ? new ThreadedWriter(file, durability) : undefined, lock);
}

const DEFAULT_LOG = createLogger('info').warn;

function openReadOnly(dataDir: string, file: string): Store {
  if (!existsSync(file) || inspectStoreFiles(dataDir, DB_FILE).fresh) throw new DataDirError(`openSqliteStore: no Sentinel store in ${dataDir} (no ${DB_FILE}, or an empty one)`);
  // No quick_check: nothing is written through this connection, and a damaged page fails the read that reaches it.
  verifyStoreFile(file, { quickCheck: false });
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return new SqliteStore(db);
  } catch (err) {
    throw openError(file, err);
  }
}

/** The ingest write path (spans, alerts, session summaries in one transaction), shared by the store and the writer thread. */
export function prepareBatchWriter(db: Database.Database): (batch: WriteBatch) => void {
  const insertSpan = db.prepare(
    `INSERT OR IGNORE INTO spans (session_id, span_id, trace_id, parent_span_id, app, name, kind, start_ns, end_ns, status, agent, tool, model, raw)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const putSession = prepareSessionUpsert(db);
  const putAlert = prepareAlertUpsert(db);
  // A span the target already holds (sent twice) stays where it was moved from, and goes with the rest.
  const moveSpans = db.prepare('UPDATE OR IGNORE spans SET session_id = ? WHERE session_id = ?');
  const dropSpans = db.prepare('DELETE FROM spans WHERE session_id = ?');
  const dropAlerts = db.prepare('DELETE FROM alerts WHERE session_id = ?');
  const dropSession = db.prepare('DELETE FROM sessions WHERE id = ?');
  const tally = prepareSpanTally(db);
  return db.transaction((batch: WriteBatch) => {
    let added = 0;
    for (const s of batch.spans) {
      added += insertSpan.run(s.sessionId, s.spanId, s.traceId, s.parentSpanId ?? null, s.app, s.name, s.kind, s.start, s.end, s.status, s.agent ?? null, s.tool ?? null, s.model ?? null, storedRaw(s.raw)).changes;
    }
    for (const a of batch.alerts) putAlert(a);
    for (const s of batch.sessions) putSession(s);
    for (const m of batch.moves ?? []) {
      moveSpans.run(m.to, m.from);
      added -= dropSpans.run(m.from).changes;
      dropAlerts.run(m.from);
      dropSession.run(m.from);
    }
    tally(added);
  });
}

/** A session's row: its summary, and the columns lists filter and sort on, derived from it. */
function prepareSessionUpsert(db: Database.Database): (s: SessionSummary) => void {
  const upsertSession = db.prepare(
    `INSERT INTO sessions (id, app, last_activity, max_severity, score, open_alerts, alert_total, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET app=excluded.app, last_activity=excluded.last_activity, max_severity=excluded.max_severity,
       score=excluded.score, open_alerts=excluded.open_alerts, alert_total=excluded.alert_total, summary=excluded.summary`,
  );
  return (s) => {
    const maxSev = s.maxSeverity ? SEVERITY_RANK[s.maxSeverity] : -1;
    const total = Object.values(s.alertCounts).reduce((a, b) => a + b, 0);
    upsertSession.run(s.id, s.app, s.lastActivityAt, maxSev, s.score ?? null, s.openAlerts, total, JSON.stringify(s));
  };
}

function prepareAlertUpsert(db: Database.Database): (a: Alert) => void {
  const upsertAlert = db.prepare(
    `INSERT INTO alerts (id, session_id, app, rule_id, category, severity, severity_rank, status, created_at, updated_at, body)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET severity=excluded.severity, severity_rank=excluded.severity_rank, status=excluded.status,
       updated_at=excluded.updated_at, body=excluded.body`,
  );
  return (a) => {
    upsertAlert.run(a.id, a.sessionId, a.app, a.ruleId, a.category, a.severity, SEVERITY_RANK[a.severity], a.status, a.createdAt, a.updatedAt, JSON.stringify(a));
  };
}

class SqliteStore implements Store {
  private batchWriter?: (batch: WriteBatch) => void;
  /** Prepared on first write: a read-only store (`baseline list` beside a server, on any schema version it reads) never writes. */
  private writeBatch(batch: WriteBatch): void {
    (this.batchWriter ??= prepareBatchWriter(this.db))(batch);
  }
  private readonly putAlert: (a: Alert) => void;
  private readonly putSession: (s: SessionSummary) => void;

  constructor(
    private readonly db: Database.Database,
    /** When set, ingest batches are written on this thread's own connection (see write-thread.ts). */
    private readonly thread?: ThreadedWriter,
    /** The data directory's lock (read-write stores only), released on close. */
    private readonly lock?: DirLock,
  ) {
    this.putAlert = prepareAlertUpsert(db);
    this.putSession = prepareSessionUpsert(db);
  }

  /** Prepared once per SQL text: preparing is costly, and getSession runs for every new session on ingest. */
  private readonly statements = new Map<string, Database.Statement>();
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  write(batch: WriteBatch): void {
    this.writeBatch(batch);
  }

  ready(): Promise<void> {
    return this.thread?.ready ?? Promise.resolve();
  }

  private pruneHere?: (r: PruneRequest) => PruneResult;
  prune(r: PruneRequest): Promise<PruneResult> {
    if (this.thread) return this.thread.prune(r);
    try {
      // Prepared on first use: a read-only store never prunes.
      return Promise.resolve((this.pruneHere ??= prepareSessionPrune(this.db))(r));
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }

  writeAsync(batch: WriteBatch): Promise<void> {
    if (this.thread) return this.thread.write(batch);
    try {
      this.writeBatch(batch);
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }

  getSession(id: string): SessionSummary | undefined {
    const row = this.stmt('SELECT summary FROM sessions WHERE id = ?').get(id) as { summary: string } | undefined;
    return row ? (JSON.parse(row.summary) as SessionSummary) : undefined;
  }

  listSessions(q: SessionQuery): Page<SessionSummary> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.app) (where.push('app = ?'), args.push(q.app));
    if (q.since) (where.push('last_activity >= ?'), args.push(q.since));
    if (q.until) (where.push('last_activity <= ?'), args.push(q.until));
    if (q.hasAlerts !== undefined) where.push(q.hasAlerts ? 'alert_total > 0' : 'alert_total = 0');
    if (q.minSeverity) (where.push('max_severity >= ?'), args.push(SEVERITY_RANK[q.minSeverity]));
    if (q.alertStatus) (where.push('EXISTS (SELECT 1 FROM alerts a WHERE a.session_id = sessions.id AND a.status = ?)'), args.push(q.alertStatus));
    const order = q.sort === 'risk' ? RISK_ORDER : RECENT_ORDER;
    return this.page<{ summary: string }>('sessions', where, args, order, q, 'summary', (r) => JSON.parse(r.summary) as SessionSummary);
  }

  liveSessionIds(recent: number): string[] {
    // Through the last-activity index: the newest `recent` rows, not a scan of every session's summary.
    const rows = this.stmt(`SELECT id, json_extract(summary, '$.state') AS state FROM sessions ORDER BY last_activity DESC LIMIT ?`).all(recent) as { id: string; state: string }[];
    return rows.filter((r) => r.state === 'live').map((r) => r.id);
  }

  /**
   * One page, and a cursor that holds the sort key of its last row: the next page starts after that key (keyset
   * paging), so sessions or alerts arriving at the top while someone pages do not shift later pages into duplicates.
   */
  private page<R>(table: string, where: string[], args: unknown[], list: ListOrder, q: { limit?: number; cursor?: string }, cols: string, map: (r: R) => any): Page<any> {
    const limit = Math.min(Math.max(q.limit ?? 50, 1), MAX_PAGE_SIZE);
    const after = decodeCursor(q.cursor, list);
    const order = list.keys;
    const conds = [...where];
    const condArgs = [...args];
    if (after) {
      const [sql, values] = afterKey(order, after);
      conds.push(sql);
      condArgs.push(...values);
    }
    const clause = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
    const keys = order.map((k, i) => `${k.expr} AS k${i}`).join(', ');
    const orderBy = order.map((k) => `${k.expr} ${k.desc ? 'DESC' : 'ASC'}`).join(', ');
    const rows = this.stmt(`SELECT ${cols}, ${keys} FROM ${table} ${clause} ORDER BY ${orderBy} LIMIT ?`).all(...condArgs, limit + 1) as (R & Record<string, unknown>)[];
    const items = rows.slice(0, limit).map(map);
    const last = rows[limit - 1];
    const out: Page<unknown> = rows.length > limit ? { items, next: encodeCursor(list, order.map((_, i) => last[`k${i}`])) } : { items };
    // Counted once, on the first page, and only up to MAX_COUNTED: a filtered count(*) is a scan,
    // and at millions of rows it cost more than the page itself, on every page.
    if (!after) {
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const n = (this.stmt(`SELECT count(*) AS n FROM (SELECT 1 FROM ${table} ${clause} LIMIT ?)`).get(...args, MAX_COUNTED + 1) as { n: number }).n;
      if (n > MAX_COUNTED) out.totalAtLeast = MAX_COUNTED;
      else out.total = n;
    }
    return out;
  }

  apps(): string[] {
    return (this.stmt('SELECT DISTINCT app FROM sessions ORDER BY app').all() as { app: string }[]).map((r) => r.app);
  }

  spans(sessionId: string): SpanRow[] {
    const rows = this.db
      .prepare('SELECT * FROM spans WHERE session_id = ? ORDER BY start_ns, span_id')
      .safeIntegers(true)
      .all(sessionId) as Record<string, unknown>[];
    return rows.map((r) => ({
      sessionId: r.session_id as string,
      spanId: r.span_id as string,
      traceId: r.trace_id as string,
      parentSpanId: (r.parent_span_id as string | null) ?? undefined,
      app: r.app as string,
      name: r.name as string,
      kind: r.kind as string,
      start: r.start_ns as bigint,
      end: r.end_ns as bigint,
      status: r.status as string,
      agent: (r.agent as string | null) ?? undefined,
      tool: (r.tool as string | null) ?? undefined,
      model: (r.model as string | null) ?? undefined,
      raw: r.raw as string,
    }));
  }

  spanCount(): number {
    // The tally the writes keep (schema.ts says why not count(*)).
    return (this.stmt("SELECT coalesce((SELECT n FROM tallies WHERE name = 'spans'), 0) AS n").get() as { n: number }).n;
  }

  getAlert(id: string): Alert | undefined {
    const row = this.stmt('SELECT body FROM alerts WHERE id = ?').get(id) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Alert) : undefined;
  }

  listAlerts(q: AlertQuery): Page<Alert> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.sessionId) (where.push('session_id = ?'), args.push(q.sessionId));
    if (q.app) (where.push('app = ?'), args.push(q.app));
    if (q.category) (where.push('category = ?'), args.push(q.category));
    if (q.severity) (where.push('severity = ?'), args.push(q.severity));
    if (q.minSeverity) (where.push('severity_rank >= ?'), args.push(SEVERITY_RANK[q.minSeverity]));
    if (q.status) (where.push('status = ?'), args.push(q.status));
    if (q.since) (where.push('created_at >= ?'), args.push(q.since));
    if (q.until) (where.push('created_at <= ?'), args.push(q.until));
    return this.page<{ body: string }>('alerts', where, args, ALERT_ORDER, q, 'body', (r) => JSON.parse(r.body) as Alert);
  }

  sessionAlerts(sessionId: string): Alert[] {
    const rows = this.stmt('SELECT body FROM alerts WHERE session_id = ? ORDER BY severity_rank DESC, created_at').all(sessionId) as { body: string }[];
    return rows.map((r) => JSON.parse(r.body) as Alert);
  }

  setAlertStatus(id: string, status: AlertStatus, now: string): Alert | undefined {
    const alert = this.getAlert(id);
    if (!alert) return undefined;
    const next: Alert = { ...alert, status, updatedAt: now };
    this.db.transaction(() => {
      this.putAlert(next);
      this.restateAlerts(next.sessionId);
    })();
    return next;
  }

  /** The session's row and summary recounted from its alerts: what is open and the worst unresolved severity change with a status. */
  private restateAlerts(sessionId: string): void {
    const summary = this.getSession(sessionId);
    if (!summary) return;
    const stats = alertStats(this.sessionAlerts(sessionId));
    const next: SessionSummary = { ...summary, ...stats };
    if (!stats.maxSeverity) delete next.maxSeverity;
    this.putSession(next);
  }

  setAlertJudge(id: string, judge: JudgeVerdictView | JudgeErrorView, disputed: boolean, now: string): Alert | undefined {
    const alert = this.getAlert(id);
    if (!alert) return undefined;
    const next: Alert = { ...alert, judge, updatedAt: now };
    if (disputed) next.disputed = true;
    this.putAlert(next);
    return next;
  }

  saveBaseline(b: StoredBaseline): void {
    this.db
      .prepare('INSERT INTO baselines (app, version, frozen, data, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(app) DO UPDATE SET version=excluded.version, frozen=excluded.frozen, data=excluded.data, updated_at=excluded.updated_at')
      .run(b.app, b.version, b.frozen ? 1 : 0, b.data, b.updatedAt);
  }

  loadBaseline(app: string): StoredBaseline | undefined {
    const r = this.stmt('SELECT * FROM baselines WHERE app = ?').get(app) as Record<string, unknown> | undefined;
    return r ? toBaseline(r) : undefined;
  }

  listBaselines(): StoredBaseline[] {
    return (this.stmt('SELECT * FROM baselines ORDER BY app').all() as Record<string, unknown>[]).map(toBaseline);
  }

  close(): void {
    void this.thread?.close();
    if (this.db.open) this.db.close();
    // Not after the writer thread has ended (close is synchronous, and a restart in the same process reopens at
    // once): its connection commits nothing more once the server has drained, and SQLite's locks keep the file whole.
    this.lock?.release();
  }
}

function toBaseline(r: Record<string, unknown>): StoredBaseline {
  return { app: r.app as string, version: r.version as number, frozen: r.frozen === 1, data: r.data as string, updatedAt: r.updated_at as string };
}

interface SortKey {
  expr: string;
  desc: boolean;
}
/**
 * A list in one order. Its name goes into the cursors it hands out: a cursor holds only sort-key values, and two lists
 * whose keys have the same count and types (recent sessions and alerts: a time and an id) read each other's cursors
 * as their own, so an alerts cursor paged sessions from an alert's creation time.
 */
interface ListOrder {
  name: string;
  keys: SortKey[];
}
const RECENT_ORDER: ListOrder = {
  name: 'sessions/recent',
  keys: [
    { expr: 'last_activity', desc: true },
    { expr: 'id', desc: false },
  ],
};
const RISK_ORDER: ListOrder = {
  name: 'sessions/risk',
  keys: [
    { expr: 'max_severity', desc: true },
    { expr: 'open_alerts', desc: true },
    { expr: 'coalesce(score, 0)', desc: true },
    { expr: 'last_activity', desc: true },
    { expr: 'id', desc: false },
  ],
};
const ALERT_ORDER: ListOrder = {
  name: 'alerts',
  keys: [
    { expr: 'created_at', desc: true },
    { expr: 'id', desc: false },
  ],
};

type KeyValue = string | number;

/** Rows after `values` in this order: k1 past v1, or k1 at v1 and the rest past theirs (directions may differ per key). */
function afterKey(order: SortKey[], values: KeyValue[]): [string, KeyValue[]] {
  const parts: string[] = [];
  const args: KeyValue[] = [];
  for (let i = order.length - 1; i >= 0; i--) {
    const { expr, desc } = order[i];
    const past = `${expr} ${desc ? '<' : '>'} ?`;
    if (parts.length === 0) {
      parts.push(past);
      args.unshift(values[i]);
    } else {
      parts[0] = `(${past} OR (${expr} = ? AND ${parts[0]}))`;
      args.unshift(values[i], values[i]);
    }
  }
  return [parts[0], args];
}

function encodeCursor(order: ListOrder, values: unknown[]): string {
  return Buffer.from(`${order.name}:${JSON.stringify(values)}`).toString('base64url');
}

/** The sort key a cursor holds; a cursor this API did not hand out (or for another list or sort) is refused, not read as page one. */
function decodeCursor(cursor: string | undefined, order: ListOrder): KeyValue[] | undefined {
  if (!cursor) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString();
  const prefix = `${order.name}:`;
  let values: unknown;
  try {
    values = text.startsWith(prefix) ? JSON.parse(text.slice(prefix.length)) : undefined;
  } catch {
    values = undefined;
  }
  if (!Array.isArray(values) || values.length !== order.keys.length || !values.every((v) => typeof v === 'string' || typeof v === 'number')) {
    throw new ValidationError('query parameter cursor is not one this API returned for this list and sort: start again without it');
  }
  return values as KeyValue[];
}
