// SQLite schema, versioned with PRAGMA user_version so a future change can migrate in place.
// 2: the `tallies` table (the stored span count, kept by the writes and deletes themselves); a version 1 file is
// migrated in place when it is opened (see migrate below).
export const SCHEMA_VERSION = 2;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS spans (
  session_id TEXT NOT NULL,
  span_id TEXT NOT NULL,
  trace_id TEXT NOT NULL,
  parent_span_id TEXT,
  app TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  start_ns INTEGER NOT NULL,
  end_ns INTEGER NOT NULL,
  status TEXT NOT NULL,
  agent TEXT,
  tool TEXT,
  model TEXT,
  raw TEXT NOT NULL
);
-- A rowid table, not WITHOUT ROWID: rows carry KBs of content, and SQLite keeps WITHOUT ROWID rows
-- inside the primary-key b-tree, which is slow for rows over ~1/20 of a page. The unique index keeps
-- re-sent spans idempotent (INSERT OR IGNORE) and serves per-session reads.
CREATE UNIQUE INDEX IF NOT EXISTS spans_session_span ON spans (session_id, span_id);

CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  app TEXT NOT NULL,
  last_activity TEXT NOT NULL,
  max_severity INTEGER NOT NULL DEFAULT -1,
  score REAL,
  open_alerts INTEGER NOT NULL DEFAULT 0,
  alert_total INTEGER NOT NULL DEFAULT 0,
  summary TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_activity ON sessions (last_activity DESC);
CREATE INDEX IF NOT EXISTS sessions_app ON sessions (app, last_activity DESC);

CREATE TABLE IF NOT EXISTS alerts (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  app TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  category TEXT NOT NULL,
  severity TEXT NOT NULL,
  severity_rank INTEGER NOT NULL,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alerts_session ON alerts (session_id);
CREATE INDEX IF NOT EXISTS alerts_created ON alerts (created_at DESC);

CREATE TABLE IF NOT EXISTS baselines (
  app TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  frozen INTEGER NOT NULL,
  data TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Row counts kept by the transactions that change them: count(*) over spans scans the table (seconds at
-- millions of spans, which stalled /api/health under load), and max(rowid) stops counting once retention
-- deletes rows. 'spans' is the only tally.
CREATE TABLE IF NOT EXISTS tallies (
  name TEXT PRIMARY KEY,
  n INTEGER NOT NULL
);
`;

/** Brings an opened store to SCHEMA_VERSION after SCHEMA ran (its new tables exist, empty); one transaction. */
export const MIGRATE = `
INSERT OR IGNORE INTO tallies (name, n) SELECT 'spans', count(*) FROM spans;
`;
