// One writer per data directory: a lock on sentinel.lock held for as long as the store is open.
//
// The lock is SQLite's own file lock (POSIX fcntl) on a small database beside the store, not a pid file: the
// kernel drops it when its process dies, however it dies, so there is no stale lock to judge, and a pid that
// was reused (pid 1 in every container) or that lives in another container's pid namespace on a shared volume
// cannot make two servers each think the directory is theirs. The file stays after close: removing a lock file
// lets a process that opened the old one and one that creates a new one both hold "the" lock.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DataDirError } from './data-dir.ts';

export const LOCK_FILE = 'sentinel.lock';

/**
 * How long to wait on the lock file's SQLite locks. A holder keeps its lock, so a second server is refused after
 * this; other contenders hold the lock file only for one tiny commit.
 */
const LOCK_WAIT_MS = 500;

export interface DirLock {
  release(): void;
}

interface Holder {
  token: string;
  pid: number;
  host: string;
  since: string;
}

/**
 * Takes the data directory for this process, or throws naming the process that has it.
 *
 * How: a contender commits its identity (a fresh token) into the lock file, then opens a read transaction and
 * keeps it open. While any holder keeps that read lock no other commit can complete, so a contender whose commit
 * fails is refused, and the holder's row names it. Two contenders that both commit before either reads: only the
 * later one finds its own token, so exactly one holds the directory.
 */
export function lockDataDir(dataDir: string): DirLock {
  const file = join(dataDir, LOCK_FILE);
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: LOCK_WAIT_MS });
  } catch (err) {
    throw new DataDirError(`openSqliteStore: cannot open the lock file ${file}: ${(err as Error).message}`, { cause: err });
  }
  const me: Holder = { token: randomUUID(), pid: process.pid, host: hostname(), since: new Date().toISOString() };
  try {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'holder'").get();
    if (!exists) db.exec('CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), token TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, since TEXT NOT NULL)');
    db.exec('BEGIN IMMEDIATE');
    db.prepare('INSERT OR REPLACE INTO holder (id, token, pid, host, since) VALUES (1, ?, ?, ?, ?)').run(me.token, me.pid, me.host, me.since);
    db.exec('COMMIT');
    db.exec('BEGIN');
    const held = readHolder(db);
    if (held?.token !== me.token) throw inUse(dataDir, held);
    return {
      release: () => {
        if (!db.open) return;
        if (db.inTransaction) db.exec('ROLLBACK');
        db.close();
      },
    };
  } catch (err) {
    let error = err;
    if (!(err instanceof DataDirError)) {
      const busy = ((err as { code?: string }).code ?? '').startsWith('SQLITE_BUSY');
      if (db.inTransaction) db.exec('ROLLBACK');
      error = busy
        ? inUse(dataDir, tryReadHolder(db))
        : new DataDirError(`openSqliteStore: cannot use the lock file ${file}: ${(err as Error).message}; it holds no data: with no Sentinel running on ${dataDir}, delete it`, { cause: err });
    }
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
    throw error;
  }
}

function readHolder(db: Database.Database): Holder | undefined {
  return db.prepare('SELECT token, pid, host, since FROM holder WHERE id = 1').get() as Holder | undefined;
}

/** The holder's row, when it can be read: a contender mid-commit can keep it unreadable for a moment. */
function tryReadHolder(db: Database.Database): Holder | undefined {
  try {
    return readHolder(db);
  } catch {
    return undefined;
  }
}

function inUse(dataDir: string, h: Holder | undefined): DataDirError {
  const who = h ? `pid ${h.pid}${h.host === hostname() ? '' : ` on ${h.host}`}, started ${h.since}` : 'another process';
  return new DataDirError(`openSqliteStore: the data directory ${dataDir} is in use by another Sentinel (${who}); stop it first, or choose another --data-dir`);
}
