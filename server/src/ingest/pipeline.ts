// The ingest pipeline: decoded spans → normalize → session graph → detectors → alerts → durable store → live bus.
import { normalizeSpan, type AddResult, type AgentSpan, type Finding, type GraphDelta } from '@sentinel/graph';
import type { Alert, SessionSummary } from '../contract/api-types.ts';
import type { SentinelConfig } from '../config.ts';
import { OverloadedError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import { alertFromFinding, alertId } from '../alerts/alert-from-finding.ts';
import { LiveSession } from '../sessions/live-session.ts';
import { summarize } from '../sessions/summary.ts';
import { fromSpanRow, toSpanRow } from '../store/span-codec.ts';
import type { SpanRow, Store, WriteBatch } from '../store/store.ts';
import type { DecodedBatch, IngestOutcome } from './decoded-export.ts';
import type { ContentAnalyzer, Detector } from './detector.ts';
import { GroupCommitWriter } from './group-commit.ts';

/** Where the pipeline's results go once durable: the live bus, the judge queue. */
export interface PipelineSink {
  deltas(sessionId: string, deltas: GraphDelta[]): void;
  /** Whether anyone watches the session's graph live (its deltas are wanted). */
  watching?(sessionId: string): boolean;
  session(summary: SessionSummary): void;
  alerts(alerts: Alert[]): void;
}

export type PipelineConfig = Pick<
  SentinelConfig,
  'maxPendingSpans' | 'maxInflightRequests' | 'flushTimeoutMs' | 'sessionIdleMs' | 'maxOpenSessions' | 'maxSessionNodes' | 'maxContentChars'
>;

/**
 * Owns the live sessions (in memory until idle) and the write queue. Ingest is synchronous up
 * to the group commit; the caller's promise resolves when its spans are durable, and only
 * then are deltas and alerts published.
 */
export class IngestPipeline {
  /** Live sessions in least-recently-active order (Map keeps insertion order; touch = re-insert). */
  readonly sessions = new Map<string, LiveSession>();
  readonly writer: GroupCommitWriter;
  private detectors: Detector[];
  private inflight = 0;
  /** Batches accepted but not yet placed in their sessions: placement follows arrival order. */
  private placing: Promise<unknown> = Promise.resolve();
  private waitingToPlace = 0;

  constructor(
    private readonly cfg: PipelineConfig,
    private readonly store: Store,
    private readonly metrics: Metrics,
    detectors: Detector[],
    private readonly sink: PipelineSink,
    /** Where detectors' content work runs before a batch is evaluated; inline without one. */
    private readonly content?: ContentAnalyzer,
  ) {
    this.detectors = detectors;
    this.writer = new GroupCommitWriter(store, metrics, (batch) => this.published(batch));
  }

  setDetectors(detectors: Detector[]): void {
    this.detectors = detectors;
  }

  /**
   * Admission control, before a request's body is read: a slot, released when the request is answered.
   * Throws OverloadedError (503 + Retry-After) when `maxInflightRequests` are already being handled:
   * the backlog of a saturated server is its open requests, not its write queue (bench/soak).
   */
  admit(): () => void {
    if (this.inflight >= this.cfg.maxInflightRequests) {
      this.metrics.limitHits.inc({ limit: 'inflight_requests' });
      throw new OverloadedError(`ingest saturated: ${this.inflight} requests are being processed; retry later`, 1);
    }
    this.inflight++;
    let released = false;
    return () => {
      if (!released) (released = true), this.inflight--;
    };
  }

  /** OTLP requests being handled now. */
  get inflightRequests(): number {
    return this.inflight;
  }

  /**
   * Accepts a decoded OTLP batch. Throws OverloadedError (nothing accepted) when the write queue is full.
   * Not `async` on purpose: all the work is synchronous, and what waits for the commit holds only the
   * outcome and the deltas, never the batch. Decoded spans (KBs of content strings each) that stayed
   * reachable until the commit survived young-generation GCs and were copied twice: scavenges were a
   * fifth of the ingest thread's time (bench/ingest, --trace-gc).
   */
  ingest(batch: DecodedBatch, now = Date.now()): Promise<IngestOutcome> {
    if (this.writer.pendingSpans + batch.spans.length > this.cfg.maxPendingSpans) {
      this.metrics.requestsRejected.inc({ status: '503' });
      return Promise.reject(new OverloadedError(`ingest queue full: ${this.writer.pendingSpans} spans are waiting to be stored; retry later`, 1));
    }
    const spans = batch.spans.map((raw) => normalizeSpan(raw, { maxContentChars: this.cfg.maxContentChars }));
    const rows = batch.spans.map((raw, i) => toSpanRow(raw, spans[i]));
    this.metrics.spansAccepted.inc(rows.length);
    if (batch.rejectedSpans > 0) this.metrics.spansRejected.inc({ reason: 'invalid' }, batch.rejectedSpans);
    for (const [limit, n] of Object.entries(batch.limitHits ?? {})) if (n > 0) this.metrics.limitHits.inc({ limit }, n);
    const outcome: IngestOutcome = { rejectedSpans: batch.rejectedSpans };
    if (batch.errors.length > 0) outcome.errorMessage = batch.errors.join('; ');
    const analyzed = this.analyze(spans);
    // Fast path: nothing to wait for and nobody ahead in line, so place now.
    if (!analyzed && this.waitingToPlace === 0) return this.place(spans, rows, outcome, now);
    this.waitingToPlace++;
    const placed = this.placing
      .then(() => analyzed)
      .finally(() => this.waitingToPlace--)
      .then(() => this.place(spans, rows, outcome, now));
    this.placing = placed.catch(() => undefined);
    return placed;
  }

  /** Detectors' content work for these spans, done by the content analyzer; undefined when there is none. */
  private analyze(spans: AgentSpan[]): Promise<void> | undefined {
    if (!this.content) return undefined;
    const work: Promise<void>[] = [];
    for (const d of this.detectors) {
      const plan = d.planContent?.(spans);
      if (plan) work.push(this.content.analyze(plan.batch).then((results) => plan.apply(results)));
    }
    return work.length === 0 ? undefined : Promise.all(work).then(() => undefined);
  }

  /**
   * Places a batch's spans in their sessions, runs the detectors, queues the write. What waits for
   * the commit holds only the outcome and the deltas: decoded spans (KBs of content strings each) that
   * stayed reachable until the commit survived young-generation GCs and were copied twice (scavenges
   * were a fifth of the ingest thread's time, bench/ingest with --trace-gc).
   */
  private place(spans: AgentSpan[], rows: SpanRow[], outcome: IngestOutcome, now: number): Promise<IngestOutcome> {
    const alerts: Alert[] = [];
    const deltas = new Map<string, GraphDelta[]>();
    const touched = new Map<string, () => SessionSummary>();
    for (const span of spans) {
      const s = this.acquire(span, now);
      this.addSpan(s, span, now, alerts, deltas);
      if (!touched.has(s.id)) touched.set(s.id, () => summarize(s, 'live'));
    }
    this.evictOverflow(now);
    return this.writer.enqueue(rows, alerts, touched).then(() => {
      for (const [sessionId, d] of deltas) this.sink.deltas(sessionId, d);
      return outcome;
    });
  }

  /**
   * Periodic housekeeping (the server calls it every second): places spans that waited past the
   * flush timeout, closes sessions idle past the idle timeout. O(open sessions).
   */
  async sweep(now = Date.now(), opts: { shutdown?: boolean } = {}): Promise<void> {
    const alerts: Alert[] = [];
    const deltas = new Map<string, GraphDelta[]>();
    const touched = new Map<string, () => SessionSummary>();
    for (const s of [...this.sessions.values()]) {
      const idle = now - s.lastActivityMs >= this.cfg.sessionIdleMs;
      if (s.graph.pendingCount > 0 && (idle || now - (s.waitingSinceMs ?? now) >= this.cfg.flushTimeoutMs)) {
        s.graph.recordDeltas = this.sink.watching?.(s.id) ?? true;
        this.process(s, s.graph.flush(), now, alerts, deltas);
        s.waitingSinceMs = undefined;
        touched.set(s.id, () => summarize(s, 'live'));
      }
      if (idle) {
        this.close(s, !opts.shutdown);
        const summary = summarize(s, 'closed');
        touched.set(s.id, () => summary);
      }
    }
    if (touched.size === 0 && alerts.length === 0) return;
    await this.writer.enqueue([], alerts, touched);
    for (const [sessionId, d] of deltas) this.sink.deltas(sessionId, d);
  }

  /** Closes every live session (shutdown) and waits for the last commit. */
  async closeAll(): Promise<void> {
    await this.placing;
    await this.sweep(Number.MAX_SAFE_INTEGER, { shutdown: true });
    await this.writer.drain();
  }

  /** The live session, or a closed one rebuilt from the store (its graph and rule state), or undefined. */
  loadSession(id: string): LiveSession | undefined {
    return this.sessions.get(id) ?? this.rebuild(id, Date.now(), false);
  }

  private acquire(span: AgentSpan, now: number): LiveSession {
    let s = this.sessions.get(span.sessionId);
    if (s) this.sessions.delete(span.sessionId);
    else s = this.rebuild(span.sessionId, now, true) ?? new LiveSession(span.sessionId, span.app, now);
    this.sessions.set(s.id, s);
    s.lastActivityMs = now;
    this.metrics.openSessions.set(this.sessions.size);
    return s;
  }

  /**
   * Rebuilds a session from its stored spans: same graph, same detector state; findings map
   * onto the stored alerts by their deterministic ids, so nothing is raised twice.
   */
  private rebuild(id: string, now: number, live: boolean): LiveSession | undefined {
    const stored = this.store.getSession(id);
    if (!stored) return undefined;
    const s = new LiveSession(id, stored.app, now);
    for (const a of this.store.sessionAlerts(id)) s.alerts.set(a.id, a);
    const fresh: Alert[] = [];
    for (const row of this.store.spans(id)) {
      this.addSpan(s, normalizeSpan(fromSpanRow(row), { maxContentChars: this.cfg.maxContentChars }), now, live ? fresh : [], new Map());
    }
    if (!live) {
      this.process(s, s.graph.flush(), now, [], new Map());
      for (const d of this.detectors) d.forget(id);
    }
    return s;
  }

  private addSpan(s: LiveSession, span: AgentSpan, now: number, alerts: Alert[], deltas: Map<string, GraphDelta[]>): void {
    if (s.graph.graph.order >= this.cfg.maxSessionNodes) {
      // Past the node limit the graph stops growing: the session is flagged, spans are still stored.
      if (!s.flags.has('graph_node_limit')) {
        s.flags.add('graph_node_limit');
        this.metrics.limitHits.inc({ limit: 'session_nodes' });
      }
      return;
    }
    // Deltas only for sessions someone watches: otherwise they are built to be dropped (see SessionGraph.recordDeltas).
    s.graph.recordDeltas = this.sink.watching?.(s.id) ?? true;
    const result = s.graph.add(span);
    if (s.graph.pendingCount > 0) s.waitingSinceMs ??= now;
    else s.waitingSinceMs = undefined;
    this.process(s, result, now, alerts, deltas);
  }

  private process(s: LiveSession, result: AddResult, now: number, alerts: Alert[], deltas: Map<string, GraphDelta[]>): void {
    if (result.deltas.length > 0) {
      const list = deltas.get(s.id);
      if (list) for (const d of result.deltas) list.push(d);
      else deltas.set(s.id, result.deltas);
    }
    if (result.placed.length === 0) return;
    const iso = new Date(now).toISOString();
    for (const d of this.detectors) {
      this.toAlerts(s, d.evaluate(s.graph, result.placed), iso, alerts);
      const score = d.score?.(s.graph);
      if (score) {
        s.score = score.score;
        s.scoreReasons = score.reasons;
        s.nodeScores = { nodes: score.nodeScores, edges: score.edgeScores };
      }
    }
  }

  private toAlerts(s: LiveSession, findings: Finding[], iso: string, alerts: Alert[]): void {
    for (const f of findings) {
      const id = alertId(s.id, f.dedupKey);
      const alert = alertFromFinding(s.alerts.get(id), f, s.id, s.app, iso);
      if (!alert) continue;
      if (!s.alerts.has(id)) this.metrics.alerts.inc({ category: alert.category, severity: alert.severity });
      s.alerts.set(id, alert);
      alerts.push(alert);
    }
  }

  /**
   * Findings made off the ingest path (the graph scorer's timed metric pass) for a live session:
   * the same alert path as findings from spans, committed and then published.
   */
  async raise(sessionId: string, findings: Finding[], now = Date.now()): Promise<void> {
    const s = this.sessions.get(sessionId);
    if (!s || findings.length === 0) return;
    const alerts: Alert[] = [];
    this.toAlerts(s, findings, new Date(now).toISOString(), alerts);
    if (alerts.length === 0) return;
    const summary = () => summarize(s, 'live');
    await this.writer.enqueue([], alerts, new Map([[s.id, summary]]));
  }

  /**
   * `finished`: the session went idle on its own, so detectors may learn from it. Sessions cut short
   * (evicted past maxOpenSessions, or open at shutdown) are incomplete and must not shape a baseline.
   */
  private close(s: LiveSession, finished: boolean): void {
    this.sessions.delete(s.id);
    this.metrics.openSessions.set(this.sessions.size);
    for (const d of this.detectors) {
      if (finished) d.sessionClosed?.(s.graph, s.alerts.size > 0);
      d.forget(s.id);
    }
  }

  /** Over the open-session limit: close the least recently active sessions early. */
  private evictOverflow(now: number): void {
    if (this.sessions.size <= this.cfg.maxOpenSessions) return;
    const touched = new Map<string, () => SessionSummary>();
    for (const s of this.sessions.values()) {
      if (this.sessions.size - touched.size <= this.cfg.maxOpenSessions) break;
      if (s.lastActivityMs === now) continue;
      s.graph.flush();
      const summary = summarize(s, 'closed');
      touched.set(s.id, () => summary);
      this.metrics.limitHits.inc({ limit: 'open_sessions' });
    }
    for (const id of touched.keys()) this.close(this.sessions.get(id)!, false);
    if (touched.size > 0) void this.writer.enqueue([], [], touched).catch(() => undefined);
  }

  private published(batch: WriteBatch): void {
    for (const s of batch.sessions) this.sink.session(s);
    if (batch.alerts.length > 0) this.sink.alerts(batch.alerts);
  }
}
