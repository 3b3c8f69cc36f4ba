// The stored span count, kept by the transactions that add and delete spans (schema.ts's `tallies` says why).
import type Database from 'better-sqlite3';

/** Adds `delta` to the stored span count, inside the caller's transaction (one statement per commit, not per span). */
export function prepareSpanTally(db: Database.Database): (delta: number) => void {
  const bump = db.prepare("UPDATE tallies SET n = n + ? WHERE name = 'spans'");
  return (delta) => {
    if (delta !== 0) bump.run(delta);
  };
}
