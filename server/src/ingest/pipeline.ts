// The ingest pipeline: decoded spans → normalize → session graph → detectors → alerts → durable store → live bus.
// The rule engine runs beside it (RuleEvaluator, a thread of its own): it receives every change made to
// the session graphs, in order, and a batch is committed with the alerts its spans caused.
import { TraceSessions, normalizeSpan, type AddResult, type AgentSpan, type Finding, type GraphDelta } from '@sentinel/graph';
import { callKey, forRules, type GraphOp, type SessionFindings } from '@sentinel/rules';
import type { Alert, SessionSummary } from '../contract/api-types.ts';
import type { SentinelConfig } from '../config.ts';
import { OverloadedError, PayloadTooLargeError, StoreUnavailableError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import { alertFromFinding, alertId } from '../alerts/alert-from-finding.ts';
import { LiveSession } from '../sessions/live-session.ts';
import { summarize } from '../sessions/summary.ts';
import { normalizeRow, toSpanRow } from '../store/span-codec.ts';
import type { SessionMove, SpanRow, Store, WriteBatch } from '../store/store.ts';
import type { DecodedBatch, IngestOutcome, LogRecordIn } from './decoded-export.ts';
import type { Detector, RuleEvaluator } from './detector.ts';
import { GroupCommitWriter } from './group-commit.ts';
import { PendingLogEvents } from './log-events.ts';
import { withoutUnreadContext } from './rule-ops.ts';

/** Spans a session known by its trace id keeps for a later name (LiveSession.unnamed): a trace's first spans, not a flood. */
const MAX_UNNAMED_SPANS = 2_000;

/** Where the pipeline's results go once durable: the live bus, the judge queue. */
export interface PipelineSink {
  deltas(sessionId: string, deltas: GraphDelta[]): void;
  /** Whether anyone watches the session's graph live (its deltas are wanted). */
  watching?(sessionId: string): boolean;
  session(summary: SessionSummary): void;
  alerts(alerts: Alert[]): void;
  /** A session known by its trace id went into the session a later span named (see adoptUnnamed). */
  moved?(from: string, to: string): void;
}

export type PipelineConfig = Pick<
  SentinelConfig,
  'maxPendingSpans' | 'maxInflightRequests' | 'flushTimeoutMs' | 'sessionIdleMs' | 'maxOpenSessions' | 'maxSessionNodes' | 'maxContentChars'
>;

/** What one placement, sweep or eviction changed: what to store, publish and hand to the rules. */
interface Changes {
  alerts: Alert[];
  deltas: Map<string, GraphDelta[]>;
  /** Sessions whose summary to store, with how to summarize them at commit time. */
  touched: Map<string, () => SessionSummary>;
  /** Sessions known by their trace id whose spans went to the session a later span named (see adoptUnnamed). */
  moves?: SessionMove[];
  /** The sessions the ops concern, for the findings that come back (a session may close meanwhile). */
  sessions: Map<string, LiveSession>;
  /** Graph changes for the rule evaluator; undefined when there is none (or the changes are not live). */
  ops: GraphOp[] | undefined;
}

/**
 * Owns the live sessions (in memory until idle) and the write queue. Ingest is synchronous up
 * to the group commit; the caller's promise resolves when its spans are durable, and only
 * then are deltas and alerts published.
 */
/** Message events from OTLP logs waiting for their spans: at most this many, for at most this long. */
const MAX_PENDING_LOG_EVENTS = 50_000;
const PENDING_LOG_EVENTS_MS = 5 * 60_000;
/** Retry-After when the store refused a batch (a full disk is not freed in a second). */
const STORE_RETRY_AFTER_S = 5;
/** Sessions recovered per commit at start (each is rebuilt from its stored spans). */
const RECOVER_BATCH = 200;

export class IngestPipeline {
  /** Live sessions in least-recently-active order (Map keeps insertion order; touch = re-insert). */
  readonly sessions = new Map<string, LiveSession>();
  readonly writer: GroupCommitWriter;
  private detectors: Detector[];
  private inflight = 0;
  /** Spans placed whose batch waits for the rules' findings before it is queued for the store. */
  private awaitingRules = 0;
  /** The last commit handed to the writer or waiting for the rules: shutdown waits for it. */
  private lastCommit: Promise<unknown> = Promise.resolve();
  /** The session of each recent trace, for spans that name none (an `execute_tool` span under GenAI). */
  private readonly traceSessions = new TraceSessions();
  /** GenAI message events that came as OTLP log records, until their spans come. */
  readonly logEvents = new PendingLogEvents(MAX_PENDING_LOG_EVENTS, PENDING_LOG_EVENTS_MS);

  constructor(
    private readonly cfg: PipelineConfig,
    private readonly store: Store,
    private readonly metrics: Metrics,
    detectors: Detector[],
    private readonly sink: PipelineSink,
    /** The rule engine, fed every graph change; none when the rules are off. */
    private readonly rules?: RuleEvaluator,
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
    if (this.stopping) throw new OverloadedError('the server is shutting down; retry shortly (another instance may take over)', 1);
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

  /** The last batch the store refused, for the health endpoint. */
  storeError: { at: string; message: string } | undefined;

  /** Set at shutdown: new requests are refused (503, retryable), those admitted are answered. */
  private stopping = false;

  stopAccepting(): void {
    this.stopping = true;
  }

  /** Resolves once no admitted request is left, or after `timeoutMs`. */
  async idle(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.inflight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  }

  /** Spans placed whose batch waits for the rules' findings. */
  get rulesPendingSpans(): number {
    return this.awaitingRules;
  }

  /** OTLP requests being handled now. */
  get inflightRequests(): number {
    return this.inflight;
  }

  /**
   * Accepts a decoded OTLP batch. Rejects with OverloadedError (nothing accepted) when the write queue is full, and with
   * PayloadTooLargeError when the batch alone is larger than the whole queue.
   * Not `async` on purpose: all the work is synchronous, and what waits for the commit holds only the
   * outcome and the deltas, never the batch. Decoded spans (KBs of content strings each) that stayed
   * reachable until the commit survived young-generation GCs and were copied twice: scavenges were a
   * fifth of the ingest thread's time (bench/ingest, --trace-gc).
   */
  ingest(batch: DecodedBatch, now = Date.now()): Promise<IngestOutcome> {
    const pending = this.writer.pendingSpans + this.awaitingRules;
    // A request larger than the whole queue would get "queue full, retry later" forever: OTLP exporters retry 429/503
    // until they give up, so a retryable answer promises that a later try can succeed. Admitting it once the queue is
    // empty would keep that promise only on an idle server (under steady load the queue is seldom empty, and the
    // exporter would give up anyway, told only to retry). 413 is non-retryable in OTLP/HTTP (and RESOURCE_EXHAUSTED
    // without RetryInfo in OTLP/gRPC): the exporter drops it at once and logs this reason, which says what to change.
    if (batch.spans.length > this.cfg.maxPendingSpans) {
      return Promise.reject(
        new PayloadTooLargeError(
          `this request holds ${batch.spans.length} spans, more than the ingest queue holds in all (--max-pending-spans / SENTINEL_MAX_PENDING_SPANS: ${this.cfg.maxPendingSpans}): it can never be accepted; send smaller batches or raise the limit`,
        ),
      );
    }
    if (pending + batch.spans.length > this.cfg.maxPendingSpans) {
      this.metrics.requestsRejected.inc({ status: '503' });
      return Promise.reject(new OverloadedError(`ingest queue full: ${pending} spans are waiting to be stored; retry later`, 1));
    }
    for (const raw of batch.spans) this.logEvents.attachTo(raw);
    const spans = batch.spans.map((raw) => normalizeSpan(raw, { maxContentChars: this.cfg.maxContentChars }));
    const named = this.traceSessions.assign(spans);
    const rows = batch.spans.map((raw, i) => toSpanRow(raw, spans[i]));
    this.metrics.spansAccepted.inc(rows.length);
    if (batch.rejectedSpans > 0) this.metrics.spansRejected.inc({ reason: 'invalid' }, batch.rejectedSpans);
    for (const [limit, n] of Object.entries(batch.limitHits ?? {})) if (n > 0) this.metrics.limitHits.inc({ limit }, n);
    const outcome: IngestOutcome = { rejectedSpans: batch.rejectedSpans };
    if (batch.errors.length > 0) outcome.errorMessage = batch.errors.join('; ');
    return this.place(spans, rows, now, named).then(() => outcome);
  }

  /**
   * Accepts the log records of an OTLP logs export (those the decoders kept: tied to a span, with an event name):
   * message events wait for their span (PendingLogEvents), the rest is counted and dropped.
   */
  addLogRecords(records: readonly LogRecordIn[], total: number, now = Date.now()): void {
    const kept = this.logEvents.add(records, now);
    this.metrics.logRecords.inc({ outcome: 'kept' }, kept);
    this.metrics.logRecords.inc({ outcome: 'ignored' }, total - kept);
    this.expireLogEvents(now);
  }

  private expireLogEvents(now: number): void {
    const dropped = this.logEvents.expire(now);
    if (dropped > 0) this.metrics.logRecords.inc({ outcome: 'expired' }, dropped);
  }

  /** Places a batch's spans in their sessions, runs the detectors, commits. */
  private place(spans: AgentSpan[], rows: SpanRow[], now: number, named?: Map<string, string>): Promise<void> {
    const c = this.changes();
    const adopted = named ? this.adoptUnnamed(named, c) : undefined;
    for (const span of adopted ? [...adopted, ...spans] : spans) {
      const s = this.acquire(span, now, c);
      if (s.unnamed) {
        if (!span.parentSpanId || s.unnamed.length >= MAX_UNNAMED_SPANS) s.unnamed = undefined;
        else s.unnamed.push(span);
      }
      this.addSpan(s, span, now, c);
      if (!c.touched.has(s.id)) c.touched.set(s.id, () => summarize(s, 'live'));
    }
    this.evictOverflow(now, c);
    return this.commit(c, rows);
  }

  /**
   * The open sessions known by a trace id that this batch named a session for: closed, their spans returned with
   * that session to be placed in it again (before the batch's own: they ended first), and their stored spans moved
   * there in the batch's commit. A session that closed, or whose root span came without a name, stays as it is.
   */
  private adoptUnnamed(named: Map<string, string>, c: Changes): AgentSpan[] | undefined {
    let adopted: AgentSpan[] | undefined;
    for (const [traceId, sessionId] of named) {
      const stray = this.sessions.get(traceId);
      if (!stray?.unnamed) continue;
      this.close(stray, false, c);
      for (const span of stray.unnamed) (span.sessionId = sessionId), (adopted ??= []).push(span);
      (c.moves ??= []).push({ from: traceId, to: sessionId });
      this.metrics.sessionsMoved.inc();
    }
    return adopted;
  }

  private changes(live = true): Changes {
    return { alerts: [], deltas: new Map(), touched: new Map(), sessions: new Map(), ops: live && this.rules ? [] : undefined };
  }

  /**
   * Queues the changes for the store once the rules have evaluated them (their alerts are committed
   * with the spans), then publishes the deltas. Replies come back in the order ops were sent, so
   * commits stay in the order the changes were made.
   */
  private commit(c: Changes, rows: SpanRow[]): Promise<void> {
    const write = () => this.writer.enqueue(rows, c.alerts, c.touched, c.moves).then(
      () => {
        for (const [sessionId, d] of c.deltas) this.sink.deltas(sessionId, d);
      },
      (err: Error) => {
        this.forgetUncommitted(c);
        this.storeError = { at: new Date().toISOString(), message: err.message };
        throw new StoreUnavailableError(`${err.message}; nothing of this batch was kept: send it again`, STORE_RETRY_AFTER_S);
      },
    );
    if (!this.rules || !c.ops) {
      const written = write();
      this.lastCommit = written.catch(() => undefined);
      return written;
    }
    // Even without ops (spans past the node limit) the batch goes through the rules' FIFO: commits keep their order.
    const waiting = rows.length;
    this.awaitingRules += waiting;
    this.metrics.rulesPendingSpans.set(this.awaitingRules);
    const sent = this.rules.apply(withoutUnreadContext(c.ops, (id) => c.sessions.get(id)?.graph));
    // The ops (spans with their content) are copied to the rule thread: not kept while it works (see `ingest`).
    c.ops = undefined;
    const done = sent.then((results) => {
      this.awaitingRules -= waiting;
      this.metrics.rulesPendingSpans.set(this.awaitingRules);
      this.rulesFound(c, results);
      return write();
    });
    this.lastCommit = done.catch(() => undefined);
    return done;
  }

  /**
   * A batch the store refused: the sessions it changed hold spans and alerts that are not durable. They leave memory
   * (and the rules' copy), to be rebuilt from what the store has when their spans are sent again; kept, they would
   * take the resent spans for copies already placed and never write the alerts those raised.
   */
  private forgetUncommitted(c: Changes): void {
    const ops: GraphOp[] = [];
    for (const [id, s] of c.sessions) {
      if (this.sessions.get(id) !== s) continue;
      this.sessions.delete(id);
      for (const d of this.detectors) d.forget(id);
      ops.push({ close: id });
    }
    this.metrics.openSessions.set(this.sessions.size);
    if (this.rules && ops.length > 0) void this.rules.apply(ops).catch(() => undefined);
  }

  private rulesFound(c: Changes, results: SessionFindings[]): void {
    if (results.length === 0) return;
    const iso = new Date().toISOString();
    for (const { sessionId, findings } of results) {
      const s = c.sessions.get(sessionId);
      if (s) this.toAlerts(s, findings, iso, c.alerts);
    }
  }

  /**
   * Periodic housekeeping (the server calls it every second): places spans that waited past the
   * flush timeout, closes sessions idle past the idle timeout. O(open sessions).
   */
  async sweep(now = Date.now(), opts: { shutdown?: boolean } = {}): Promise<void> {
    this.expireLogEvents(now);
    const c = this.changes();
    for (const s of [...this.sessions.values()]) {
      const idle = opts.shutdown === true || now - s.lastActivityMs >= this.cfg.sessionIdleMs;
      if (s.graph.pendingCount > 0 && (idle || now - (s.waitingSinceMs ?? now) >= this.cfg.flushTimeoutMs)) {
        this.flushWaiting(s, now, c);
        c.touched.set(s.id, () => summarize(s, 'live'));
      }
      if (idle) this.closeSummarized(s, !opts.shutdown, c);
    }
    if (c.touched.size === 0 && c.alerts.length === 0) return;
    await this.commit(c, []);
  }

  /**
   * Sessions the store holds as live that this process does not (a crash, a stop that did not finish): rebuilt and
   * closed as an idle close would have, which places the spans still waiting for a parent and runs the detectors over
   * them (what they raise was never raised), in commits of a few hundred sessions. Returns how many were closed.
   */
  async recover(ids: readonly string[], now = Date.now()): Promise<number> {
    let closed = 0;
    for (let i = 0; i < ids.length; i += RECOVER_BATCH) {
      const c = this.changes();
      for (const id of ids.slice(i, i + RECOVER_BATCH)) {
        if (this.sessions.has(id)) continue;
        const s = this.rebuild(id, now, c, true);
        if (!s) continue;
        if (s.graph.pendingCount > 0) this.flushWaiting(s, now, c);
        this.closeSummarized(s, true, c);
        closed++;
      }
      await this.commit(c, []);
    }
    return closed;
  }

  /** Closes every live session (shutdown) and waits for the last commit. */
  async closeAll(): Promise<void> {
    await this.lastCommit;
    // Every session closes now (not a time far ahead: alerts raised by the spans still waiting are stamped with it).
    await this.sweep(Date.now(), { shutdown: true });
    await this.writer.drain();
  }

  /** The live session, or a closed one rebuilt from the store (its graph and rule state), or undefined. */
  loadSession(id: string): LiveSession | undefined {
    return this.sessions.get(id) ?? this.rebuild(id, Date.now(), this.changes(false), false);
  }

  private acquire(span: AgentSpan, now: number, c: Changes): LiveSession {
    let s = this.sessions.get(span.sessionId);
    if (s) this.sessions.delete(span.sessionId);
    else s = this.rebuild(span.sessionId, now, c, true) ?? this.open(span.sessionId, span.app, now, c, span.sessionId === span.traceId);
    this.sessions.set(s.id, s);
    c.sessions.set(s.id, s);
    s.lastActivityMs = now;
    this.metrics.openSessions.set(this.sessions.size);
    return s;
  }

  private open(id: string, app: string, now: number, c: Changes, unnamed = false): LiveSession {
    const s = new LiveSession(id, app, now);
    if (unnamed) s.unnamed = [];
    c.ops?.push({ open: id, app });
    return s;
  }

  /**
   * Rebuilds a session from its stored spans: same graph, same detector state; findings map
   * onto the stored alerts by their deterministic ids, so nothing is raised twice.
   */
  private rebuild(id: string, now: number, c: Changes, live: boolean): LiveSession | undefined {
    const stored = this.store.getSession(id);
    if (!stored) return undefined;
    const s = this.open(id, stored.app, now, c);
    for (const a of this.store.sessionAlerts(id)) s.alerts.set(a.id, a);
    // Its findings map onto the stored alerts by id: only what is new or stronger is raised again.
    const replay: Changes = { ...this.changes(false), ops: c.ops, sessions: c.sessions };
    for (const row of this.store.spans(id)) {
      this.addSpan(s, normalizeRow(row, { maxContentChars: this.cfg.maxContentChars }), now, replay);
    }
    if (!live) {
      // Rebuilt to be read, not to go on: place what waits, then drop the detectors' state.
      this.process(s, s.graph.flush(), now, replay);
      for (const d of this.detectors) d.forget(id);
    }
    return s;
  }

  private addSpan(s: LiveSession, span: AgentSpan, now: number, c: Changes): void {
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
    if (c.ops) {
      if (span.kind === 'tool' || span.kind === 'retriever') s.sawToolSpan = true;
      if (span.toolCallId && span.toolName && (span.toolArguments !== undefined || span.toolResult !== undefined)) (s.readCalls ??= new Set()).add(callKey(span.toolCallId, span.toolName));
      c.ops.push({ add: forRules(span, s.readCalls, s.sawToolSpan) });
    }
    if (s.graph.pendingCount > 0) s.waitingSinceMs ??= now;
    else s.waitingSinceMs = undefined;
    this.process(s, result, now, c);
  }

  private process(s: LiveSession, result: AddResult, now: number, c: Changes): void {
    if (result.deltas.length > 0) {
      const list = c.deltas.get(s.id);
      if (list) for (const d of result.deltas) list.push(d);
      else c.deltas.set(s.id, result.deltas);
    }
    if (result.placed.length === 0) return;
    const iso = new Date(now).toISOString();
    for (const d of this.detectors) {
      this.toAlerts(s, d.evaluate(s.graph, result.placed), iso, c.alerts);
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
  /** Places the spans still waiting for a parent (a flush timeout, an idle close, a recovery), and the rules' copy does too. */
  private flushWaiting(s: LiveSession, now: number, c: Changes): void {
    s.graph.recordDeltas = this.sink.watching?.(s.id) ?? true;
    c.sessions.set(s.id, s);
    c.ops?.push({ flush: s.id });
    this.process(s, s.graph.flush(), now, c);
    s.waitingSinceMs = undefined;
  }

  /** Closes the session and stores its summary as closed. */
  private closeSummarized(s: LiveSession, finished: boolean, c: Changes): void {
    this.close(s, finished, c);
    c.touched.set(s.id, () => summarize(s, 'closed'));
  }

  private close(s: LiveSession, finished: boolean, c: Changes): void {
    this.sessions.delete(s.id);
    c.ops?.push({ close: s.id });
    c.sessions.set(s.id, s);
    this.metrics.openSessions.set(this.sessions.size);
    for (const d of this.detectors) {
      if (finished) d.sessionClosed?.(s.graph, s.alerts.size > 0);
      d.forget(s.id);
    }
  }

  /** Over the open-session limit: close the least recently active sessions early. */
  private evictOverflow(now: number, c: Changes): void {
    if (this.sessions.size <= this.cfg.maxOpenSessions) return;
    const evicted: LiveSession[] = [];
    for (const s of this.sessions.values()) {
      if (this.sessions.size - evicted.length <= this.cfg.maxOpenSessions) break;
      if (s.lastActivityMs === now) continue;
      // Placed as they are, without the detectors: an evicted session is cut short (the rules' copy is dropped with it).
      s.graph.flush();
      evicted.push(s);
      this.metrics.limitHits.inc({ limit: 'open_sessions' });
    }
    for (const s of evicted) {
      this.closeSummarized(s, false, c);
    }
  }

  private published(batch: WriteBatch): void {
    const moved = batch.moves && new Set(batch.moves.map((m) => m.from));
    for (const s of batch.sessions) if (!moved?.has(s.id)) this.sink.session(s);
    for (const m of batch.moves ?? []) this.sink.moved?.(m.from, m.to);
    if (batch.alerts.length > 0) this.sink.alerts(batch.alerts);
  }
}
