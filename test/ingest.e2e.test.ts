// End to end: real OTel exporters (proto, JSON, gRPC) → real server → the session graph over REST, plus bad input.
import { gzipSync } from 'node:zlib';
import { context, trace } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedGraph } from 'graphology-types';
import type { Health, SessionSummary, SpanView } from '../server/src/contract/api-types.ts';
import { EXPECTED_EDGES, EXPECTED_NODES, exporterFor, sendMultiAgentSession, testTracer, type Convention, type Protocol } from './support/otel-session.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ maxBodyBytes: 256 * 1024, maxDecompressedBytes: 1024 * 1024 });
});
afterAll(async () => {
  await server?.stop();
});

async function graphOf(sessionId: string): Promise<SerializedGraph> {
  await waitFor(async () => (await server.get<SessionSummary>(`/api/sessions/${sessionId}`)).nodeCount === EXPECTED_NODES.length, 10_000, `session ${sessionId}`);
  return server.get<SerializedGraph>(`/api/sessions/${sessionId}/graph`);
}

const cases: [Protocol, Convention][] = [
  ['proto', 'openinference'],
  ['proto', 'genai'],
  ['json', 'openinference'],
  ['json', 'genai'],
  ['grpc', 'openinference'],
  ['grpc', 'genai'],
];

describe('OTLP ingest → session graph', () => {
  it.each(cases)('builds the exact graph from spans sent over %s with %s attributes', async (protocol, convention) => {
    const sessionId = `s-${protocol}-${convention}`;
    const sent = await sendMultiAgentSession(exporterFor(protocol, server.httpUrl, server.grpcUrl), { app: 'travel-agent', sessionId, convention });
    const g = await graphOf(sessionId);
    expect(g.nodes.map((n) => n.key).sort()).toEqual(EXPECTED_NODES);
    expect(Object.fromEntries(g.edges.map((e) => [e.key, (e.attributes as { count: number }).count]))).toEqual(EXPECTED_EDGES);
    const summary = await server.get<SessionSummary>(`/api/sessions/${sessionId}`);
    expect(summary).toMatchObject({ app: 'travel-agent', spanCount: sent, agents: ['mailer', 'orchestrator', 'planner'] });
    const spans = await server.get<{ spanId: string }[]>(`/api/sessions/${sessionId}/spans`);
    expect(spans).toHaveLength(sent);
  });
});

describe('content the rules read', () => {
  // The same page fetched in two sessions of an app: the second is not scanned again, and health says so.
  it('is read once: a page fetched again in another session is found among what the rules keep', async () => {
    const before = (await server.get<Health>('/api/health')).rules;
    const page = `Opening hours of the Harbour Street branch. ${'The branch is open on weekdays from nine to five and on Saturdays until noon; parking is free for customers. '.repeat(8)}`;
    const { tracer, provider } = testTracer(exporterFor('proto', server.httpUrl), 'branch-helper');
    for (const sessionId of ['s-kept-1', 's-kept-2']) {
      const agent = tracer.startSpan('helper', { attributes: { 'session.id': sessionId, 'openinference.span.kind': 'AGENT', 'agent.name': 'helper', 'input.value': 'When is the Harbour Street branch open?' } });
      const ctx = trace.setSpan(context.active(), agent);
      tracer.startSpan('fetch_page', { attributes: { 'session.id': sessionId, 'openinference.span.kind': 'TOOL', 'tool.name': 'fetch_page', 'input.value': '{"url":"https://bank.example/branches/harbour"}', 'output.value': page } }, ctx).end();
      agent.end();
      await provider.forceFlush();
      await waitFor(async () => (await server.get<SessionSummary>(`/api/sessions/${sessionId}`)).spanCount === 2, 10_000, sessionId);
    }
    const after = (await server.get<Health>('/api/health')).rules;
    if (!after.enabled || !before.enabled) throw new Error('rules are off');
    expect(after.contentKept).toBeDefined();
    expect(after.contentKept!.hits - (before.contentKept?.hits ?? 0)).toBeGreaterThanOrEqual(1);
    expect(after.contentKept!.texts).toBeGreaterThanOrEqual(1);
    expect(after.contentKept!.chars).toBeGreaterThanOrEqual(page.length);
  });
});

describe('span links and events', () => {
  // An agent woken by a queued message runs in a trace of its own and links to the span that sent the message.
  it.each(['proto', 'json'] as const)('keeps them over %s: in the spans, their raw view and the session export', async (protocol) => {
    const sessionId = `s-links-${protocol}`;
    const { tracer, provider } = testTracer(exporterFor(protocol, server.httpUrl), 'queue-team');
    const sender = tracer.startSpan('orchestrator', { attributes: { 'session.id': sessionId, 'openinference.span.kind': 'AGENT', 'agent.name': 'orchestrator' } });
    sender.addEvent('exception', { 'exception.message': 'queue full, retried' });
    sender.end();
    const woken = tracer.startSpan('reviewer', {
      root: true,
      attributes: { 'session.id': sessionId, 'openinference.span.kind': 'AGENT', 'agent.name': 'reviewer' },
      links: [{ context: sender.spanContext(), attributes: { 'messaging.operation': 'process' } }],
    });
    woken.end();
    await provider.forceFlush();
    await waitFor(async () => (await server.get<SessionSummary>(`/api/sessions/${sessionId}`)).spanCount === 2, 10_000, sessionId);
    const spans = await server.get<SpanView[]>(`/api/sessions/${sessionId}/spans?raw=1`);
    const reviewer = spans.find((s) => s.name === 'reviewer')!;
    const { traceId, spanId } = sender.spanContext();
    expect(reviewer.links).toEqual([{ traceId, spanId, attributes: { 'messaging.operation': 'process' } }]);
    expect(spans.find((s) => s.name === 'orchestrator')).toMatchObject({ events: [{ name: 'exception', attributes: { 'exception.message': 'queue full, retried' } }] });
    expect(spans.find((s) => s.name === 'orchestrator')!.links).toBeUndefined();
    const exported = JSON.stringify(await server.get<unknown>(`/api/sessions/${sessionId}/export`));
    expect(exported).toContain(`"links":[{"traceId":"${traceId}","spanId":"${spanId}"`);
    // The woken agent is the orchestrator's message's, not the user's.
    const edges = (await server.get<SerializedGraph>(`/api/sessions/${sessionId}/graph`)).edges.map((e) => e.key).sort();
    expect(edges).toEqual(['message:agent:orchestrator->agent:reviewer', 'request:user->agent:orchestrator']);
  });
});

describe('bad input', () => {
  const post = (body: Buffer | string, headers: Record<string, string>) => fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', body, headers });
  const validJson = (spanId: string, traceId = '5b8efff798038103d269b633813fc60c') =>
    JSON.stringify({
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'bad-input-app' } }] },
          scopeSpans: [{ spans: [{ traceId, spanId, name: 'tool', kind: 1, startTimeUnixNano: '1700000000000000000', endTimeUnixNano: '1700000000100000000', attributes: [{ key: 'session.id', value: { stringValue: 'bad-input-session' } }] }] }],
        },
      ],
    });

  it('answers 400 with a plain reason for a truncated protobuf body', async () => {
    // A valid ExportTraceServiceRequest prefix: field 1 (resource_spans), length 200, then only 3 bytes.
    const res = await post(Buffer.from([0x0a, 0xc8, 0x01, 0x0a, 0x02, 0x0a]), { 'content-type': 'application/x-protobuf' });
    expect(res.status).toBe(400);
  });

  it('answers 400 for invalid JSON and says where it broke', async () => {
    const res = await post('{"resourceSpans": [', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string };
    expect(body.message).toMatch(/JSON/i);
  });

  it('answers 415 for a content type that is not OTLP', async () => {
    const res = await post('hello', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
  });

  it('answers 413 for a body over the limit', async () => {
    const res = await post(Buffer.alloc(300 * 1024, 1), { 'content-type': 'application/x-protobuf' });
    expect(res.status).toBe(413);
  });

  it('answers bad logs exports (/v1/logs) as it answers bad trace exports, and a good one with an empty success', async () => {
    const logs = (body: Buffer | string, headers: Record<string, string>) => fetch(`${server.httpUrl}/v1/logs`, { method: 'POST', body, headers });
    expect((await logs(Buffer.from([0x0a, 0xc8, 0x01, 0x0a]), { 'content-type': 'application/x-protobuf' })).status).toBe(400);
    const broken = await logs('{"resourceLogs": [', { 'content-type': 'application/json' });
    expect([broken.status, ((await broken.json()) as { message: string }).message]).toEqual([400, expect.stringMatching(/JSON/)]);
    expect((await logs('hello', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await logs(Buffer.alloc(300 * 1024, 1), { 'content-type': 'application/x-protobuf' })).status).toBe(413);
    const ok = await logs(JSON.stringify({ resourceLogs: [{ scopeLogs: [{ logRecords: [{ body: { stringValue: 'GET /health 200' } }] }] }] }), { 'content-type': 'application/json' });
    expect([ok.status, await ok.json()]).toEqual([200, {}]);
  });

  it('answers 413 for a gzip bomb instead of inflating it', async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(256 * 1024);
    const res = await post(bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(res.status).toBe(413);
  });

  it('rejects spans with bad ids in partial_success and accepts the rest', async () => {
    const body = JSON.parse(validJson('1111111111111111')) as { resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[] };
    const spans = body.resourceSpans[0].scopeSpans[0].spans;
    spans.push({ ...spans[0], spanId: 'abc' }, { ...spans[0], spanId: '2222222222222222', traceId: '00000000000000000000000000000000' });
    const res = await post(JSON.stringify(body), { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    const out = (await res.json()) as { partialSuccess?: { rejectedSpans?: string | number; errorMessage?: string } };
    expect(Number(out.partialSuccess?.rejectedSpans)).toBe(2);
    expect(out.partialSuccess?.errorMessage).toMatch(/spanId|traceId/);
    const stored = await server.get<{ spanId: string }[]>('/api/sessions/bad-input-session/spans');
    expect(stored.map((s) => s.spanId)).toEqual(['1111111111111111']);
  });

  it('stays up and keeps what it accepted before the bad requests', async () => {
    const health = await server.get<Health>('/api/health');
    expect(health.status).toBe('ok');
    expect(health.rules).toMatchObject({ enabled: true, runsOn: 'rule thread', pendingSpans: 0 });
    expect(health.storedSpans).toBeGreaterThanOrEqual(cases.length * 10);
    const res = await post(gzipSync(validJson('3333333333333333')), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(res.status).toBe(200);
  });

  it('rejects a span timed past what the store keeps on its own, and commits the requests beside it', async () => {
    const doc = (spanId: string, session: string, end: string) => validJson(spanId).replace('bad-input-session', session).replace('"1700000000100000000"', `"${end}"`);
    // uint64 allows it; SQLite's integers stop at 2^63 - 1. Sent together, the two land in one group commit.
    const [bad, good] = await Promise.all([
      post(doc('4444444444444444', 'u64-bad', '18446744073709551615'), { 'content-type': 'application/json' }),
      post(doc('5555555555555555', 'u64-victim', '1700000000100000000'), { 'content-type': 'application/json' }),
    ]);
    expect(bad.status).toBe(200);
    const out = (await bad.json()) as { partialSuccess?: { rejectedSpans?: string; errorMessage?: string } };
    expect(out.partialSuccess).toMatchObject({ rejectedSpans: '1', errorMessage: expect.stringMatching(/endTimeUnixNano 18446744073709551615 is past/) });
    expect(good.status).toBe(200);
    expect((await server.get<{ spanId: string }[]>('/api/sessions/u64-victim/spans')).map((s) => s.spanId)).toEqual(['5555555555555555']);
  });

  it('reads OTLP/JSON as protobuf JSON parsers do: times as JSON numbers, attribute values by their proto names', async () => {
    const body = JSON.parse(validJson('6666666666666666')) as { resourceSpans: { resource: { attributes: unknown[] }; scopeSpans: { spans: Record<string, unknown>[] }[] }[] };
    const span = body.resourceSpans[0].scopeSpans[0].spans[0];
    // Past 2^53 (every time in nanoseconds is): JSON.parse rounds it, to within a microsecond.
    span.startTimeUnixNano = 1700000000000000000;
    span.endTimeUnixNano = 1700000000100000000;
    span.attributes = [{ key: 'session.id', value: { string_value: 'snake-values' } }, { key: 'retries', value: { int_value: '2' } }];
    body.resourceSpans[0].resource.attributes = [{ key: 'service.name', value: { string_value: 'snake-app' } }];
    const res = await post(JSON.stringify(body), { 'content-type': 'application/json' });
    expect(await res.json()).toEqual({});
    const [stored] = await server.get<SpanView[]>('/api/sessions/snake-values/spans?raw=1');
    expect(stored).toMatchObject({ app: 'snake-app', attributes: { retries: 2 } });
    expect(Math.abs(Number(BigInt(stored.start) - 1700000000000000000n))).toBeLessThan(1000);
  });

  it('shows bytes values as base64 in the raw view, on the span and on its resource', async () => {
    const body = JSON.parse(validJson('7777777777777777').replace('bad-input-session', 'bytes-session')) as { resourceSpans: { resource: { attributes: unknown[] }; scopeSpans: { spans: { attributes: unknown[] }[] }[] }[] };
    body.resourceSpans[0].resource.attributes.push({ key: 'host.key', value: { bytesValue: Buffer.from('hi').toString('base64') } });
    body.resourceSpans[0].scopeSpans[0].spans[0].attributes.push({ key: 'payload', value: { bytesValue: Buffer.from('yo').toString('base64') } });
    expect((await post(JSON.stringify(body), { 'content-type': 'application/json' })).status).toBe(200);
    const [stored] = await server.get<SpanView[]>('/api/sessions/bytes-session/spans?raw=1');
    expect(stored.attributes).toMatchObject({ payload: { $bytes: 'eW8=' } });
    expect(stored.resource).toMatchObject({ 'host.key': { $bytes: 'aGk=' } });
    expect(JSON.stringify(await server.get<unknown>('/api/sessions/bytes-session/export'))).toContain('{"key":"host.key","value":{"bytesValue":"aGk="}}');
  });

  it('answers in the encoding of the request whatever its case, and in JSON for what it does not serve', async () => {
    const big = await post('x'.repeat(300 * 1024), { 'content-type': 'Application/JSON' });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/json/);
    const metrics = await fetch(`${server.httpUrl}/v1/metrics`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(metrics.status).toBe(404);
    // /v1/logs is served: the 404 of what is not must not say it is not.
    expect(await metrics.json()).toEqual({ error: 'not_found', message: 'Sentinel receives OTLP traces and logs (POST /v1/traces, POST /v1/logs); /v1/metrics is not served' });
    expect((await fetch(`${server.httpUrl}/v1/metrics`)).status).toBe(404);
    for (const path of ['/v1/traces', '/v1/logs']) {
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const res = await fetch(`${server.httpUrl}${path}`, { method });
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get('allow')).toBe('POST');
        expect(await res.json()).toMatchObject({ error: 'method_not_allowed', message: `${method} ${path}: OTLP ${path.slice(4)} are sent with POST` });
      }
    }
  });

  it('keeps every span of a session whose traces number their spans from 1 (a generator, one trace per turn)', async () => {
    const turn = (trace: string, tool: string) => ({
      resourceSpans: [{
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'counted-app' } }] },
        scopeSpans: [{ spans: [
          { traceId: trace, spanId: '0000000000000001', name: 'assistant', kind: 1, startTimeUnixNano: '1700000000000000000', endTimeUnixNano: '1700000000900000000', attributes: [{ key: 'session.id', value: { stringValue: 'counted' } }, { key: 'openinference.span.kind', value: { stringValue: 'AGENT' } }, { key: 'agent.name', value: { stringValue: 'assistant' } }] },
          { traceId: trace, spanId: '0000000000000002', parentSpanId: '0000000000000001', name: tool, kind: 1, startTimeUnixNano: '1700000000100000000', endTimeUnixNano: '1700000000200000000', attributes: [{ key: 'session.id', value: { stringValue: 'counted' } }, { key: 'openinference.span.kind', value: { stringValue: 'TOOL' } }, { key: 'tool.name', value: { stringValue: tool } }] },
        ] }],
      }],
    });
    for (const [trace, tool] of [['11'.repeat(16), 'search'], ['22'.repeat(16), 'send_email'], ['11'.repeat(16), 'search']] as const) {
      expect((await post(JSON.stringify(turn(trace, tool)), { 'content-type': 'application/json' })).status).toBe(200);
    }
    // The third post resends the first turn: a resend still counts once.
    const spans = await server.get<{ spanId: string; parentSpanId?: string }[]>('/api/sessions/counted/spans');
    expect(spans).toHaveLength(4);
    expect(new Set(spans.map((s) => s.spanId)).size).toBe(4);
    const g = await server.get<SerializedGraph>('/api/sessions/counted/graph');
    expect(g.nodes.map((n) => n.key).sort()).toEqual(['agent:assistant', 'tool:search', 'tool:send_email', 'user']);
  });

  it('answers API errors as {error, message} with the right status', async () => {
    const res = await fetch(`${server.httpUrl}/api/sessions/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
    const bad = await fetch(`${server.httpUrl}/api/sessions?limit=abc`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'validation_error' });
  });
});
