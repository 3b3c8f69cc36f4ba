// The judge queue: bounded, a few calls at a time, each session judged once per state; drops are counted with a reason, never silent.
import { SEVERITY_RANK, type Severity } from '@sentinel/graph';
import { buildCaseFile, promptOverheadTokens, type CaseFile, type HourlyBudget, type JudgeCase, type JudgeResult } from '@sentinel/judge';
import type { Alert, JudgeVerdictView } from '../contract/api-types.ts';
import type { Logger } from '../log.ts';
import type { Metrics } from '../metrics.ts';
import type { LiveSession } from '../sessions/live-session.ts';
import type { Store } from '../store/store.ts';
import { caseInputFor } from './session-case.ts';
import { judgeView, VerdictWriter } from './verdict-writer.ts';

/** What the queue needs from the running server. */
export interface JudgeHost {
  /** The session, live or rebuilt from the store. */
  loadSession(id: string): LiveSession | undefined;
  /** The session only if it is live in memory. */
  liveSession(id: string): LiveSession | undefined;
  /** Publishes changed alerts on the live bus. */
  publish(alerts: Alert[]): void;
  metrics: Metrics;
}

export interface JudgeQueueOptions {
  client: { judge(c: JudgeCase, opts?: { signal?: AbortSignal }): Promise<JudgeResult> };
  budget: HourlyBudget;
  store: Store;
  host: JudgeHost;
  log: Logger;
  maxQueue: number;
  concurrency: number;
  minSeverity: Severity;
  scoreThreshold: number;
  maxPromptTokens: number;
  maxCompletionTokens: number;
  maxContentChars: number;
}

export type DropReason = 'queue_full' | 'budget_calls' | 'budget_tokens' | 'session_gone';

/** Verdicts cached by case hash and judged states remembered per session: bounded, oldest first out. */
const MAX_CACHE = 1_000;
const MAX_STATES = 10_000;
/** A flood of drops logs one line per reason per minute, not one per session. */
const DROP_LOG_INTERVAL_MS = 60_000;

interface Item {
  sessionId: string;
  /** A person asked: judge even if nothing changed, and skip the cache. */
  manual: boolean;
}

export class JudgeQueue {
  private readonly pending = new Map<string, Item>();
  private readonly inFlight = new Set<string>();
  /** Sessions that changed (or were asked for) while being judged: looked at again when the call ends; true = a person asked. */
  private readonly again = new Map<string, boolean>();
  /** Per session, the `alertId@severity` set last judged: re-judged only when it grows. */
  private readonly judged = new Map<string, Set<string>>();
  private readonly cache = new Map<string, JudgeVerdictView>();
  private readonly writer: VerdictWriter;
  private readonly abort = new AbortController();
  private readonly running = new Set<Promise<void>>();
  private readonly overhead = promptOverheadTokens();
  private readonly caseBudget: number;
  readonly dropped: Partial<Record<DropReason, number>> = {};
  lastError: { sessionId: string; error: string; at: string } | undefined;
  private readonly lastDropLog = new Map<string, number>();
  private closed = false;

  constructor(private readonly o: JudgeQueueOptions) {
    this.writer = new VerdictWriter(o.store, (id) => o.host.liveSession(id));
    this.caseBudget = o.maxPromptTokens - this.overhead;
  }

  get depth(): number {
    return this.pending.size;
  }

  get active(): number {
    return this.inFlight.size;
  }

  /** Committed alerts from the pipeline: sessions with new qualifying findings are queued; verdicts a racing commit dropped are restored. */
  onAlerts(alerts: Alert[]): void {
    const restored = this.writer.reapply(alerts);
    if (restored.length > 0) this.o.host.publish(restored);
    const sessions = new Set<string>();
    for (const a of alerts) {
      if (!this.qualifies(a) || this.judged.get(a.sessionId)?.has(stateOf(a))) continue;
      sessions.add(a.sessionId);
    }
    for (const id of sessions) this.enqueue({ sessionId: id, manual: false });
  }

  /** On-demand judging (POST /api/sessions/:id/judge). */
  request(sessionId: string): { queued: boolean; reason?: string } {
    if (this.o.store.sessionAlerts(sessionId).length === 0) return { queued: false, reason: 'the session has no alerts to attach a verdict to' };
    const existing = this.pending.get(sessionId);
    if (existing || this.inFlight.has(sessionId)) {
      if (existing) existing.manual = true;
      else this.again.set(sessionId, true);
      return { queued: true, reason: 'already queued' };
    }
    const dropped = this.enqueue({ sessionId, manual: true });
    return dropped ? { queued: false, reason: dropped } : { queued: true };
  }

  /** Stops taking work, cancels calls in flight (their alerts keep what they had) and waits for them. */
  async close(): Promise<void> {
    this.closed = true;
    this.pending.clear();
    this.abort.abort();
    await Promise.allSettled([...this.running]);
  }

  private qualifies(a: Alert): boolean {
    if (a.status === 'resolved') return false;
    if (SEVERITY_RANK[a.severity] >= SEVERITY_RANK[this.o.minSeverity]) return true;
    if (a.category === 'graph_anomaly' && a.score >= this.o.scoreThreshold) return true;
    const score = this.o.host.liveSession(a.sessionId)?.score;
    return score !== undefined && score >= this.o.scoreThreshold;
  }

  /** Queues the item, or drops it and returns the reason. */
  private enqueue(item: Item): DropReason | undefined {
    if (this.closed) return undefined;
    if (this.inFlight.has(item.sessionId)) {
      this.again.set(item.sessionId, item.manual || (this.again.get(item.sessionId) ?? false));
      return undefined;
    }
    const existing = this.pending.get(item.sessionId);
    if (existing) {
      existing.manual ||= item.manual;
      return undefined;
    }
    // Free workers take items on the next tick: they count as room, so a burst in one commit is not dropped early.
    const room = this.o.maxQueue + Math.max(0, this.o.concurrency - this.inFlight.size);
    const reason = this.pending.size >= room ? 'queue_full' : this.o.budget.exhausted(this.o.maxPromptTokens + this.o.maxCompletionTokens);
    if (reason) {
      this.drop(item.sessionId, reason);
      return reason;
    }
    this.pending.set(item.sessionId, item);
    this.o.host.metrics.judgeQueueDepth.set(this.pending.size);
    // Not now: this runs inside the ingest commit, and building a case file reads the store.
    setImmediate(() => this.pump());
    return undefined;
  }

  private pump(): void {
    while (!this.closed && this.inFlight.size < this.o.concurrency && this.pending.size > 0) {
      const [id, item] = this.pending.entries().next().value!;
      this.pending.delete(id);
      this.o.host.metrics.judgeQueueDepth.set(this.pending.size);
      this.inFlight.add(id);
      const p = this.run(item)
        .catch((err) => this.o.log.error(`judge: session ${id}: ${(err as Error).message}`))
        .finally(() => {
          this.inFlight.delete(id);
          this.running.delete(p);
          const manual = this.again.get(id);
          if (manual !== undefined) {
            this.again.delete(id);
            this.enqueue({ sessionId: id, manual });
          }
          this.pump();
        });
      this.running.add(p);
    }
  }

  private async run(item: Item): Promise<void> {
    const { store, host } = this.o;
    const session = host.loadSession(item.sessionId);
    if (!session) return this.drop(item.sessionId, 'session_gone');
    const all = store.sessionAlerts(item.sessionId);
    // The case shows every open finding (a medium one often locates the injection); the qualifying ones decide whether to call.
    const alerts = item.manual ? all : all.filter((a) => a.status !== 'resolved');
    const state = new Set(all.filter((a) => this.qualifies(a)).map(stateOf));
    const before = this.judged.get(item.sessionId);
    if (alerts.length === 0 || (!item.manual && (state.size === 0 || (before && [...state].every((s) => before.has(s)))))) return;
    const caseFile = buildCaseFile(caseInputFor(session, alerts, store, this.o.maxContentChars), { maxTokens: this.caseBudget });

    const cached = item.manual ? undefined : this.cache.get(caseFile.hash);
    if (cached) {
      this.remember(item.sessionId, state);
      host.metrics.judgeCalls.inc({ outcome: 'cached' });
      return this.publish(caseFile, { ...cached, judgedAt: new Date().toISOString() });
    }
    const reservation = this.o.budget.reserve(caseFile.tokens + this.overhead + this.o.maxCompletionTokens);
    if (!reservation.ok) return this.drop(item.sessionId, reservation.reason);
    // Remembered once the call is certain: a dropped session is looked at again on its next finding.
    this.remember(item.sessionId, state);
    const result = await this.o.client.judge(caseFile, { signal: this.abort.signal });
    reservation.settle(result.tokens.total);
    if (this.closed) return; // cancelled at shutdown: the alerts keep what they had
    host.metrics.judgeTokens.inc(result.tokens.total);
    host.metrics.judgeLatencySeconds.observe(result.latencyMs / 1000);
    const view = judgeView(result, new Date().toISOString());
    if (result.ok) {
      host.metrics.judgeCalls.inc({ outcome: result.verdict.verdict });
      this.cache.set(caseFile.hash, view as JudgeVerdictView);
      if (this.cache.size > MAX_CACHE) this.cache.delete(this.cache.keys().next().value!);
    } else {
      host.metrics.judgeCalls.inc({ outcome: 'error' });
      host.metrics.judgeErrors.inc({ kind: result.error.split(':')[0] });
      this.lastError = { sessionId: item.sessionId, error: result.error, at: view.judgedAt };
      this.o.log.warn(`judge: session ${item.sessionId}: ${result.error}`);
    }
    this.publish(caseFile, view);
  }

  private publish(caseFile: CaseFile, view: Parameters<VerdictWriter['apply']>[1]): void {
    const changed = this.writer.apply(caseFile.findingIds, view);
    if (changed.length > 0) this.o.host.publish(changed);
  }

  private remember(sessionId: string, state: Set<string>): void {
    this.judged.delete(sessionId);
    this.judged.set(sessionId, state);
    if (this.judged.size > MAX_STATES) this.judged.delete(this.judged.keys().next().value!);
  }

  private drop(sessionId: string, reason: DropReason): void {
    this.o.host.metrics.judgeDropped.inc({ reason });
    this.dropped[reason] = (this.dropped[reason] ?? 0) + 1;
    const now = Date.now();
    if (now - (this.lastDropLog.get(reason) ?? 0) >= DROP_LOG_INTERVAL_MS) {
      this.lastDropLog.set(reason, now);
      this.o.log.warn(`judge: session ${sessionId} not judged: ${reason} (further drops for this reason are counted in sentinel_judge_dropped_total)`);
    }
  }
}

const stateOf = (a: Alert): string => `${a.id}@${a.severity}`;
