// Before anything is written to an existing sentinel.db: it is a SQLite file, Sentinel's, of a schema this build knows, and sound.
import Database from 'better-sqlite3';
import { DataDirError } from './data-dir.ts';
import { SCHEMA, SCHEMA_VERSION } from './schema.ts';

/** Sentinel's tables and their columns, read from SCHEMA itself so the check cannot drift from it. */
const EXPECTED: ReadonlyMap<string, readonly string[]> = (() => {
  const db = new Database(':memory:');
  try {
    db.exec(SCHEMA);
    return tableColumns(db);
  } finally {
    db.close();
  }
})();

/** How many names a refusal lists before "…": enough to recognise the application the file belongs to. */
const NAMES_SHOWN = 8;

/**
 * Checks the existing database `file` on a read-only connection, so a file it refuses is left exactly as it was
 * (its journal mode included). `quickCheck`: also read every page (see below); read-only users of the store skip it.
 */
export function verifyStoreFile(file: string, opts: { quickCheck: boolean }): void {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    checkSchema(db, file);
    // quick_check reads every page of the file: about 2.8 s for 657 MB, once per start. Worth it: SQLite otherwise
    // finds a damaged page only when a query reaches it, so a corrupt store would start, take and acknowledge spans,
    // and fail later (or write on top of the damage and spread it). Refused here, the file is still as it was.
    if (opts.quickCheck) {
      const first = (db.pragma('quick_check(1)') as { quick_check: string }[])[0]?.quick_check ?? 'no result';
      // Its report spans lines ("*** in database main ***\nTree 2 page 150: …"): kept to one.
      if (first !== 'ok') throw corrupt(file, `SQLite quick_check: ${first.replace(/^\*\*\* in database main \*\*\*\s*/, '').replace(/\s+/g, ' ')}`);
    }
  } catch (err) {
    if (err instanceof DataDirError) throw err;
    throw openError(file, err);
  } finally {
    db?.close();
  }
}

function checkSchema(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = tableColumns(db);
  const others = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('view', 'trigger')").all() as { name: string }[]).map((r) => r.name);
  const ours = [...tables.keys()].filter((t) => EXPECTED.has(t));
  // A newer Sentinel may add tables and columns: judge its file by its version, as long as it has Sentinel's tables.
  if (version > SCHEMA_VERSION && ours.length > 0) {
    throw new DataDirError(`openSqliteStore: ${file} has schema version ${version}, newer than this Sentinel (${SCHEMA_VERSION}); run the newer Sentinel, or choose another --data-dir`);
  }
  const foreign = [...[...tables.keys()].filter((t) => !EXPECTED.has(t)), ...others];
  if (foreign.length > 0) throw notOurs(file, `it has tables ${list(foreign)}`);
  for (const t of ours) {
    const missing = EXPECTED.get(t)!.filter((c) => !tables.get(t)!.includes(c));
    if (missing.length > 0) throw notOurs(file, `its table ${t} has no column ${list(missing)}`);
  }
  // No tables: an empty SQLite file, which holds nothing to protect; a version says some program made it its own.
  if (ours.length === 0 && version !== 0) throw notOurs(file, `it is empty but marked with schema version ${version}`);
}

function tableColumns(db: Database.Database): Map<string, string[]> {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  return new Map(names.map((n) => [n, (db.prepare('SELECT name FROM pragma_table_info(?)').all(n) as { name: string }[]).map((r) => r.name)]));
}

function list(names: string[]): string {
  return names.length > NAMES_SHOWN ? `${names.slice(0, NAMES_SHOWN).join(', ')}, … (${names.length})` : names.join(', ');
}

function notOurs(file: string, why: string): DataDirError {
  return new DataDirError(`openSqliteStore: ${file} is not a Sentinel store: ${why}; move it aside, or choose another --data-dir`);
}

/** The advice for damage: keep the damaged copy, SQLite can often recover most of it. */
export function corrupt(file: string, why: string, cause?: unknown): DataDirError {
  return new DataDirError(
    `openSqliteStore: ${file} is corrupt (${why}); nothing was written to it. Move the data directory aside to start fresh, and keep it: \`sqlite3 ${file} .recover | sqlite3 recovered.db\` often saves most of its data`,
    { cause },
  );
}

/** A SQLite error on an existing file, said as what it means for the user. */
export function openError(file: string, err: unknown): DataDirError {
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message;
  if (code === 'SQLITE_NOTADB') return notOurs(file, 'it is not a SQLite database (or its first page is damaged)');
  if (code.startsWith('SQLITE_CORRUPT')) return corrupt(file, message, err);
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM')) {
    return new DataDirError(`openSqliteStore: cannot open ${file} for writing (${message}); check the permissions of the data directory and its files`, { cause: err });
  }
  return new DataDirError(`openSqliteStore: cannot open ${file}: ${message}`, { cause: err });
}
