// The judge end to end: real Sentinel → real `openai` client → a real local chat-completions server with scripted replies.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { REPAIR_MESSAGE } from '@sentinel/judge';
import type { Alert, Health, JudgeErrorView, JudgeVerdictView } from '../server/src/contract/api-types.ts';
import type { ConfigInput } from '../server/src/config.ts';
import { errorReply, startFakeOpenAI, verdictReply, type FakeOpenAI, type FakeReply, type RecordedRequest } from './support/fake-openai.ts';
import { bankingSession } from './support/judge-sessions.ts';
import { hex } from './support/otlp-json.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

let fake: FakeOpenAI;
/** Scripted replies per session id (read from the case in the prompt), so tests sharing the endpoint do not interfere. */
const routes = new Map<string, FakeReply[]>();

function sessionOf(req: RecordedRequest): string {
  const user = req.body.messages.find((m) => m.role === 'user')!.content;
  const json = user.split('\n')[2];
  return (JSON.parse(json) as { session: { id: string } }).session.id;
}
const requestsFor = (sid: string) => fake.requests.filter((r) => sessionOf(r) === sid);

beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.fallback = (req) => routes.get(sessionOf(req))?.shift() ?? verdictReply();
});
afterAll(async () => {
  await fake.close();
});

const judgeConfig = (over: ConfigInput = {}): ConfigInput => ({
  judgeBaseUrl: fake.baseUrl,
  judgeApiKey: 'sk-test',
  judgeModel: 'judge-model',
  judgeTimeoutMs: 400,
  judgeMaxRetries: 1,
  judgeCallsPerHour: 0,
  ...over,
});

async function send(server: TestServer, body: string): Promise<Response> {
  const res = await fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  expect(res.status).toBe(200);
  return res;
}

const alertsOf = (server: TestServer, sid: string) => server.get<Alert[]>(`/api/sessions/${sid}/alerts`);
const highAlerts = (alerts: Alert[]) => alerts.filter((a) => a.severity === 'high' || a.severity === 'critical');

/** Waits until every high/critical alert of the session carries a judge result. */
async function judged(server: TestServer, sid: string, timeoutMs = 10_000): Promise<Alert[]> {
  return waitFor(async () => {
    const alerts = await alertsOf(server, sid);
    return highAlerts(alerts).length > 0 && highAlerts(alerts).every((a) => a.judge) ? alerts : undefined;
  }, timeoutMs, `judge result on ${sid}`);
}

describe('with no judge endpoint configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('is off, says so in the health endpoint, and everything else works', async () => {
    const health = await server.get<Health>('/api/health');
    expect(health.judge).toEqual({ enabled: false, reason: expect.stringMatching(/no judge model configured/) });
    await send(server, bankingSession('off-1', 1));
    const alerts = await waitFor(async () => highAlerts(await alertsOf(server, 'off-1')).length > 0 && alertsOf(server, 'off-1'), 5_000, 'alerts');
    expect(alerts.every((a) => a.judge === undefined)).toBe(true);
    const res = await fetch(`${server.httpUrl}/api/sessions/off-1/judge`, { method: 'POST' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ queued: false, reason: expect.stringMatching(/^the judge is off/) });
  });
});

describe('with a judge endpoint', () => {
  let server: TestServer;
  let socket: Socket;
  const live: Alert[] = [];
  beforeAll(async () => {
    server = await startTestServer(judgeConfig());
    socket = io(server.httpUrl, { transports: ['websocket'], reconnection: false });
    socket.on('v1:alert', (a: Alert) => live.push(a));
    await new Promise<void>((r) => socket.once('connect', () => r()));
  });
  afterAll(async () => {
    socket?.close();
    await server?.stop();
  });
  beforeEach(() => routes.clear());

  const SEND_SPAN = hex(31 * 100 + 3, 16); // the send_money span of session v-1

  it('puts a verdict with model, latency and tokens on the alerts and pushes it on the live bus', async () => {
    routes.set('v-1', [{ ...verdictReply({ implicatedAgents: ['assistant'], implicatedSpans: [SEND_SPAN, 'ffffffffffffffff'] }), usage: { prompt_tokens: 1200, completion_tokens: 90, total_tokens: 1290 } }]);
    await send(server, bankingSession('v-1', 31));
    const alerts = await judged(server, 'v-1');
    const critical = alerts.find((a) => a.ruleId === 'injection_propagation')!;
    expect(critical.judge).toMatchObject({
      verdict: 'malicious',
      category: 'injection_propagation',
      confidence: 0.9,
      implicatedAgents: ['assistant'],
      implicatedSpans: [SEND_SPAN],
      model: 'judge-model',
      tokens: { prompt: 1200, completion: 90, total: 1290 },
    });
    expect((critical.judge as JudgeVerdictView).latencyMs).toBeGreaterThanOrEqual(0);
    // Every open finding of the session was in the case and carries the verdict.
    expect(alerts.every((a) => (a.judge as JudgeVerdictView | undefined)?.verdict === 'malicious')).toBe(true);
    expect(requestsFor('v-1')).toHaveLength(1);
    await waitFor(() => live.some((a) => a.id === critical.id && a.judge), 5_000, 'v1:alert with the verdict');
    const health = await server.get<Health>('/api/health');
    expect(health.judge).toMatchObject({ enabled: true, model: 'judge-model', responseFormat: 'json_schema', minSeverity: 'high' });
    expect(JSON.stringify(health.judge)).not.toContain('sk-test');
  });

  it('retries a reply that fails the schema once, then records judge_error and leaves the rule alert as it was', async () => {
    routes.set('bad-1', [{ content: '{"verdict": "malicious", "confid' }, verdictReply({ confidence: 85 })]);
    await send(server, bankingSession('bad-1', 32));
    const alerts = await judged(server, 'bad-1');
    const reqs = requestsFor('bad-1');
    expect(reqs).toHaveLength(2);
    expect(reqs[1].body.messages.at(-1)).toEqual({ role: 'user', content: REPAIR_MESSAGE });
    const critical = alerts.find((a) => a.ruleId === 'injection_propagation')!;
    expect(critical).toMatchObject({ severity: 'critical', status: 'open', category: 'injection_propagation' });
    expect(critical.disputed).toBeUndefined();
    expect((critical.judge as JudgeErrorView).error).toMatch(/^invalid_reply: schema: confidence/);
    expect(alerts.map((a) => a.ruleId).sort()).toEqual(['injection_content', 'injection_propagation']);
  });

  it.each([
    ['repeated 500s', [errorReply(500, 'boom'), errorReply(500, 'boom')], /^http_500/],
    ['replies slower than the timeout', [{ ...verdictReply(), delayMs: 1_500 }, { ...verdictReply(), delayMs: 1_500 }], /^timeout/],
  ])('records %s as judge_error without dropping or altering the alert', async (_name, replies, error) => {
    const sid = `fail-${String(error).slice(2, 6)}`;
    routes.set(sid, replies as FakeReply[]);
    await send(server, bankingSession(sid, sid === 'fail-http' ? 41 : 42));
    const alerts = await judged(server, sid);
    const critical = alerts.find((a) => a.ruleId === 'injection_propagation')!;
    expect(critical).toMatchObject({ severity: 'critical', status: 'open' });
    expect((critical.judge as JudgeErrorView).error).toMatch(error);
    expect(requestsFor(sid)).toHaveLength(2);
    const metrics = await (await fetch(`${server.httpUrl}/metrics`)).text();
    expect(metrics).toMatch(/sentinel_judge_errors_total\{kind="(http_500|timeout)"\} [1-9]/);
    // The health endpoint names the last failure (the dashboard's header shows it).
    const { judge } = await server.get<Health>('/api/health');
    expect(judge.enabled && judge.lastError).toMatchObject({ sessionId: sid, error: expect.stringMatching(error) });
  });

  it('waits out a 429 and then lands the verdict', async () => {
    routes.set('rl-1', [errorReply(429, 'rate limited', { 'retry-after-ms': '20' }), verdictReply({ verdict: 'suspicious' })]);
    await send(server, bankingSession('rl-1', 50));
    const alerts = await judged(server, 'rl-1');
    expect(highAlerts(alerts)[0].judge).toMatchObject({ verdict: 'suspicious' });
  });

  it('marks a rule alert disputed on a benign verdict, and keeps it open', async () => {
    routes.set('ben-1', [verdictReply({ verdict: 'benign', category: 'none', confidence: 0.7 })]);
    await send(server, bankingSession('ben-1', 51));
    const alerts = await judged(server, 'ben-1');
    for (const a of alerts) expect(a).toMatchObject({ status: 'open', disputed: true, judge: { verdict: 'benign' } });
    expect(highAlerts(alerts)[0].severity).toBe('critical');
  });

  it('judges a session once per state, and again when a new finding arrives', async () => {
    await send(server, bankingSession('st-1', 52));
    await judged(server, 'st-1');
    await send(server, bankingSession('st-1', 52)); // the exporter retried: same spans, nothing new
    await new Promise((r) => setTimeout(r, 300));
    expect(requestsFor('st-1')).toHaveLength(1);
    await send(server, bankingSession('st-1', 52, 1)); // a second transfer to the attacker
    await waitFor(() => requestsFor('st-1').length === 2, 5_000, 'a second judge call');
    const alerts = await judged(server, 'st-1');
    expect(highAlerts(alerts).length).toBeGreaterThan(1);
  });

  it('judges again on demand (POST /api/sessions/:id/judge)', async () => {
    await send(server, bankingSession('od-1', 53));
    const before = await judged(server, 'od-1');
    routes.set('od-1', [verdictReply({ verdict: 'suspicious', rationale: 'asked again' })]);
    const res = await fetch(`${server.httpUrl}/api/sessions/od-1/judge`, { method: 'POST' });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ queued: true });
    const after = await waitFor(async () => {
      const a = highAlerts(await alertsOf(server, 'od-1'))[0];
      return (a.judge as JudgeVerdictView).rationale === 'asked again' ? a : undefined;
    }, 5_000, 'the new verdict');
    expect(after.judge!.judgedAt > highAlerts(before)[0].judge!.judgedAt).toBe(true);
    expect(requestsFor('od-1')).toHaveLength(2);
  });

  it('never makes ingest wait for the judge', async () => {
    routes.set('slow-1', [{ ...verdictReply(), delayMs: 350 }]);
    const t0 = performance.now();
    await send(server, bankingSession('slow-1', 54));
    expect(performance.now() - t0).toBeLessThan(300);
    await judged(server, 'slow-1');
  });
});

describe('when the budget or the queue is exhausted', () => {
  let server: TestServer;
  afterAll(async () => {
    await server?.stop();
  });

  it('drops sessions past the hourly call budget with a reason and a metric, and keeps their alerts', async () => {
    server = await startTestServer(judgeConfig({ judgeCallsPerHour: 1 }));
    await send(server, bankingSession('bud-1', 60));
    await judged(server, 'bud-1');
    await send(server, bankingSession('bud-2', 61));
    await waitFor(async () => (await (await fetch(`${server.httpUrl}/metrics`)).text()).includes('sentinel_judge_dropped_total{reason="budget_calls"} 1'), 5_000, 'the drop metric');
    const alerts = await alertsOf(server, 'bud-2');
    expect(highAlerts(alerts).length).toBeGreaterThan(0);
    expect(alerts.every((a) => a.judge === undefined && a.status === 'open')).toBe(true);
    const health = await server.get<Health>('/api/health');
    expect(health.judge).toMatchObject({ dropped: { budget_calls: 1 }, budget: { calls: 1, callsPerHour: 1 } });
    const res = await fetch(`${server.httpUrl}/api/sessions/bud-2/judge`, { method: 'POST' });
    expect(await res.json()).toEqual({ queued: false, reason: 'budget_calls' });
    expect(requestsFor('bud-2')).toHaveLength(0);
  });

  it('drops sessions past the queue size with a reason and a metric', async () => {
    await server?.stop();
    server = await startTestServer(judgeConfig({ judgeQueueSize: 1, judgeMaxConcurrency: 1, judgeTimeoutMs: 5_000 }));
    for (const sid of ['q-1', 'q-2', 'q-3']) routes.set(sid, [{ ...verdictReply(), delayMs: 400 }]);
    // One request, three sessions: one in flight, one waiting, one over the limit.
    const body = JSON.parse(bankingSession('q-1', 70));
    for (const [sid, n] of [['q-2', 71], ['q-3', 72]] as const) body.resourceSpans.push(...JSON.parse(bankingSession(sid, n)).resourceSpans);
    await send(server, JSON.stringify(body));
    await waitFor(async () => (await (await fetch(`${server.httpUrl}/metrics`)).text()).includes('sentinel_judge_dropped_total{reason="queue_full"} 1'), 5_000, 'the drop metric');
    const judgedCount = async () => (await Promise.all(['q-1', 'q-2', 'q-3'].map((s) => alertsOf(server, s)))).filter((as) => highAlerts(as).every((a) => a.judge)).length;
    await waitFor(async () => (await judgedCount()) === 2, 5_000, 'two sessions judged');
  });
});
