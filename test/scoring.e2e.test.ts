// End to end: the graph scorer learns an app's normal sessions online, then alerts on a structurally new one.
import { context, trace, type Span } from '@opentelemetry/api';
import type { SerializedGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, Page, SessionSummary } from '../server/src/contract/api-types.ts';
import { openSqliteStore } from '../server/src/store/sqlite-store.ts';
import { exporterFor, testTracer } from './support/otel-session.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

const APP = 'mail-desk';
const WARMUP = 20;

/** orchestrator → planner (search_web × n) → mailer (read_inbox, then send_email or not), plus `extra` tools on the mailer. */
async function sendSession(server: TestServer, sessionId: string, searches: number, send: boolean, extra: string[] = []): Promise<void> {
  const { tracer, provider } = testTracer(exporterFor('proto', server.httpUrl), APP);
  const attrs = (kind: string, more: Record<string, string>) => ({ 'openinference.span.kind': kind, 'session.id': sessionId, ...more });
  // Spans 2 ms apart by their own timestamps, not the wall clock: the timeline has a real order (equal start times would
  // tie), and a session's duration (a feature the scorer compares) is the same however loaded the machine is (a
  // full-suite run stretched one normal session's 2 ms waits until it scored 0.9999 and was not learned).
  let now = Date.now();
  const tick = () => (now += 2);
  const call = (parent: Span, name: string, a: Record<string, string>) => {
    tracer.startSpan(name, { attributes: a, startTime: tick() }, trace.setSpan(context.active(), parent)).end(tick());
  };
  const agent = (parent: Span, name: string) =>
    tracer.startSpan(name, { attributes: attrs('AGENT', { 'agent.name': name }), startTime: tick() }, trace.setSpan(context.active(), parent));
  const root = tracer.startSpan('orchestrator', { attributes: attrs('AGENT', { 'agent.name': 'orchestrator' }), startTime: tick() });
  call(root, 'plan', attrs('LLM', { 'llm.model_name': 'gpt-4o' }));
  const planner = agent(root, 'planner');
  for (let i = 0; i < searches; i++) call(planner, 'search_web', attrs('TOOL', { 'tool.name': 'search_web', 'input.value': '{}', 'output.value': 'results' }));
  planner.end(tick());
  const mailer = agent(root, 'mailer');
  for (const tool of ['read_inbox', ...(send ? ['send_email'] : []), ...extra]) call(mailer, tool, attrs('TOOL', { 'tool.name': tool, 'input.value': '{}', 'output.value': 'ok' }));
  mailer.end(tick());
  root.end(tick());
  await provider.forceFlush();
  await provider.shutdown();
}

let server: TestServer;
beforeAll(async () => {
  // Sessions close (and are scored) after 1.5 s without spans: each span is its own export here, and on a loaded
  // machine a gap of 300 ms between two of them closed a session half sent (a clean-clone CI run saw it scored 0.9999).
  server = await startTestServer({ sessionIdleMs: 1_500, scorerWarmup: WARMUP, scorerMetricDebounceMs: 20 });
});
afterAll(async () => {
  await server?.stop();
});

describe('graph anomaly scoring', () => {
  it('learns normal sessions online, then scores and alerts on a mailer calling a tool it never called', async () => {
    for (let i = 0; i < WARMUP + 10; i++) await sendSession(server, `normal-${i}`, 1 + (i % 3), i % 4 !== 0);
    await waitFor(() => (server.detectors.scorerInfo?.() as { apps: { app: string; warm: boolean }[] }).apps.find((a) => a.app === APP)?.warm, 20_000, 'a warm baseline');

    await sendSession(server, 'normal-after', 2, true);
    await sendSession(server, 'attack', 2, true, ['delete_all_files']);
    const alerts = await waitFor(async () => {
      const page = await server.get<Page<Alert>>(`/api/alerts?sessionId=attack&category=graph_anomaly`);
      return page.items.length > 0 && page.items;
    }, 10_000, 'a graph_anomaly alert');
    expect(alerts).toHaveLength(1);
    const a = alerts[0];
    expect(a).toMatchObject({ ruleId: 'graph_anomaly', category: 'graph_anomaly', app: APP, status: 'open' });
    expect(a.evidence.edgeIds).toContain('invoke:agent:mailer->tool:delete_all_files');
    expect(a.evidence.nodeIds).toContain('tool:delete_all_files');
    expect(a.evidence.path).toEqual(['user', 'agent:orchestrator', 'agent:mailer', 'tool:delete_all_files']);
    expect(a.explanation).toMatch(/`mailer`.*`delete_all_files`.*seen in 0 of \d+ normal sessions/);

    // Scores in the session list, the session summary and per node/edge in the graph.
    const list = await server.get<Page<SessionSummary>>(`/api/sessions?app=${APP}&limit=100`);
    const attack = list.items.find((s) => s.id === 'attack')!;
    const normal = list.items.find((s) => s.id === 'normal-after')!;
    expect(attack.score).toBeGreaterThanOrEqual(0.99);
    expect(normal.score).toBeLessThan(0.99);
    const summary = await server.get<SessionSummary>('/api/sessions/attack');
    expect(summary.scoreReasons?.[0].text).toMatch(/delete_all_files/);
    const graph = await server.get<SerializedGraph>('/api/sessions/attack/graph');
    const node = graph.nodes.find((n) => n.key === 'tool:delete_all_files')!;
    const edge = graph.edges.find((e) => e.key === 'invoke:agent:mailer->tool:delete_all_files')!;
    expect((node.attributes as { score: number }).score).toBeGreaterThan(0.9);
    expect((edge.attributes as { score: number }).score).toBeGreaterThan(0.9);
    expect(((graph.nodes.find((n) => n.key === 'tool:search_web')!.attributes as { score?: number }).score ?? 0)).toBeLessThan(0.5);
    expect((await server.get<Alert[]>('/api/sessions/normal-after/alerts')).filter((x) => x.category === 'graph_anomaly')).toEqual([]);
  });

  it('stores the learned baseline (without the alerted session) when the server stops', async () => {
    await waitFor(async () => (await server.get<SessionSummary>('/api/sessions/attack')).state === 'closed', 10_000, 'the attack session to close');
    await server.close();
    const store = openSqliteStore(server.dataDir);
    try {
      const row = store.loadBaseline(APP)!;
      expect(row.version).toBeGreaterThanOrEqual(1);
      const data = JSON.parse(row.data) as { sessions: number; presence: Record<string, number> };
      expect(data.sessions).toBe(WARMUP + 11);
      expect(data.presence['e|invoke:agent:mailer->tool:delete_all_files']).toBeUndefined();
    } finally {
      store.close();
    }
  });
});
