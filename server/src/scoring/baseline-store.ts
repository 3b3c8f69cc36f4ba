// Baselines in the store: one row per app (JSON), a version bumped on every save, the frozen flag as a column.
import { Baseline } from '@sentinel/graph';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';

/** Every stored baseline that parses; a broken row is logged and skipped (the app relearns) rather than stopping the server. */
export function loadBaselines(store: Store, log?: Logger): { baseline: Baseline; version: number }[] {
  const out: { baseline: Baseline; version: number }[] = [];
  for (const row of store.listBaselines()) {
    try {
      const baseline = Baseline.fromJSON(JSON.parse(row.data));
      baseline.frozen = row.frozen;
      out.push({ baseline, version: row.version });
    } catch (err) {
      log?.error(`graph scorer: stored baseline for app ${JSON.stringify(row.app)} (version ${row.version}) is unreadable and was skipped: ${(err as Error).message}`);
    }
  }
  return out;
}

/** Saves a baseline as the given version. */
export function saveBaseline(store: Store, b: Baseline, version: number, now = new Date()): void {
  store.saveBaseline({ app: b.app, version, frozen: b.frozen, data: JSON.stringify(b.toJSON()), updatedAt: now.toISOString() });
}

/** The next version number for an app's baseline. */
export function nextVersion(store: Store, app: string): number {
  return (store.loadBaseline(app)?.version ?? 0) + 1;
}
