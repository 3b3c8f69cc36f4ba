import { describe, expect, it } from 'vitest';
import { normalizeSpan } from '../normalize.ts';
import { SessionGraph } from '../session-graph.ts';
import { Baseline } from './baseline.ts';
import { GraphScorer } from './graph-scorer.ts';
import { buildBaseline, scoreSession } from './score-profile.ts';
import { graphOf, normalGraphs, normalPlan, planSpans, type Plan } from './testing/sessions.ts';

const baseline = () => buildBaseline('test-app', normalGraphs(60));
const exfil: Plan = [
  ['researcher', ['web_search', 'send_email']],
  ['writer', ['draft_doc', 'send_email']],
];

/** Feeds spans one at a time through a scorer, as the pipeline does. */
function live(scorer: GraphScorer, spans: ReturnType<typeof planSpans>) {
  const first = normalizeSpan(spans[0]);
  const g = new SessionGraph(first.sessionId, first.app);
  const findings = [];
  for (const s of spans) {
    scorer.observe(g, g.add(normalizeSpan(s)).placed);
    const f = scorer.finding(g);
    if (f) findings.push(f);
  }
  scorer.observe(g, g.flush().placed);
  return { g, findings };
}

describe('GraphScorer', () => {
  it('leaves a normal session it has not seen under the threshold, with no finding', () => {
    const scorer = new GraphScorer({ warmupSessions: 20 });
    scorer.setBaseline(baseline());
    const { g, findings } = live(scorer, planSpans('held-out', normalPlan(41)));
    const v = scorer.score(g)!;
    expect(v.anomalous).toBe(false);
    expect(v.score).toBeLessThan(0.99);
    expect(findings).toEqual([]);
  });

  it('flags an agent calling a tool it never called in normal sessions, with the edge, node and path as evidence', () => {
    const scorer = new GraphScorer({ warmupSessions: 20 });
    scorer.setBaseline(baseline());
    const { g, findings } = live(scorer, planSpans('exfil', exfil));
    const v = scorer.score(g)!;
    expect(v.anomalous).toBe(true);
    expect(v.score).toBeGreaterThanOrEqual(0.99);
    expect(v.reasons[0].text).toMatch(/`researcher`.*`send_email`.*seen in 0 of 60 normal sessions/);
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(f.category).toBe('graph_anomaly');
    expect(f.evidence.edgeIds).toContain('invoke:agent:researcher->tool:send_email');
    expect(f.evidence.nodeIds).toContain('tool:send_email');
    expect(f.evidence.path).toEqual(['user', 'agent:orchestrator', 'agent:researcher', 'tool:send_email']);
    expect(f.evidence.spanIds.length).toBeGreaterThan(0);
    expect(v.edgeScores['invoke:agent:researcher->tool:send_email']).toBeGreaterThan(0.9);
    expect(v.edgeScores['result:tool:send_email->agent:researcher']).toBeGreaterThan(0.9);
    expect(v.nodeScores['tool:send_email']).toBeGreaterThan(0.9);
    expect(v.edgeScores['invoke:agent:writer->tool:draft_doc'] ?? 0).toBeLessThan(0.5);
  });

  it('scores the same whether spans arrive in order or children first, once the metric pass ran', () => {
    const spans = planSpans('exfil', exfil);
    const a = new GraphScorer({ warmupSessions: 20 });
    const b = new GraphScorer({ warmupSessions: 20 });
    const base = baseline();
    a.setBaseline(base);
    b.setBaseline(base);
    const inOrder = live(a, spans).g;
    const reversed = live(b, [...spans].reverse()).g;
    a.recomputeMetrics(inOrder);
    b.recomputeMetrics(reversed);
    expect(b.score(reversed)!.raw).toBeCloseTo(a.score(inOrder)!.raw, 9);
    // The live score equals the batch score of the finished session.
    expect(a.score(inOrder)!.raw).toBeCloseTo(scoreSession(inOrder, base).raw, 9);
  });

  it('reports no score while the baseline is warming up, and catches up from the timeline once it is warm', () => {
    const scorer = new GraphScorer({ warmupSessions: 70 });
    scorer.setBaseline(baseline());
    const spans = planSpans('exfil', exfil);
    const first = normalizeSpan(spans[0]);
    const g = new SessionGraph(first.sessionId, first.app);
    for (const s of spans.slice(0, 6)) scorer.observe(g, g.add(normalizeSpan(s)).placed);
    expect(scorer.score(g)).toBeUndefined();
    expect(scorer.finding(g)).toBeUndefined();
    const bigger = buildBaseline('test-app', normalGraphs(80));
    scorer.setBaseline(bigger); // e.g. `sentinel baseline build` then a restart, or online learning
    for (const s of spans.slice(6)) scorer.observe(g, g.add(normalizeSpan(s)).placed);
    scorer.observe(g, g.flush().placed);
    scorer.recomputeMetrics(g);
    expect(scorer.score(g)!.raw).toBeCloseTo(scoreSession(g, bigger).raw, 9);
    expect(scorer.score(g)!.anomalous).toBe(true);
  });

  it('does not learn from a session with alerts, from a frozen baseline, or from one over the threshold', () => {
    const scorer = new GraphScorer({ warmupSessions: 20 });
    const b = baseline();
    scorer.setBaseline(b);
    const before = b.sessions;
    expect(scorer.learn(graphOf(planSpans('n1', normalPlan(3))), true)).toBe(false);
    expect(scorer.learn(graphOf(planSpans('x', exfil)), false)).toBe(false);
    b.frozen = true;
    expect(scorer.learn(graphOf(planSpans('n2', normalPlan(4))), false)).toBe(false);
    b.frozen = false;
    expect(scorer.learn(graphOf(planSpans('n3', normalPlan(5))), false)).toBe(true);
    expect(b.sessions).toBe(before + 1);
    expect(b.calibrationSize).toBe(61);
  });

  it('learns an app online from scratch and starts scoring after the warm-up', () => {
    const scorer = new GraphScorer({ warmupSessions: 20 });
    for (const g of normalGraphs(19)) scorer.learn(g, false);
    expect(scorer.score(graphOf(planSpans('x', exfil)))).toBeUndefined();
    for (const g of normalGraphs(60, 'test-app', 19)) scorer.learn(g, false);
    expect(scorer.isWarm(scorer.baseline('test-app'))).toBe(true);
    const { g } = live(scorer, planSpans('x2', exfil));
    expect(scorer.score(g)!.anomalous).toBe(true);
  });

  it('survives a JSON round trip of its baseline with identical scores', () => {
    const b = baseline();
    const copy = Baseline.fromJSON(JSON.parse(JSON.stringify(b.toJSON())));
    const g = graphOf(planSpans('exfil', exfil));
    expect(scoreSession(g, copy).raw).toBe(scoreSession(g, b).raw);
    expect(scoreSession(g, copy).score).toBe(scoreSession(g, b).score);
  });
});
