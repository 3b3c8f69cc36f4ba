import { describe, expect, it } from 'vitest';
import { normalizeSpan } from '../normalize.ts';
import { SessionGraph } from '../session-graph.ts';
import { SessionTracker, type StructureKey } from './session-tracker.ts';
import { KeyIntern } from './key-intern.ts';
import { graphOf, planSpans } from './testing/sessions.ts';

const plan: [string, string[]][] = [
  ['researcher', ['web_search', 'web_search', 'web_search', 'fetch_url']],
  ['writer', ['draft_doc', 'send_email']],
];

/** The tracker and the keys it reported, in order. */
function exactKeys(g: SessionGraph): { t: SessionTracker; keys: string[] } {
  const keys: string[] = [];
  const t = SessionTracker.fromTimeline(g, (k) => keys.push(k.key));
  return { t, keys };
}

function incremental(spans: ReturnType<typeof planSpans>): { t: SessionTracker; keys: string[] } {
  const first = normalizeSpan(spans[0]);
  const g = new SessionGraph(first.sessionId, first.app);
  const t = new SessionTracker();
  const keys: string[] = [];
  for (const s of spans) {
    for (const p of g.add(normalizeSpan(s)).placed) {
      for (const e of p.edgeIds) {
        const a = g.graph.getEdgeAttributes(e);
        t.observe({ kind: a.kind, edgeId: e, source: g.graph.source(e), target: g.graph.target(e), spanId: p.span.spanId, time: p.span.start }, (k) => keys.push(k.key));
      }
    }
  }
  return { t, keys };
}

describe('SessionTracker', () => {
  it('keys edges and per-agent transitions, and counts depth, fan-out and repeat bursts', () => {
    const { t, keys } = exactKeys(graphOf(planSpans('s', plan)));
    expect(new Set(keys).size).toBe(keys.length); // each key reported once
    expect(keys).toContain('e|invoke:agent:researcher->tool:web_search');
    expect(keys).toContain('e|delegate:agent:orchestrator->agent:researcher');
    expect(keys).toContain('b|agent:researcher|^|tool:web_search');
    expect(keys).toContain('b|agent:researcher|tool:web_search|tool:fetch_url');
    expect(keys).toContain('t|agent:writer|^|tool:draft_doc|tool:send_email');
    expect(keys).toContain('b|agent:orchestrator|agent:researcher|agent:writer');
    expect(t.toolCalls).toBe(6);
    expect(t.llmCalls).toBe(3);
    expect(t.delegations).toBe(2);
    expect(t.maxRepeatRun).toBe(3);
    expect(t.maxDepth).toBe(3); // user → orchestrator → researcher → tool
    expect(t.maxFanOut).toBe(2);
    expect(t.tools).toBe(4);
    expect(t.agents).toBe(3);
  });

  it('matches the exact rebuild when spans arrive in order, and flags disorder when they do not', () => {
    const spans = planSpans('s', plan);
    const exact = exactKeys(graphOf(spans));
    const inOrder = incremental(spans);
    expect([...inOrder.keys].sort()).toEqual([...exact.keys].sort());
    expect(inOrder.t.disordered).toBe(false);
    // Children exported before parents are placed in time order when the parent comes: still exact.
    expect([...incremental([...spans].reverse()).keys].sort()).toEqual([...exact.keys].sort());
  });

  it('reports each key once, to the callback, with the span that first showed it', () => {
    const seen: StructureKey[] = [];
    const t = new SessionTracker();
    const i = { kind: 'invoke' as const, edgeId: 'invoke:agent:a->tool:x', source: 'agent:a', target: 'tool:x', spanId: '1', time: 1n };
    t.observe(i, (k) => seen.push(k));
    t.observe({ ...i, spanId: '2', time: 2n }, (k) => seen.push(k));
    expect(seen.map((k) => [k.key, k.spanId])).toEqual([
      ['n|tool:x', '1'],
      ['e|invoke:agent:a->tool:x', '1'],
      ['b|agent:a|^|tool:x', '1'],
      ['b|agent:a|tool:x|tool:x', '2'],
      ['t|agent:a|^|tool:x|tool:x', '2'],
    ]);
    t.observe({ ...i, spanId: '0', time: 0n });
    expect(t.disordered).toBe(true);
  });

  it('reports n-grams of a session past a thousand nodes once each, as it does below', () => {
    // A crawler-like agent: 1,200 distinct tools, then the whole sequence again. The second pass
    // repeats every n-gram, including those whose nodes no longer pack into the small-integer keys.
    const keys: string[] = [];
    const t = new SessionTracker();
    let time = 0n;
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < 1200; i++) {
        const tool = `tool:t${i}`;
        t.observe({ kind: 'invoke', edgeId: `invoke:agent:a->${tool}`, source: 'agent:a', target: tool, spanId: `${pass}-${i}`, time: ++time }, (k) => keys.push(k.key));
      }
    }
    expect(new Set(keys).size).toBe(keys.length);
    // Pass two adds only the wrap-around: bigram t1199 → t0, trigrams t1198 → t1199 → t0 and t1199 → t0 → t1.
    expect(keys.filter((k) => k.startsWith('e|'))).toHaveLength(1200);
    expect(keys.filter((k) => k.startsWith('b|'))).toHaveLength(1 + 1199 + 1);
    expect(keys.filter((k) => k.startsWith('t|'))).toHaveLength(1 + 1198 + 2);
    expect(keys).toContain('t|agent:a|tool:t1198|tool:t1199|tool:t0');
  });

  it('with a key filter, reports exactly the wanted keys, under the same key strings', () => {
    const g = graphOf(planSpans('s', plan));
    const all = exactKeys(g).keys;
    const wanted: string[] = [];
    const asked: string[] = [];
    const intern = new KeyIntern();
    // Twice: the second tracker finds every key already interned.
    for (let run = 0; run < 2; run++) {
      const keys: string[] = [];
      SessionTracker.fromTimeline(g, (k) => keys.push(k.key), { intern, wants: (k) => (asked.push(k.key), k.kind !== 'trigram') });
      wanted.push(...keys);
    }
    // Tool-node keys only inform the baseline (they never score): a filtered tracker does not even ask.
    const scored = all.filter((k) => !k.startsWith('n|'));
    expect(asked).toEqual([...scored, ...scored]);
    expect(wanted).toEqual([...scored, ...scored].filter((k) => !k.startsWith('t|')));
  });

  it('keys the role pattern of acting calls: what came before, read or act, from the start', () => {
    const keys: string[] = [];
    const t = new SessionTracker();
    const call = (tool: string, i: number) =>
      t.observe({ kind: 'invoke', edgeId: `invoke:agent:a->tool:${tool}`, source: 'agent:a', target: `tool:${tool}`, spanId: String(i), time: BigInt(i) }, (k) => keys.push(k.key));
    ['read_file', 'send_money', 'get_balance', 'send_money', 'send_money'].forEach(call);
    // ^ R A R A A: only acting calls complete a pattern; a repeat ("RA" again) is not reported twice.
    expect(keys.filter((k) => k.startsWith('r|'))).toEqual([
      'r|agent:a|RA', 'r|agent:a|^RA',
      'r|agent:a|ARA', 'r|agent:a|RARA',
      'r|agent:a|AA', 'r|agent:a|RAA', 'r|agent:a|ARAA',
    ]);
  });
});

