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

/**
 * A plan scored live against a fresh warm baseline (metric pass included), and its edge and
 * transition contributions live and in batch: the edge set is a known shape, so the live metric pass
 * is skipped and only the structural keys are comparable.
 */
function liveAndBatch(id: string, plan: Plan) {
  const base = baseline();
  const scorer = new GraphScorer({ warmupSessions: 20 });
  scorer.setBaseline(base);
  const { g } = live(scorer, planSpans(id, plan));
  scorer.recomputeMetrics(g);
  const v = scorer.score(g)!;
  const structural = (cs: typeof v.contributions) => cs.filter((x) => x.kind === 'edge' || x.kind === 'transition').map((x) => [x.text, x.raw.toFixed(9)]);
  return { v, liveKeys: structural(v.contributions), batchKeys: structural(scoreSession(g, base).contributions) };
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

  it('counts known reads in a new order a quarter, live as in batch, and stays under the threshold', () => {
    // The researcher fetches before it searches (never in normal sessions): reads only, on edges it knows.
    const reordered: Plan = [
      ['researcher', ['fetch_url', 'web_search', 'fetch_url']],
      ['writer', ['draft_doc', 'send_email']],
    ];
    const { v, liveKeys, batchKeys } = liveAndBatch('reordered', reordered);
    expect(liveKeys).toEqual(batchKeys);
    expect(v.anomalous).toBe(false);
    const c = v.contributions.find((x) => x.text.includes('`fetch_url` → `web_search`'))!;
    expect(c.raw).toBeCloseTo(0.25 * (Math.log(61 / 0.5) + Math.log(0.5)), 9);
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

  it('serializes each reason with its text, though the text is formatted only when read', () => {
    const scorer = new GraphScorer({ warmupSessions: 20 });
    scorer.setBaseline(baseline());
    const { g } = live(scorer, planSpans('exfil', exfil));
    const v = scorer.score(g)!;
    const sent = JSON.parse(JSON.stringify({ reasons: v.reasons })) as { reasons: { target: string; score: number; text: string }[] };
    expect(sent.reasons).toHaveLength(v.reasons.length);
    expect(sent.reasons[0]).toEqual({ target: v.reasons[0].target, score: v.reasons[0].score, text: v.reasons[0].text });
    expect(sent.reasons[0].text).toMatch(/`researcher`.*`send_email`/);
    expect({ ...v.reasons[1] }.text).toBe(v.reasons[1].text);
  });

  it('keeps the same view while nothing changed, and a new one as soon as a span changes the score', () => {
    const scorer = new GraphScorer({ warmupSessions: 20 });
    scorer.setBaseline(baseline());
    const spans = planSpans('exfil', exfil).map((s) => normalizeSpan(s));
    const g = new SessionGraph(spans[0].sessionId, spans[0].app);
    const raws: number[] = [];
    for (const s of spans) {
      scorer.observe(g, g.add(s).placed);
      const v = scorer.score(g)!;
      expect(scorer.score(g)).toBe(v);
      raws.push(v.raw);
    }
    scorer.observe(g, g.flush().placed);
    const before = scorer.score(g)!;
    scorer.recomputeMetrics(g);
    const last = scorer.score(g)!;
    expect(last).not.toBe(before); // the metric pass changed the score: a new view
    expect(last.raw).toBeCloseTo(scoreSession(g, scorer.baseline('test-app')!).raw, 9);
    expect(new Set(raws).size).toBeGreaterThan(1);
  });

  it('scores against a replaced baseline at once, not against what it cached of the old one', () => {
    const scorer = new GraphScorer({ warmupSessions: 20 });
    scorer.setBaseline(baseline());
    const first = live(scorer, planSpans('exfil-1', exfil));
    expect(scorer.score(first.g)!.anomalous).toBe(true);
    // A new baseline in which researchers do send email: the same plan is ordinary there.
    const tolerant = buildBaseline('test-app', [...normalGraphs(40), ...Array.from({ length: 20 }, (_, i) => graphOf(planSpans(`ok-${i}`, exfil)))]);
    scorer.setBaseline(tolerant);
    const second = live(scorer, planSpans('exfil-2', exfil));
    scorer.recomputeMetrics(second.g);
    const v = scorer.score(second.g)!;
    expect(v.anomalous).toBe(false);
    expect(v.raw).toBeCloseTo(scoreSession(second.g, tolerant).raw, 9);
  });

  it('does not count a read-only tool the app never called, but does count a known one in a new place', () => {
    const scorer = new GraphScorer({ warmupSessions: 20 });
    scorer.setBaseline(baseline());
    // A new task: the researcher also reads the weather. Nothing the app's sessions never did, but reading.
    const newRead = live(scorer, planSpans('new-read', [['researcher', ['web_search', 'get_weather', 'fetch_url']], ['writer', ['draft_doc', 'send_email']]])).g;
    scorer.recomputeMetrics(newRead);
    const a = scorer.score(newRead)!;
    // No edge or sequence *ending* in it counts (one ending in a known tool after it still does).
    const endsInWeather = (c: { path: string[]; target: string }) => c.path[c.path.length - 1] === 'tool:get_weather' || c.target.endsWith('tool:get_weather');
    expect(a.contributions.filter(endsInWeather)).toEqual([]);
    expect(a.edgeScores['invoke:agent:researcher->tool:get_weather'] ?? 0).toBe(0);
    // The writer searching the web: a read tool the app knows, called by an agent that never called it.
    const knownRead = live(scorer, planSpans('known-read', [['researcher', ['web_search']], ['writer', ['web_search', 'draft_doc', 'send_email']]])).g;
    scorer.recomputeMetrics(knownRead);
    const b = scorer.score(knownRead)!;
    expect(b.contributions.some((c) => c.kind === 'edge' && c.target === 'invoke:agent:writer->tool:web_search')).toBe(true);
    expect(b.raw).toBeGreaterThan(a.raw);
  });

  it('counts a sequence that goes on after an act 1.5 times, live as in batch', () => {
    // The writer sends, then reads a tool no normal session called, then saves: acting mid-task and going on.
    const goesOn: Plan = [
      ['researcher', ['web_search']],
      ['writer', ['draft_doc', 'send_email', 'get_contacts', 'save_file']],
    ];
    const { v, liveKeys, batchKeys } = liveAndBatch('goes-on', goesOn);
    expect(liveKeys).toEqual(batchKeys);
    const never = Math.log(61 / 0.5) + Math.log(0.5);
    // The new read right after the act counts; the edge to it (not a sequence) does not.
    expect(v.contributions.find((x) => x.text.includes('`send_email` → `get_contacts` in a row'))!.raw).toBeCloseTo(1.5 * never, 9);
    expect(v.contributions.some((x) => x.kind === 'edge' && x.target === 'invoke:agent:writer->tool:get_contacts')).toBe(false);
    // draft → send is how normal sessions end, so only what follows the act is new.
    expect(v.contributions.some((x) => x.text.includes('`draft_doc` → `send_email` in a row'))).toBe(false);
  });

  it('counts a new read tool in full against a baseline stored before baselines knew their tools', () => {
    const json = baseline().toJSON();
    json.presence = Object.fromEntries(Object.entries(json.presence).filter(([k]) => !k.startsWith('n|')));
    const old = Baseline.fromJSON(json);
    expect(old.knowsTools).toBe(false);
    const scorer = new GraphScorer({ warmupSessions: 20 });
    scorer.setBaseline(old);
    const g = live(scorer, planSpans('new-read', [['researcher', ['web_search', 'get_weather']], ['writer', ['draft_doc', 'send_email']]])).g;
    scorer.recomputeMetrics(g);
    expect(scorer.score(g)!.contributions.some((c) => c.kind === 'edge' && c.target === 'invoke:agent:researcher->tool:get_weather')).toBe(true);
  });
});

