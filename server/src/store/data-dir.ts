// The data directory at start: created if missing, writable by this user, and what its files say about the store in it.
import { accessSync, closeSync, constants, mkdirSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { endianness, userInfo } from 'node:os';
import { join } from 'node:path';
import { SentinelError } from '@sentinel/graph';

/** The data directory or a file in it cannot be used: a one-line reason and what to do, raised before anything is written. */
export class DataDirError extends SentinelError {
  override readonly code: string = 'data_dir_error';
}

/**
 * Creates `dataDir` if it is missing and checks that this user may write it and those of `files` that exist in it.
 * Checked here, before SQLite opens anything: SQLite reports a permission problem as "unable to open database file"
 * or "attempt to write a readonly database", which reads like damage, and damage is fixed by moving data aside.
 */
export function prepareDataDir(dataDir: string, files: string[]): void {
  const dir = statOrUndefined(dataDir);
  if (dir && !dir.isDirectory()) throw new DataDirError(`openSqliteStore: data directory ${dataDir} exists and is not a directory`);
  if (!dir) {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      throw new DataDirError(`openSqliteStore: cannot create the data directory ${dataDir}: ${describe(e)}; create it, or choose another --data-dir`, { cause: err });
    }
  }
  for (const path of [dataDir, ...files.map((f) => join(dataDir, f))]) {
    if (path !== dataDir && !statOrUndefined(path)) continue;
    for (const [mode, word] of [[constants.W_OK, 'writable'], [constants.R_OK, 'readable']] as const) {
      try {
        accessSync(path, mode);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        // Gone since it was listed: a store closing as this one starts removes its WAL on the last checkpoint.
        if (e.code === 'ENOENT' && path !== dataDir) break;
        const what = path === dataDir ? `the data directory ${dataDir}` : path;
        const why = e.code === 'EROFS' ? 'on a read-only file system' : `not ${word} by this user (${whoAmI()})`;
        throw new DataDirError(`openSqliteStore: ${what} is ${why}; its data is not damaged: give this user access (or run Sentinel as the owner), or choose another --data-dir`, { cause: err });
      }
    }
  }
}

/** What the files in the data directory hold: nothing worth keeping (`fresh`), or a store to check and open. */
export interface StoreFiles {
  fresh: boolean;
  /** One line for the log when the files are unusual but safe to start with (leftovers that hold no data). */
  notice?: string;
}

/** Reads (never writes) what is in `dataDir` under the store's name. A WAL without its database is refused: it holds commits. */
export function inspectStoreFiles(dataDir: string, dbFile: string): StoreFiles {
  const file = join(dataDir, dbFile);
  const db = statOrUndefined(file);
  const wal = statOrUndefined(`${file}-wal`);
  const shm = statOrUndefined(`${file}-shm`);
  if (db && !db.isFile()) throw new DataDirError(`openSqliteStore: ${file} is not a file; move it aside, or choose another --data-dir`);
  if (!db) {
    if (wal && wal.size > 0) throw new DataDirError(`openSqliteStore: ${dataDir} holds WAL files but no ${dbFile}: the database was moved or deleted; refusing to start over it`);
    const left = [wal && `${dbFile}-wal (empty)`, shm && `${dbFile}-shm`].filter(Boolean);
    return { fresh: true, notice: left.length ? `${dataDir} held ${left.join(' and ')} but no ${dbFile}: no data in them; starting a fresh store` : undefined };
  }
  if (db.size === 0 && !(wal && wal.size > 0)) return { fresh: true, notice: `${file} is empty (0 bytes): starting a fresh store in it` };
  if (!wal && shm) {
    const frames = walFramesIndexed(`${file}-shm`);
    if (frames > 0) return { fresh: false, notice: `${file}-wal is missing but ${file}-shm indexes ${frames} frames of it: the commits made since the last checkpoint are lost` };
  }
  return { fresh: false };
}

/**
 * How many WAL frames a leftover `-shm` (SQLite's WAL index) says the WAL held: its header's mxFrame, in the host's
 * byte order (https://sqlite.org/walformat.html#the_wal_index_file_format). 0 when it cannot tell.
 */
function walFramesIndexed(shmPath: string): number {
  const header = Buffer.alloc(48);
  let fd: number | undefined;
  try {
    fd = openSync(shmPath, 'r');
    if (readSync(fd, header, 0, 48, 0) < 48) return 0;
  } catch {
    return 0;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const le = endianness() === 'LE';
  const version = le ? header.readUInt32LE(0) : header.readUInt32BE(0);
  const isInit = header[12] === 1;
  if (version !== 3007000 || !isInit) return 0;
  return le ? header.readUInt32LE(16) : header.readUInt32BE(16);
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DataDirError(`openSqliteStore: cannot read ${path}: ${describe(err as NodeJS.ErrnoException)}`, { cause: err });
  }
}

function describe(e: NodeJS.ErrnoException): string {
  if (e.code === 'EACCES' || e.code === 'EPERM') return `permission denied for this user (${whoAmI()})`;
  if (e.code === 'EROFS') return 'the file system is read-only';
  if (e.code === 'ENOTDIR') return 'a part of its path is a file';
  return e.code ? `${e.code}: ${e.message}` : e.message;
}

function whoAmI(): string {
  const uid = process.getuid?.();
  try {
    return `${userInfo().username}${uid === undefined ? '' : `, uid ${uid}`}`;
  } catch {
    return uid === undefined ? 'unknown user' : `uid ${uid}`;
  }
}
