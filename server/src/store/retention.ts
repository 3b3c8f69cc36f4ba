// Retention: closed sessions whose last activity is older than the cut-off leave the store with their spans and alerts.
// Shared by the store's own connection and the writer thread, so a prune is ordered with the ingest commits.
import type Database from 'better-sqlite3';
import { prepareSpanTally } from './span-tally.ts';

/** What one prune removed. */
export interface PruneResult {
  sessions: number;
  spans: number;
  alerts: number;
}

/** Which sessions one prune removes: at most `limit` last active before `before` (ISO time), none of `keep` (the live ones). */
export interface PruneRequest {
  before: string;
  limit: number;
  keep: string[];
}

/**
 * A prune of the oldest sessions the request selects, in one transaction. Bounded so that one prune holds the write
 * lock for milliseconds: the caller repeats it while it removes a full chunk, and ingest commits run between.
 */
export function prepareSessionPrune(db: Database.Database): (r: PruneRequest) => PruneResult {
  const oldest = db
    .prepare('SELECT id FROM sessions WHERE last_activity < ? AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY last_activity LIMIT ?')
    .pluck();
  const dropSpans = db.prepare('DELETE FROM spans WHERE session_id = ?');
  const dropAlerts = db.prepare('DELETE FROM alerts WHERE session_id = ?');
  const dropSession = db.prepare('DELETE FROM sessions WHERE id = ?');
  const tally = prepareSpanTally(db);
  return db.transaction((r: PruneRequest): PruneResult => {
    const out: PruneResult = { sessions: 0, spans: 0, alerts: 0 };
    for (const id of oldest.all(r.before, JSON.stringify(r.keep), r.limit) as string[]) {
      out.spans += dropSpans.run(id).changes;
      out.alerts += dropAlerts.run(id).changes;
      out.sessions += dropSession.run(id).changes;
    }
    tally(-out.spans);
    return out;
  });
}
