// Overload answers: 503 + Retry-After instead of queueing without bound, for open requests and for the write queue;
// 413 for a request that could never fit in the queue.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeJsonExport } from '../server/src/otlp/index.ts';
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

  it('refuses a batch that would overflow the write queue others fill with a retryable 503 and stores none of it', async () => {
    server = await startTestServer({ maxPendingSpans: 4 });
    // Two batches accepted in one event-loop turn wait for the same commit: the second finds the first's 4 spans queued.
    const [first, second] = await Promise.allSettled([
      server.pipeline.ingest(decodeJsonExport(body('c0000000000000c1', 3))),
      server.pipeline.ingest(decodeJsonExport(body('c0000000000000c3'))),
    ]);
    expect(first).toMatchObject({ status: 'fulfilled', value: { rejectedSpans: 0 } });
    expect(second).toMatchObject({ status: 'rejected', reason: { status: 503, retryAfterSeconds: 1, message: expect.stringMatching(/queue full: 4 spans are waiting.*retry later/) } });
    expect((await server.get<{ spanId: string }[]>('/api/sessions/bp/spans')).map((s) => s.spanId)).not.toContain('c0000000000000c3');
    // Once the queue drains, the same batch fits.
    expect((await post(server.httpUrl, body('c0000000000000c3'))).status).toBe(200);
    const spans = await server.get<{ spanId: string }[]>('/api/sessions/bp/spans');
    expect(spans.map((s) => s.spanId).sort()).toEqual(['c0000000000000c1', 'c0000000000000c3', 'f00000000000f000', 'f00000000000f001', 'f00000000000f002']);
  });

  it('answers a request larger than the whole queue 413, not retryable, saying why (it got "retry later" forever) and stores none of it', async () => {
    server = await startTestServer({ maxPendingSpans: 3 });
    const res = await post(server.httpUrl, body('00000000000000c1', 5));
    expect(res.status).toBe(413);
    expect(res.headers.get('retry-after')).toBeNull();
    expect(((await res.json()) as { message: string }).message).toBe(
      'this request holds 6 spans, more than the ingest queue holds in all (--max-pending-spans / SENTINEL_MAX_PENDING_SPANS: 3): it can never be accepted; send smaller batches or raise the limit',
    );
    // As `sentinel replay` (an OTLP exporter) reads it: not among the codes it retries.
    expect([429, 502, 503, 504]).not.toContain(res.status);
    expect((await post(server.httpUrl, body('c0000000000000c2', 1))).status).toBe(200);
    const spans = await server.get<{ spanId: string }[]>('/api/sessions/bp/spans');
    expect(spans.map((s) => s.spanId).sort()).toEqual(['c0000000000000c2', 'f00000000000f000']);
  });
});
