// bench/detect: CPU per span of each in-process stage on the ingest workload, one core, no I/O:
// decode → normalize → session graph → rule engine (→ graph scorer when it has a baseline).
// Isolates what the end-to-end numbers of bench/ingest are made of.
import { performance } from 'node:perf_hooks';
import { deserialize, serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { normalizeSpan, SessionGraph, type AgentSpan, type RawSpan } from '@sentinel/graph';
import { createRuleEngine, forRules, RuleReplica, type GraphOp } from '@sentinel/rules';
import { withoutUnreadContext } from '../server/src/ingest/rule-ops.ts';
import { decodeProtobufExport } from '../server/src/otlp/index.ts';
import { buildBodies } from './workload.ts';

export interface DetectResult {
  spans: number;
  /**
   * rules: the rule engine alone over graphs already built. As the server runs it: the ingest thread
   * serializes each batch's graph ops (`cloneOut`), the rule thread deserializes them (`cloneIn`) and
   * applies them to its RuleReplica (its own graph copy + the engine: `ruleThread`).
   */
  usPerSpan: { decode: number; normalize: number; graph: number; rules: number; cloneOut: number; cloneIn: number; ruleThread: number };
}

// A full collection before each stage: each stage's time is its own work and the garbage it makes,
// not a major GC of the heap the stages before it left (that moved the split rules numbers 2x between runs).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function time<T>(f: () => T): [T, number] {
  collect();
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

export async function benchDetect(opts: { sessions?: number } = {}): Promise<DetectResult> {
  const { bodies } = buildBodies(opts.sessions ?? 3_000);
  const run = () => {
    const [raws, decode] = time(() => bodies.flatMap((b) => decodeProtobufExport(b).spans as RawSpan[]));
    const [spans, normalize] = time(() => raws.map((r) => normalizeSpan(r)));
    const graphs = new Map<string, SessionGraph>();
    const placedBySession = new Map<string, ReturnType<SessionGraph['add']>['placed'][]>();
    const [, graph] = time(() => {
      for (const s of spans as AgentSpan[]) {
        let g = graphs.get(s.sessionId);
        if (!g) graphs.set(s.sessionId, (g = new SessionGraph(s.sessionId, s.app)));
        const { placed } = g.add(s);
        const list = placedBySession.get(s.sessionId) ?? [];
        list.push(placed);
        placedBySession.set(s.sessionId, list);
      }
    });
    // Rules replay each session's placements in arrival order on its final graph: the same work as live, minus graph building.
    const engine = createRuleEngine();
    const [, rules] = time(() => {
      for (const [id, list] of placedBySession) for (const placed of list) engine.evaluate(graphs.get(id)!, placed);
    });
    // As the server runs it: one message of graph ops per request, a structured clone (v8's serializer) each way.
    const perBody = bodies.map((_, i) => spans.slice(i * 550, (i + 1) * 550) as AgentSpan[]);
    const opened = new Set<string>();
    // Each span cut to what the rules read, LLM calls under non-root agents without their messages, as the pipeline sends them.
    const ops = perBody.map((b) =>
      withoutUnreadContext(
        b.flatMap((s): GraphOp[] => (opened.has(s.sessionId) ? [{ add: forRules(s) }] : (opened.add(s.sessionId), [{ open: s.sessionId, app: s.app }, { add: forRules(s) }]))),
        (id) => graphs.get(id),
      ),
    );
    const [messages, cloneOut] = time(() => ops.map((o) => serialize(o)));
    const [received, cloneIn] = time(() => messages.map((m) => deserialize(m) as GraphOp[]));
    const replica = new RuleReplica();
    const [, ruleThread] = time(() => {
      for (const o of received) replica.apply(o);
    });
    const n = raws.length;
    const us = (ms: number) => (ms * 1000) / n;
    return { spans: n, usPerSpan: { decode: us(decode), normalize: us(normalize), graph: us(graph), rules: us(rules), cloneOut: us(cloneOut), cloneIn: us(cloneIn), ruleThread: us(ruleThread) } };
  };
  run(); // warm up the JIT
  const r = run();
  const f = (x: number) => x.toFixed(1);
  console.log(`${r.spans} spans, µs per span: decode ${f(r.usPerSpan.decode)}, normalize ${f(r.usPerSpan.normalize)}, graph ${f(r.usPerSpan.graph)}, rules ${f(r.usPerSpan.rules)}`);
  console.log(`rules as the server runs them: ingest thread ${f(r.usPerSpan.cloneOut)} (sending the graph ops), rule thread ${f(r.usPerSpan.cloneIn + r.usPerSpan.ruleThread)} (receiving ${f(r.usPerSpan.cloneIn)}, graph copy + rules ${f(r.usPerSpan.ruleThread)})`);
  return r;
}
