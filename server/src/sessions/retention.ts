// Retention: every so often, closed sessions older than the configured age leave the store (spans, alerts, summary).
// Without it the SQLite file grows with every session ever seen; with it the freed pages are reused, so the file
// levels off at about retention × ingest rate (SQLite does not shrink a file without VACUUM).
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import type { PruneResult } from '../store/retention.ts';
import type { Store } from '../store/store.ts';

/** Sessions per prune transaction: a few ms of the write lock, so ingest commits are not held up behind a long delete. */
export const PRUNE_CHUNK = 200;
/** At most this long between passes, so a long retention still removes what expires within minutes of it expiring. */
const MAX_INTERVAL_MS = 10 * 60_000;

export interface RetentionDeps {
  store: Store;
  /** Age past which a closed session is deleted, in ms (> 0). */
  retentionMs: number;
  /** The sessions held live now: never deleted, whatever their stored activity says. */
  live: () => Iterable<string>;
  log: Logger;
  metrics: Metrics;
  now?: () => number;
}

export interface Retention {
  /** One pass: prunes chunk after chunk until no expired session is left; what it removed. */
  run(): Promise<PruneResult>;
  /** Stops the timer and waits for a pass under way. */
  close(): Promise<void>;
}

/** Starts the periodic passes (the first at once) and returns their handle. */
export function startRetention(d: RetentionDeps): Retention {
  const now = d.now ?? Date.now;
  let running: Promise<PruneResult> | undefined;
  const pass = async (): Promise<PruneResult> => {
    const total: PruneResult = { sessions: 0, spans: 0, alerts: 0 };
    const before = new Date(now() - d.retentionMs).toISOString();
    for (;;) {
      const r = await d.store.prune({ before, limit: PRUNE_CHUNK, keep: [...d.live()] });
      total.sessions += r.sessions;
      total.spans += r.spans;
      total.alerts += r.alerts;
      if (r.sessions < PRUNE_CHUNK) break;
    }
    if (total.sessions > 0) {
      d.metrics.retentionDeleted.inc({ kind: 'sessions' }, total.sessions);
      d.metrics.retentionDeleted.inc({ kind: 'spans' }, total.spans);
      d.metrics.retentionDeleted.inc({ kind: 'alerts' }, total.alerts);
      d.log.info(`retention: deleted ${total.sessions} session(s) last active before ${before} (${total.spans} spans, ${total.alerts} alerts)`);
    }
    return total;
  };
  // One pass at a time: a timer firing during a long pass joins it instead of starting a second.
  const run = () =>
    (running ??= pass().finally(() => {
      running = undefined;
    }));
  const tick = () => void run().catch((err: unknown) => d.log.error(`retention pass failed (retried at the next one): ${(err as Error).message}`));
  const timer = setInterval(tick, Math.min(MAX_INTERVAL_MS, Math.max(1_000, Math.round(d.retentionMs / 10))));
  timer.unref();
  tick();
  return {
    run,
    close: async () => {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
