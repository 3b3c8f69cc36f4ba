// Access control end to end: ingest keys bound to apps (HTTP and gRPC), read/admin API tokens, socket.io, exposure check.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { Alert, SessionSummary } from '../server/src/contract/api-types.ts';
import { startSentinel } from '../server/src/app.ts';
import { exporterFor, sendMultiAgentSession } from './support/otel-session.ts';
import { hex, otlpJson } from './support/otlp-json.ts';
import { runSentinel } from './support/spawn-server.ts';
import { startTestServer, tempDir, waitFor, type TestServer } from './support/server.ts';

const TRAVEL_KEY = 'travel-key-0123456789abcdef';
const ANY_KEY = 'any-app-key-0123456789abcdef';
const ADMIN = 'admin-token-0123456789abcdef';
const READER = 'read-token-0123456789abcdef';

let server: TestServer;
beforeAll(async () => {
  const dir = tempDir();
  const keysFile = join(dir, 'keys.yaml');
  writeFileSync(keysFile, `keys:\n  - name: travel\n    key: ${TRAVEL_KEY}\n    apps: [travel-agent]\n`);
  server = await startTestServer({ ingestKeysFile: keysFile, ingestKeys: ANY_KEY, adminTokens: ADMIN, readTokens: READER });
});
afterAll(async () => {
  await server?.stop();
});

const api = (path: string, token?: string, init: RequestInit = {}) =>
  fetch(server.httpUrl + path, { ...init, headers: { ...(init.headers as Record<string, string>), ...(token ? { authorization: `Bearer ${token}` } : {}) } });

/** Two spans of one session: an agent and its tool call. */
function otlpJsonBody(opts: { app: string; sessionId: string }): string {
  const traceId = Buffer.from(opts.sessionId.padEnd(16, '.')).subarray(0, 16).toString('hex');
  const attrs = { 'session.id': opts.sessionId, 'openinference.span.kind': 'AGENT', 'agent.name': 'planner' };
  return otlpJson(opts.app, [
    { traceId, spanId: '00000000000000a1', name: 'planner', startNs: 1_700_000_000_000_000_000n, attributes: attrs },
    { traceId, spanId: '00000000000000a2', parentSpanId: '00000000000000a1', name: 'search', startNs: 1_700_000_000_100_000_000n, attributes: { 'session.id': opts.sessionId, 'openinference.span.kind': 'TOOL', 'tool.name': 'search' } },
  ]);
}

const summary = async (id: string) => {
  const res = await api(`/api/sessions/${id}`, READER);
  return res.ok ? ((await res.json()) as SessionSummary) : undefined;
};

describe('ingest keys', () => {
  it('accepts spans of the apps a key is bound to, over HTTP and gRPC', async () => {
    const sent = await sendMultiAgentSession(exporterFor('proto', server.httpUrl, undefined, { authorization: `Bearer ${TRAVEL_KEY}` }), { app: 'travel-agent', sessionId: 'auth-http', convention: 'openinference' });
    await sendMultiAgentSession(exporterFor('grpc', server.httpUrl, server.grpcUrl, { authorization: `Bearer ${TRAVEL_KEY}` }), { app: 'travel-agent', sessionId: 'auth-grpc', convention: 'openinference' });
    await expect(sendMultiAgentSession(exporterFor('grpc', server.httpUrl, server.grpcUrl), { app: 'travel-agent', sessionId: 'auth-grpc-nokey', convention: 'openinference' })).rejects.toBeDefined();
    await waitFor(async () => (await summary('auth-http'))?.spanCount === sent && (await summary('auth-grpc'))?.spanCount === sent, 10_000, 'both sessions');
    expect(await summary('auth-grpc-nokey')).toBeUndefined();
  });

  it('rejects a request without a key or with a wrong one (401), storing nothing', async () => {
    const body = otlpJsonBody({ app: 'travel-agent', sessionId: 'auth-nokey' });
    for (const headers of [{}, { authorization: 'Bearer wrong-key-0123456789abcdef' }] as Record<string, string>[]) {
      const res = await fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      expect(res.status).toBe(401);
    }
    expect(await summary('auth-nokey')).toBeUndefined();
  });

  it('rejects spans of other apps in partial_success and keeps the allowed ones', async () => {
    const allowed = JSON.parse(otlpJsonBody({ app: 'travel-agent', sessionId: 'auth-mixed' })) as { resourceSpans: unknown[] };
    const other = JSON.parse(otlpJsonBody({ app: 'payments', sessionId: 'auth-other' })) as { resourceSpans: unknown[] };
    const body = JSON.stringify({ resourceSpans: [...allowed.resourceSpans, ...other.resourceSpans] });
    const res = await fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': TRAVEL_KEY }, body });
    expect(res.status).toBe(200);
    const out = (await res.json()) as { partialSuccess?: { rejectedSpans: string; errorMessage: string } };
    expect(Number(out.partialSuccess?.rejectedSpans)).toBeGreaterThan(0);
    expect(out.partialSuccess?.errorMessage).toMatch(/payments/);
    await waitFor(async () => (await summary('auth-mixed')) !== undefined, 10_000, 'allowed session');
    expect(await summary('auth-other')).toBeUndefined();
  });

  it('lets a key configured for every app write any app', async () => {
    const res = await fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${ANY_KEY}` }, body: otlpJsonBody({ app: 'payments', sessionId: 'auth-any' }) });
    expect(res.status).toBe(200);
    await waitFor(async () => (await summary('auth-any')) !== undefined, 10_000, 'session of any app');
  });
});

describe('API tokens and roles', () => {
  it('refuses the API, metrics and socket.io without a token', async () => {
    expect((await api('/api/sessions')).status).toBe(401);
    expect((await api('/metrics')).status).toBe(401);
    const socket = io(server.httpUrl, { transports: ['websocket'], reconnection: false });
    const err = await new Promise<Error>((resolve) => socket.on('connect_error', resolve));
    socket.close();
    expect(err.message).toMatch(/unauthorized/);
  });

  it('lets a read token look but not change state; an admin token may', async () => {
    expect((await api('/api/sessions', READER)).status).toBe(200);
    const { items } = (await (await api('/api/alerts', READER)).json()) as { items: Alert[] };
    const patch = (token: string, id: string) => api(`/api/alerts/${id}`, token, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 'acknowledged' }) });
    // Any alert id: the role check comes before the lookup, so a read token is refused either way.
    const id = items[0]?.id ?? 'no-such-alert';
    expect((await patch(READER, id)).status).toBe(403);
    expect([200, 404]).toContain((await patch(ADMIN, id)).status);
    expect((await api('/api/sessions/auth-http/judge', READER, { method: 'POST' })).status).toBe(403);
  });

  it('lets socket.io connect with a token', async () => {
    const socket = io(server.httpUrl, { transports: ['websocket'], reconnection: false, auth: { token: READER } });
    await new Promise<void>((resolve, reject) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', reject);
    });
    socket.close();
  });
});

describe('exposure', () => {
  it('refuses to listen on a public address without authentication, and says what to configure', async () => {
    await expect(startSentinel({ host: '0.0.0.0', port: 0, grpcPort: -1, dataDir: tempDir() }, {})).rejects.toThrow(/refusing to listen on 0\.0\.0\.0 without authentication/);
  });
});

describe('the CLI with an ingest key, as the 401 advises (OTEL_EXPORTER_OTLP_HEADERS)', () => {
  const oneFile = () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'run.json'), otlpJson('payments', [{ traceId: hex(77, 32), spanId: hex(7701, 16), name: 'agent', startNs: 1_700_000_000_000_000_000n, attributes: { 'session.id': 'cli-key', 'openinference.span.kind': 'AGENT', 'agent.name': 'agent' } }]));
    return dir;
  };

  it('replay sends the key from OTEL_EXPORTER_OTLP_HEADERS (percent-encoded, as the SDKs read it); without it, a 401', async () => {
    const dir = oneFile();
    const refused = await runSentinel({ OTEL_EXPORTER_OTLP_HEADERS: '' }, 'replay', '--endpoint', server.httpUrl, dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('HTTP 401');
    const sent = await runSentinel({ OTEL_EXPORTER_OTLP_HEADERS: `authorization=Bearer%20${ANY_KEY}` }, 'replay', '--endpoint', `${server.httpUrl}/v1/traces`, dir);
    expect(sent.stderr).toBe('');
    expect(sent.status).toBe(0);
    expect(sent.stdout).toContain('replayed 1/1 files');
    await waitFor(async () => (await api('/api/sessions/cli-key', ADMIN)).status === 200);
  });

  it('eval against a running server sends its headers with the spans and the API reads', async () => {
    const dir = oneFile();
    writeFileSync(join(dir, 'labels.jsonl'), `${JSON.stringify({ id: 'cli-key-eval', file: 'run.json', suite: 'payments', attacked: false, attackSucceeded: false })}\n`);
    writeFileSync(join(dir, 'run.json'), otlpJson('payments', [{ traceId: hex(78, 32), spanId: hex(7801, 16), name: 'agent', startNs: 1_700_000_000_000_000_000n, attributes: { 'session.id': 'cli-key-eval', 'openinference.span.kind': 'AGENT', 'agent.name': 'agent' } }]));
    // The server locks both doors: the ingest key with the spans, a read token with the reads.
    const noToken = await runSentinel({ OTEL_EXPORTER_OTLP_HEADERS: '' }, 'eval', '--corpus', dir, '--server', server.httpUrl, '--header', `authorization=Bearer ${ANY_KEY}`, '--no-graph');
    expect(noToken.status).not.toBe(0);
    expect(noToken.stderr).toContain('HTTP 401');
    const ok = await runSentinel({ OTEL_EXPORTER_OTLP_HEADERS: `authorization=Bearer%20${ANY_KEY}` }, 'eval', '--corpus', dir, '--server', server.httpUrl, '--token', READER, '--no-graph');
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('1 labeled sessions');
  });
});

