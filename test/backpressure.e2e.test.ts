// Overload answers: 503 + Retry-After instead of queueing without bound, for open requests and for the write queue.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { otlpJson } from './support/otlp-json.ts';
import { startTestServer, waitFor, type TestServer } from './support/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

const body = (spanId: string, extra = 0): string =>
  otlpJson('bp-app', [
    { traceId: 'ab'.repeat(16), spanId, name: 'agent', startNs: 1_700_000_000_000_000_000n, attributes: { 'session.id': 'bp', 'agent.name': 'a' } },
    ...Array.from({ length: extra }, (_, i) => ({ traceId: 'ab'.repeat(16), spanId: `f${(0xf000 + i).toString(16).padStart(15, '0')}`, parentSpanId: spanId, name: 'tool', startNs: 1_700_000_000_100_000_000n, attributes: { 'session.id': 'bp', 'tool.name': 't' } })),
  ]);

const post = (url: string, b: string) => fetch(`${url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b });

describe('backpressure', () => {
  it('refuses requests past maxInflightRequests with 503 + Retry-After, before reading their body, and recovers', async () => {
    server = await startTestServer({ maxInflightRequests: 1 });
    const url = new URL(server.httpUrl);
    // One request whose body never finishes holds the only slot.
    const held = http.request({ host: url.hostname, port: url.port, path: '/v1/traces', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100000' } });
    held.on('error', () => undefined);
    held.write('{"resourceSpans": [');
    await waitFor(async () => ((await server!.get<{ inflightRequests: number }>('/api/health')).inflightRequests === 1 ? true : undefined), 5_000, 'the held request');
    const refused = await post(server.httpUrl, body('00000000000000b1'));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { message: string }).message).toMatch(/saturated/);
    held.destroy();
    await waitFor(async () => ((await post(server!.httpUrl, body('00000000000000b2'))).status === 200 ? true : undefined), 5_000, 'recovery');
    const counters = await (await fetch(`${server.httpUrl}/metrics`)).text();
    expect(counters).toMatch(/sentinel_limit_hits_total\{limit="inflight_requests"\} [1-9]/);
  });

  it('refuses a batch that would overflow the write queue with 503 and stores none of it', async () => {
    server = await startTestServer({ maxPendingSpans: 3 });
    const res = await post(server.httpUrl, body('00000000000000c1', 5));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((await post(server.httpUrl, body('c0000000000000c2', 1))).status).toBe(200);
    const spans = await server.get<{ spanId: string }[]>('/api/sessions/bp/spans');
    expect(spans.map((s) => s.spanId).sort()).toEqual(['c0000000000000c2', 'f00000000000f000']);
  });
});
