// The demo's stream of sessions: every attack and fault of both apps among twice as many benign sessions, at a human pace or as fast as possible.
import { randomInt } from 'node:crypto';
import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { SemanticConventions as OI } from '@arizeai/openinference-semantic-conventions';
import { SEVERITY_RANK, type FindingCategory, type Severity } from '@sentinel/graph';
import { register, type Registration } from '@sentinel/instrument';
import type { Brain } from '../shared/brain.ts';
import { createRng, type Rng } from '../shared/rng.ts';
import { runScenario, type ExampleApp, type Scenario } from '../shared/scenario.ts';
import { virtualClock } from '../shared/virtual-clock.ts';
import type { Target } from './target.ts';

export interface StreamOptions {
  apps: readonly ExampleApp[];
  target: Target;
  /** A real model for every agent; default each scenario's scripted policy. */
  brain?: Brain;
  sessions: number;
  /** No pauses, `concurrency` sessions at a time, no alert look-ups: a load generator. */
  fast: boolean;
  concurrency: number;
  benignOnly: boolean;
  seed: number;
  log: (line: string) => void;
  /** Checked between sessions: Ctrl-C stops the stream cleanly. */
  stopped: () => boolean;
}

interface Planned {
  app: ExampleApp;
  scenario: Scenario;
}

/** Each pass holds every attack and fault once and twice as many benign sessions, shuffled. */
export function schedule(apps: readonly ExampleApp[], n: number, rng: Rng, benignOnly: boolean): Planned[] {
  const all = apps.flatMap((app) => app.scenarios.map((scenario) => ({ app, scenario })));
  const benign = all.filter((p) => p.scenario.kind === 'benign');
  const other = benignOnly ? [] : all.filter((p) => p.scenario.kind !== 'benign');
  const out: Planned[] = [];
  if (benign.length + other.length === 0) return out;
  while (out.length < n) {
    const fill = benign.length === 0 ? [] : Array.from({ length: Math.max(benign.length, other.length * 2) }, () => rng.pick(benign));
    out.push(...rng.shuffle([...other, ...fill]));
  }
  return out.slice(0, n);
}

/** Counts spans per session, so the demo knows when the server has a whole session. */
class SpanCounter implements SpanProcessor {
  readonly bySession = new Map<string, number>();
  total = 0;
  onStart(_s: Span, _c: Context): void {}
  onEnd(s: ReadableSpan): void {
    const id = String(s.attributes[OI.SESSION_ID]);
    this.bySession.set(id, (this.bySession.get(id) ?? 0) + 1);
    this.total++;
  }
  forceFlush = () => Promise.resolve();
  shutdown = () => Promise.resolve();
}

const RUN_ID_CHARS = 'abcdefghijkmnpqrstuvwxyz23456789';

export async function runStream(o: StreamOptions): Promise<void> {
  const rng = createRng(o.seed);
  // The run's id is drawn apart from the seed: a seeded run repeated against the same server makes new sessions, not
  // more spans in the first run's (the draw from `rng` stays, so a seed gives the same sessions as before).
  rng.chars(4, RUN_ID_CHARS);
  const runId = createRng(randomInt(2 ** 31)).chars(4, RUN_ID_CHARS);
  const counter = new SpanCounter();
  const regs = new Map<string, Registration>();
  for (const app of o.apps) {
    regs.set(
      app.serviceName,
      register({
        serviceName: app.serviceName,
        endpoint: o.target.httpBase,
        global: false, // two apps, two service.names, one process
        instrumentations: false, // the model calls are traced by the agent runtime (callLLM)
        batch: o.fast ? { maxQueueSize: 200_000, maxExportBatchSize: 2_048, scheduledDelayMillis: 200 } : { scheduledDelayMillis: 300 },
        spanProcessors: [counter],
      }),
    );
  }
  let flushFailed = false;
  // An export failure (collector down, 503 under load) must not end the stream: report it once, keep going.
  const flush = (r: Registration) =>
    r.forceFlush().catch((err: unknown) => {
      if (!flushFailed) o.log(`  export failed (${err instanceof Error ? err.message : String(err)}); spans may be lost, continuing`);
      flushFailed = true;
    });
  const plan = schedule(o.apps, o.sessions, rng, o.benignOnly);
  /** Model latency per turn: waited for at a human pace, simulated in the session's timestamps with --fast. */
  const latency = () => rng.int(250, 900);
  const started = Date.now();
  const runOne = async (p: Planned, i: number) => {
    const sessionId = `${p.app.serviceName.split('-')[0]}-${runId}-${String(i + 1).padStart(4, '0')}`;
    if (!o.fast) o.log(`▶ ${sessionId}  ${p.app.serviceName} · ${p.scenario.kind}: ${p.scenario.title}`);
    // A real model has real latency; only the scripted policies need it simulated.
    const clock = o.fast && !o.brain ? virtualClock() : undefined;
    const pace = clock ? async () => clock.advance(latency()) : o.fast ? undefined : () => sleep(latency());
    try {
      await runScenario(p.app, p.scenario, { seed: o.seed * 1_000 + i, sessionId, tracer: regs.get(p.app.serviceName)!.tracer, brain: o.brain, pace, clock: clock?.now });
    } catch (err) {
      o.log(`  ${sessionId} failed: ${(err as Error).message}`);
      return;
    }
    if (!o.fast && o.target.sentinel && o.target.httpBase) {
      await flush(regs.get(p.app.serviceName)!);
      o.log(await verdict(o.target.httpBase, sessionId, counter.bySession.get(sessionId) ?? 0, p.scenario));
    }
  };
  let done = 0;
  for (let i = 0; i < plan.length && !o.stopped(); i += o.fast ? o.concurrency : 1) {
    const batch = plan.slice(i, i + (o.fast ? o.concurrency : 1));
    await Promise.all(batch.map((p, k) => runOne(p, i + k)));
    done += batch.length;
    // Backpressure for the load generator: let the exporters drain before the queue overflows.
    if (o.fast && done % (o.concurrency * 25) === 0) await Promise.all([...regs.values()].map(flush));
  }
  await Promise.all([...regs.values()].map((r) => flush(r).then(() => r.shutdown())));
  const secs = (Date.now() - started) / 1000;
  o.log(`${done} sessions, ${counter.total} spans in ${secs.toFixed(1)} s (${Math.round(counter.total / secs)} spans/s)`);
}

/** One line on what Sentinel raised for a session, against what the scenario expects. */
async function verdict(base: string, sessionId: string, spans: number, scenario: Scenario): Promise<string> {
  const deadline = Date.now() + 8_000;
  let alerts: Array<{ category: FindingCategory; severity: Severity }> | undefined;
  while (Date.now() < deadline) {
    const s = await getJson<{ spanCount: number }>(`${base}/api/sessions/${encodeURIComponent(sessionId)}`);
    if (s && s.spanCount >= spans) {
      alerts = await getJson(`${base}/api/sessions/${encodeURIComponent(sessionId)}/alerts`);
      break;
    }
    await sleep(150);
  }
  if (!alerts) return '  (Sentinel has not stored the whole session yet; see the dashboard)';
  const raised = [...new Set(alerts.map((a) => `${a.category}(${a.severity})`))];
  if (scenario.kind === 'benign') {
    const loud = alerts.filter((a) => SEVERITY_RANK[a.severity] >= SEVERITY_RANK.high);
    return loud.length === 0 ? `  ✓ quiet${raised.length ? ` (low: ${raised.join(', ')})` : ''}` : `  ✗ benign session raised ${raised.join(', ')}`;
  }
  const missing = scenario.expect.filter((c) => !alerts!.some((a) => a.category === c));
  return `  ${missing.length === 0 ? '✓ caught' : `✗ missed ${missing.join(', ')}`}: ${raised.join(', ') || 'no alerts'}`;
}

async function getJson<T>(url: string): Promise<T | undefined> {
  try {
    const res = await fetch(url);
    return res.ok ? ((await res.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
