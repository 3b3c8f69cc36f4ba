import { describe, expect, it } from 'vitest';
import { normalizeSpan } from '../normalize.ts';
import { SessionGraph } from '../session-graph.ts';
import { SessionBuilderLite } from './testing/builder-lite.ts';
import { computeSessionMetrics } from './node-metrics.ts';
import { graphOf, planSpans } from './testing/sessions.ts';

describe('computeSessionMetrics', () => {
  it('makes the delegating agent the most central node', () => {
    const g = graphOf(planSpans('s', [['researcher', ['web_search', 'fetch_url']], ['writer', ['send_email']]]));
    const m = computeSessionMetrics(g.graph);
    const top = Object.entries(m.nodes).sort((a, b) => b[1].betweenness - a[1].betweenness)[0][0];
    expect(top).toBe('agent:orchestrator');
    expect(m.nodes['agent:researcher'].degree).toBeGreaterThan(m.nodes['tool:send_email'].degree);
    expect(m.nodes['tool:web_search'].weightedDegree).toBe(1);
    expect(m.cycles).toBe(0);
    expect(m.approximate).toBe(false);
  });

  it('counts a delegation loop between agents as a cycle', () => {
    const b = new SessionBuilderLite('loop');
    const root = b.agent('a');
    const x = b.agent('b', root);
    b.agent('a', x);
    const g = new SessionGraph('loop', 'test-app');
    for (const s of b.spans) g.add(normalizeSpan(s));
    g.flush();
    expect(computeSessionMetrics(g.graph).cycles).toBe(1);
  });

  it('runs on a bounded subset of a very large session and says so', () => {
    const tools = Array.from({ length: 300 }, (_, i) => `tool_${i}`);
    const g = graphOf(planSpans('big', [['researcher', tools]]));
    const m = computeSessionMetrics(g.graph, 50);
    expect(m.approximate).toBe(true);
    expect(Object.keys(m.nodes)).toHaveLength(50);
    expect(m.nodes['agent:researcher']).toBeDefined();
  });
});
