import { describe, expect, it } from 'vitest';
import { normalizeSpan } from '../normalize.ts';
import { SessionGraph } from '../session-graph.ts';
import { SessionTracker, type StructureKey } from './session-tracker.ts';
import { graphOf, planSpans } from './testing/sessions.ts';

const plan: [string, string[]][] = [
  ['researcher', ['web_search', 'web_search', 'web_search', 'fetch_url']],
  ['writer', ['draft_doc', 'send_email']],
];

function incremental(spans: ReturnType<typeof planSpans>): SessionTracker {
  const first = normalizeSpan(spans[0]);
  const g = new SessionGraph(first.sessionId, first.app);
  const t = new SessionTracker();
  for (const s of spans) {
    for (const p of g.add(normalizeSpan(s)).placed) {
      for (const e of p.edgeIds) {
        const a = g.graph.getEdgeAttributes(e);
        t.observe({ kind: a.kind, edgeId: e, source: g.graph.source(e), target: g.graph.target(e), spanId: p.span.spanId, time: p.span.start });
      }
    }
  }
  return t;
}

describe('SessionTracker', () => {
  it('keys edges and per-agent transitions, and counts depth, fan-out and repeat bursts', () => {
    const t = SessionTracker.fromTimeline(graphOf(planSpans('s', plan)));
    const keys = [...t.keys.keys()];
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
    const exact = SessionTracker.fromTimeline(graphOf(spans));
    const inOrder = incremental(spans);
    expect([...inOrder.keys.keys()].sort()).toEqual([...exact.keys.keys()].sort());
    expect(inOrder.disordered).toBe(false);
    // Children exported before parents are placed in time order when the parent comes: still exact.
    expect([...incremental([...spans].reverse()).keys.keys()].sort()).toEqual([...exact.keys.keys()].sort());
  });

  it('reports each key once, to the callback, with the span that first showed it', () => {
    const seen: StructureKey[] = [];
    const t = new SessionTracker();
    const i = { kind: 'invoke' as const, edgeId: 'invoke:agent:a->tool:x', source: 'agent:a', target: 'tool:x', spanId: '1', time: 1n };
    t.observe(i, (k) => seen.push(k));
    t.observe({ ...i, spanId: '2', time: 2n }, (k) => seen.push(k));
    expect(seen.map((k) => [k.key, k.spanId])).toEqual([
      ['e|invoke:agent:a->tool:x', '1'],
      ['b|agent:a|^|tool:x', '1'],
      ['b|agent:a|tool:x|tool:x', '2'],
      ['t|agent:a|^|tool:x|tool:x', '2'],
    ]);
    t.observe({ ...i, spanId: '0', time: 0n });
    expect(t.disordered).toBe(true);
  });
});
