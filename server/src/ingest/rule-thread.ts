// The rule engine on a thread of its own, beside the ingest thread.
// Why: the rules (content scans of tool output and messages, provenance of call arguments, their
// per-session state) cost as much CPU per span as everything else the ingest thread does; on the
// ingest thread they halved its rate (bench/ingest). The thread keeps its own copy of every session
// graph (`RuleReplica`), fed the same graph changes in the same order, so the ingest thread only
// hands over the spans it placed (a structured clone) and commits each batch with the findings that
// come back. Replies are FIFO: batches commit in the order they were placed.
import { Worker } from 'node:worker_threads';
import { RuleReplica, type GraphOp, type Policy, type SessionFindings } from '@sentinel/rules';
import type { RuleEvaluator } from './detector.ts';

export type RuleRequest = { id: number; ops: GraphOp[] } | { policy: Policy | undefined };
export interface RuleReply {
  id: number;
  results?: SessionFindings[];
  error?: string;
}

const BOOTSTRAP = new URL('./rule-worker.js', import.meta.url);

/** The rules evaluated on the caller's thread (one CPU: a second thread would only add the hand-off). */
export function inlineRules(policy: Policy | undefined, reason = 'one CPU: a second thread would only add the hand-off'): RuleEvaluator {
  const replica = new RuleReplica(policy);
  return {
    apply: (ops) => Promise.resolve(replica.apply(ops)),
    setPolicy: (p) => replica.setPolicy(p),
    info: () => ({ runsOn: 'ingest thread', reason }),
    close: async () => undefined,
  };
}

export class RuleThread implements RuleEvaluator {
  private worker: Worker | undefined;
  /** Where the rules run once the thread is gone. */
  private inline: RuleEvaluator | undefined;
  private readonly pending = new Map<number, { ops: number; resolve: (r: SessionFindings[]) => void }>();
  private nextId = 1;
  private closed = false;

  constructor(
    private policy: Policy | undefined,
    private readonly log: (msg: string) => void,
  ) {
    const worker = new Worker(BOOTSTRAP);
    this.worker = worker;
    worker.unref();
    worker.postMessage({ policy } satisfies RuleRequest);
    worker.on('message', (m: RuleReply) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) worker.unref();
      // A rule that throws is a bug in Sentinel: the spans are stored all the same, the error is logged.
      if (m.error) this.log(`rule evaluation failed (${p.ops} graph changes, no findings from them): ${m.error}`);
      p.resolve(m.results ?? []);
    });
    // The thread held every open session's rule state: from now on the rules run here, and the
    // sessions open now are evaluated from their next spans on, without what came before. The ops in
    // flight are not kept for a retry (holding every batch's content until its reply costs the ingest
    // thread in GC): their spans are stored, their findings are lost, and the log says how many.
    const die = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.inline = inlineRules(this.policy, `the rule thread stopped (${why})`);
      const lost = [...this.pending.values()].reduce((n, p) => n + p.ops, 0);
      if (!this.closed) this.log(`rule thread stopped (${why}); evaluating rules on the ingest thread from now on, open sessions without their earlier spans${lost > 0 ? `; ${lost} graph changes in flight were not evaluated` : ''}`);
      for (const p of this.pending.values()) p.resolve([]);
      this.pending.clear();
    };
    worker.on('error', (err) => die(err.message));
    worker.on('exit', (code) => die(`exit code ${code}`));
  }

  apply(ops: GraphOp[]): Promise<SessionFindings[]> {
    const worker = this.worker;
    if (!worker) return this.inline!.apply(ops);
    const id = this.nextId++;
    return new Promise((resolve) => {
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { ops: ops.length, resolve });
      worker.postMessage({ id, ops } satisfies RuleRequest);
    });
  }

  info(): ReturnType<RuleEvaluator['info']> {
    return this.inline ? this.inline.info() : { runsOn: 'rule thread' };
  }

  setPolicy(policy: Policy | undefined): void {
    this.policy = policy;
    if (this.worker) this.worker.postMessage({ policy } satisfies RuleRequest);
    else this.inline?.setPolicy(policy);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
  }
}
