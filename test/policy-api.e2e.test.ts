// The policy over the API: anyone with access reads it, only admins replace it; invalid files are refused
// with the reason and the old policy stays; a valid one is written and applied at once.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../server/src/contract/api-types.ts';
import { otlpJson } from './support/otlp-json.ts';
import { startTestServer, tempDir, waitFor, type TestServer } from './support/server.ts';

const ADMIN = 'admin-token-0123456789abcdef';
const READER = 'read-token-0123456789abcdef';
const ALLOW_ALL = 'version: 1\ndefaultToolAccess: allow\n';
const DENY_DELETE = 'version: 1\napps:\n  files-app:\n    defaultToolAccess: deny\n    agents:\n      clerk: { tools: [read_file] }\n';

let server: TestServer;
let file: string;
beforeAll(async () => {
  file = join(tempDir(), 'policy.yaml');
  writeFileSync(file, ALLOW_ALL);
  server = await startTestServer({ policyPath: file, adminTokens: ADMIN, readTokens: READER, ingestKeys: 'ingest-key-0123456789abcdef' });
});
afterAll(async () => {
  await server?.stop();
});

const call = (method: string, token: string, body?: unknown) =>
  fetch(`${server.httpUrl}/api/policy`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

function sendDelete(sessionId: string) {
  const traceId = 'cd'.repeat(16);
  return fetch(`${server.httpUrl}/v1/traces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer ingest-key-0123456789abcdef' },
    body: otlpJson('files-app', [
      { traceId, spanId: '00000000000000d1', name: 'clerk', startNs: 1_700_000_000_000_000_000n, attributes: { 'session.id': sessionId, 'openinference.span.kind': 'AGENT', 'agent.name': 'clerk' } },
      { traceId, spanId: '00000000000000d2', parentSpanId: '00000000000000d1', name: 'delete_file', startNs: 1_700_000_000_100_000_000n, attributes: { 'session.id': sessionId, 'openinference.span.kind': 'TOOL', 'tool.name': 'delete_file', 'input.value': '{"path":"/tmp/x"}' } },
    ]),
  });
}

describe('policy API', () => {
  it('lets a read token see the policy but not replace it', async () => {
    const doc = (await (await call('GET', READER)).json()) as { path: string; editable: boolean; text: string };
    expect(doc).toMatchObject({ path: file, editable: true, text: ALLOW_ALL });
    expect((await call('PUT', READER, { text: DENY_DELETE })).status).toBe(403);
    expect(readFileSync(file, 'utf8')).toBe(ALLOW_ALL);
  });

  it('refuses an invalid policy with where and why, and keeps the old one', async () => {
    const res = await call('PUT', ADMIN, { text: 'version: 1\ndefaultToolAccess: sometimes\n' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/defaultToolAccess/);
    expect(readFileSync(file, 'utf8')).toBe(ALLOW_ALL);
  });

  it('writes and applies a valid policy at once: a tool outside the new allow-list raises unauthorized_tool', async () => {
    expect((await sendDelete('before-edit')).status).toBe(200);
    const res = await call('PUT', ADMIN, { text: DENY_DELETE });
    expect(res.status).toBe(200);
    expect(readFileSync(file, 'utf8')).toBe(DENY_DELETE);
    expect((await sendDelete('after-edit')).status).toBe(200);
    const alertsOf = async (id: string) => (await (await fetch(`${server.httpUrl}/api/sessions/${id}/alerts`, { headers: { authorization: `Bearer ${READER}` } })).json()) as Alert[];
    const after = await waitFor(async () => {
      const a = await alertsOf('after-edit');
      return a.length > 0 ? a : undefined;
    }, 10_000, 'an alert under the new policy');
    expect(after.map((a) => a.category)).toContain('unauthorized_tool');
    expect((await alertsOf('before-edit')).map((a) => a.category)).not.toContain('unauthorized_tool');
  });

  it('reloads the file when it changes on disk; an invalid edit is rejected, reported in health, and the old policy stays', async () => {
    type Health = { policy: { loadedAt: string; lastReloadError?: string } };
    const health = async () => (await (await fetch(`${server.httpUrl}/api/health`, { headers: { authorization: `Bearer ${READER}` } })).json()) as Health;
    const before = (await health()).policy.loadedAt;
    writeFileSync(file, 'version: 1\ndefaultToolAccess: sometimes\n');
    const rejected = await waitFor(async () => (await health()).policy.lastReloadError, 10_000, 'the rejected reload');
    expect(rejected).toMatch(/defaultToolAccess/);
    expect((await health()).policy.loadedAt).toBe(before);
    // The previous policy (deny delete_file) still applies.
    expect((await sendDelete('during-bad-edit')).status).toBe(200);
    await waitFor(async () => {
      const res = await fetch(`${server.httpUrl}/api/sessions/during-bad-edit/alerts`, { headers: { authorization: `Bearer ${READER}` } });
      return res.ok && ((await res.json()) as Alert[]).some((a) => a.category === 'unauthorized_tool') ? true : undefined;
    }, 10_000, 'unauthorized_tool under the kept policy');
    writeFileSync(file, ALLOW_ALL);
    await waitFor(async () => {
      const p = (await health()).policy;
      return p.loadedAt !== before && p.lastReloadError === undefined ? true : undefined;
    }, 10_000, 'the valid reload');
  });
});
