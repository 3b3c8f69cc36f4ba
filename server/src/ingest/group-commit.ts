// Group commit: every batch accepted within one event-loop turn goes to SQLite in one transaction.
// Why: one fsync-free WAL commit per turn instead of per request keeps durable ingest near the
// decode rate; the exporter's 2xx waits for the commit that holds its spans.
import type { Alert, SessionSummary } from '../contract/api-types.ts';
import type { Metrics } from '../metrics.ts';
import type { SessionMove, SpanRow, Store, WriteBatch } from '../store/store.ts';

interface Waiter {
  resolve: () => void;
  reject: (err: Error) => void;
  spans: number;
  /** Where its spans begin in the batch's span list. */
  from: number;
}

export class GroupCommitWriter {
  private spans: SpanRow[] = [];
  private alerts = new Map<string, Alert>();
  private sessions = new Map<string, () => SessionSummary>();
  private moves: SessionMove[] = [];
  private waiters: Waiter[] = [];
  private scheduled = false;
  /** One commit at a time: while it runs, new work queues up and goes in the next, larger transaction. */
  private inFlight = false;
  private pending = 0;
  private readonly idle: Array<() => void> = [];

  constructor(
    private readonly store: Store,
    private readonly metrics: Metrics,
    /** Called after each successful commit with what it made durable. */
    private readonly onCommit: (batch: WriteBatch) => void,
  ) {}

  /** Spans accepted but not yet durable. */
  get pendingSpans(): number {
    return this.pending;
  }

  /**
   * Queues rows; resolves when they are durable. Session summaries are passed as thunks so a
   * session touched by many requests in one turn is summarized once, at commit time.
   */
  enqueue(spans: SpanRow[], alerts: Alert[], sessions: Map<string, () => SessionSummary>, moves?: SessionMove[]): Promise<void> {
    const from = this.spans.length;
    for (const s of spans) this.spans.push(s);
    if (moves) for (const m of moves) this.moves.push(m);
    for (const a of alerts) this.alerts.set(a.id, a);
    for (const [id, f] of sessions) this.sessions.set(id, f);
    this.pending += spans.length;
    this.metrics.pendingSpans.set(this.pending);
    const done = new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject, spans: spans.length, from }));
    this.schedule();
    return done;
  }

  /** Resolves once everything queued so far is committed (used by shutdown). */
  drain(): Promise<void> {
    if (!this.scheduled && !this.inFlight && this.waiters.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight) return;
    this.scheduled = true;
    setImmediate(() => void this.commit());
  }

  private async commit(): Promise<void> {
    this.scheduled = false;
    this.inFlight = true;
    const batch: WriteBatch = { spans: this.spans, alerts: [...this.alerts.values()], sessions: [...this.sessions.values()].map((f) => f()) };
    if (this.moves.length > 0) batch.moves = this.moves;
    const waiters = this.waiters;
    this.spans = [];
    this.alerts = new Map();
    this.sessions = new Map();
    this.moves = [];
    this.waiters = [];
    const end = this.metrics.storeWriteSeconds.startTimer();
    try {
      await this.store.writeAsync(batch);
      end();
      for (const w of waiters) w.resolve();
      this.onCommit(batch);
    } catch (err) {
      end();
      if (waiters.length > 1) await this.commitEach(batch, waiters);
      else waiters[0]?.reject(new Error(`store write failed: ${(err as Error).message}`, { cause: err }));
    } finally {
      this.inFlight = false;
      for (const w of waiters) this.pending -= w.spans;
      this.metrics.pendingSpans.set(this.pending);
      if (this.waiters.length > 0) this.schedule();
      else if (!this.scheduled) for (const f of this.idle.splice(0)) f();
    }
  }

  /**
   * A shared transaction failed: each request's spans are tried on their own, so that one bad row fails the request
   * that sent it, not every request of its turn. The alerts, summaries and session moves go with each part: they
   * are upserts and moves of what is there, the same written twice; they are published once.
   */
  private async commitEach(batch: WriteBatch, waiters: Waiter[]): Promise<void> {
    let committed = false;
    for (const w of waiters) {
      try {
        await this.store.writeAsync({ ...batch, spans: batch.spans.slice(w.from, w.from + w.spans) });
        committed = true;
        w.resolve();
      } catch (err) {
        w.reject(new Error(`store write failed: ${(err as Error).message}`, { cause: err }));
      }
    }
    if (committed) this.onCommit(batch);
  }
}
