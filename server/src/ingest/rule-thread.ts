// The rule engine on a thread of its own, beside the ingest thread.
// Why: the rules (content scans of tool output and messages, provenance of call arguments, their
// per-session state) cost as much CPU per span as everything else the ingest thread does; on the
// ingest thread they halved its rate (bench/ingest). The thread keeps its own copy of every session
// graph (`RuleReplica`), fed the same graph changes in the same order, so the ingest thread only
// hands over the spans it placed (a structured clone) and commits each batch with the findings that
// come back. Replies are FIFO: batches commit in the order they were placed.
import { Worker } from 'node:worker_threads';
import { RuleReplica, sharedMemoStats, type GraphOp, type Policy, type SessionFindings, type TextMemoStats } from '@sentinel/rules';
import type { RuleEvaluator } from './detector.ts';

export type RuleRequest = { id: number; ops: GraphOp[] } | { policy: Policy | undefined };
export interface RuleReply {
  /** 0: the thread has loaded and is ready. */
  id: number;
  results?: SessionFindings[];
  error?: string;
  /** What the thread keeps of content read, after this batch. */
  kept?: TextMemoStats;
}

const BOOTSTRAP = new URL('./rule-worker.js', import.meta.url);

/** The rules evaluated on the caller's thread (one CPU: a second thread would only add the hand-off). */
export function inlineRules(policy: Policy | undefined, reason = 'one CPU: a second thread would only add the hand-off'): RuleEvaluator {
  const replica = new RuleReplica(policy);
  return {
    apply: (ops) => Promise.resolve(replica.apply(ops)),
    ready: () => Promise.resolve(),
    setPolicy: (p) => replica.setPolicy(p),
    info: () => ({ runsOn: 'ingest thread', reason }),
    contentKept: () => sharedMemoStats(),
    close: async () => undefined,
  };
}

export interface RuleThreadOptions {
  /** No answer for this long while batches wait means a stuck rule: the thread is replaced rather than stall ingest (every batch waits for its findings). */
  stallMs?: number;
  /** A thread that has not loaded after this long is replaced (its TypeScript compiles in ~0.5–2 s). */
  loadMs?: number;
  /** Threads started again after one died or stalled; past this many the rules run on the ingest thread. */
  maxRestarts?: number;
}

export class RuleThread implements RuleEvaluator {
  private worker: Worker | undefined;
  /** Where the rules run once no thread is left. */
  private inline: RuleEvaluator | undefined;
  private readonly pending = new Map<number, { ops: number; resolve: (r: SessionFindings[]) => void }>();
  /** When the thread last answered, or was given work while idle: progress, not the age of a batch (a batch queued behind others is not stuck). */
  private lastProgress = Date.now();
  private nextId = 1;
  private restarts = 0;
  private closed = false;
  private readonly stallMs: number;
  private readonly loadMs: number;
  private readonly maxRestarts: number;
  private readonly watchdog: NodeJS.Timeout;
  private readonly started: Promise<void>;
  /** When the current thread was created, until it says it has loaded: a thread that never loads is replaced like a stuck one. */
  private loadingSince: number | undefined;
  private markStarted!: () => void;
  /** The thread's last word on what it keeps of content (each answer carries it). */
  private kept: TextMemoStats | undefined;

  constructor(
    private policy: Policy | undefined,
    private readonly log: (msg: string) => void,
    opts: RuleThreadOptions = {},
  ) {
    this.stallMs = opts.stallMs ?? 30_000;
    this.maxRestarts = opts.maxRestarts ?? 3;
    this.loadMs = opts.loadMs ?? 60_000;
    this.started = new Promise<void>((resolve) => (this.markStarted = resolve));
    this.start();
    this.watchdog = setInterval(() => {
      if (!this.worker) return;
      if (this.loadingSince !== undefined) {
        if (Date.now() - this.loadingSince > this.loadMs) this.fail(this.worker, `not loaded in ${this.loadMs} ms`);
      } else if (this.pending.size > 0 && Date.now() - this.lastProgress > this.stallMs) this.fail(this.worker, `no answer in ${this.stallMs} ms`);
    }, Math.min(1_000, Math.max(10, Math.min(this.stallMs, this.loadMs) / 4)));
    this.watchdog.unref();
  }

  private start(): void {
    const worker = new Worker(BOOTSTRAP);
    this.worker = worker;
    this.loadingSince = Date.now();
    worker.unref();
    worker.postMessage({ policy: this.policy } satisfies RuleRequest);
    worker.on('message', (m: RuleReply) => {
      if (this.worker !== worker) return;
      if (m.id === 0) {
        this.loadingSince = undefined;
        this.lastProgress = Date.now();
        return this.markStarted();
      }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      this.lastProgress = Date.now();
      if (m.kept) this.kept = m.kept;
      if (this.pending.size === 0) worker.unref();
      // A rule that throws is a bug in Sentinel: the spans are stored all the same, the error is logged.
      if (m.error) this.log(`rule evaluation failed (${p.ops} graph changes, no findings from them): ${m.error}`);
      p.resolve(m.results ?? []);
    });
    worker.on('error', (err) => this.fail(worker, err.message));
    worker.on('exit', (code) => this.fail(worker, `exit code ${code}`));
  }

  /**
   * The thread died or stalled. It held every open session's rule state: the sessions open now are
   * evaluated from their next spans on, without what came before. The ops in flight are not kept for
   * a retry (holding every batch's content until its reply costs the ingest thread in GC): their
   * spans are stored, their findings are lost, and the log says how many. A new thread takes over,
   * up to `maxRestarts` times; then the rules run on the ingest thread.
   */
  private fail(worker: Worker, why: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    void worker.terminate();
    const lost = [...this.pending.values()].reduce((n, p) => n + p.ops, 0);
    for (const p of this.pending.values()) p.resolve([]);
    this.pending.clear();
    if (this.closed) return;
    const restart = this.restarts < this.maxRestarts;
    if (restart) this.restarts++;
    else {
      this.inline = inlineRules(this.policy, `the rule thread stopped ${this.restarts + 1} times (last: ${why})`);
      this.markStarted();
    }
    this.log(
      `rule thread stopped (${why}); ${restart ? `started a new one (${this.restarts} of ${this.maxRestarts})` : 'evaluating rules on the ingest thread from now on'}; ` +
        `open sessions are evaluated without their earlier spans${lost > 0 ? `; ${lost} graph changes in flight were not evaluated` : ''}`,
    );
    if (restart) this.start();
  }

  apply(ops: GraphOp[]): Promise<SessionFindings[]> {
    const worker = this.worker;
    if (!worker) return this.inline ? this.inline.apply(ops) : Promise.resolve([]);
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (this.pending.size === 0) {
        worker.ref();
        this.lastProgress = Date.now();
      }
      this.pending.set(id, { ops: ops.length, resolve });
      worker.postMessage({ id, ops } satisfies RuleRequest);
    });
  }

  /**
   * The thread compiles its TypeScript and builds its patterns (~0.5 s of CPU) after it is created:
   * spans sent meanwhile wait for it, so the server listens once it is ready (or the rules fell back inline).
   */
  ready(): Promise<void> {
    return this.started;
  }

  info(): ReturnType<RuleEvaluator['info']> {
    if (this.inline) return this.inline.info();
    return this.restarts > 0 ? { runsOn: 'rule thread', reason: `restarted ${this.restarts} times` } : { runsOn: 'rule thread' };
  }

  contentKept(): TextMemoStats | undefined {
    return this.inline ? this.inline.contentKept() : this.kept;
  }

  setPolicy(policy: Policy | undefined): void {
    this.policy = policy;
    if (this.worker) this.worker.postMessage({ policy } satisfies RuleRequest);
    else this.inline?.setPolicy(policy);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.markStarted();
    clearInterval(this.watchdog);
    const worker = this.worker;
    this.worker = undefined;
    for (const p of this.pending.values()) p.resolve([]);
    this.pending.clear();
    await worker?.terminate();
  }
}
