// The policy over the API: anyone with access reads it, only admins replace it; invalid files are refused
// with the reason and the old policy stays; a valid one is written and applied at once.
import { mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
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

const call = (method: string, token: string, body?: unknown, on: TestServer = server) =>
  fetch(`${on.httpUrl}/api/policy`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

type PolicyHealth = { loadedAt: string; lastReloadError?: string };
const policyHealth = async (on: TestServer = server) =>
  ((await (await fetch(`${on.httpUrl}/api/health`, { headers: { authorization: `Bearer ${READER}` } })).json()) as { policy: PolicyHealth }).policy;
type PolicyDoc = { path: string; editable: boolean; text?: string; rejected?: { text?: string; error: string } };
const readPolicy = async (on: TestServer = server) => (await (await call('GET', READER, undefined, on)).json()) as PolicyDoc;

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

  it('answers a body that is not application/json with 415, as every API route does (a YAML body got a 400)', async () => {
    const res = await fetch(`${server.httpUrl}/api/policy`, { method: 'PUT', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'text/yaml' }, body: DENY_DELETE });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ error: 'validation_error', message: expect.stringMatching(/^PUT \/api\/policy: send the body as application\/json, not text\/yaml/) });
    expect(readFileSync(file, 'utf8')).toBe(ALLOW_ALL);
    // Larger than other API bodies still parses here (the policy route's own 1 MB limit).
    const big = await call('PUT', ADMIN, { text: `${ALLOW_ALL}${'#'.repeat(100 * 1024)}\n` });
    expect(big.status).toBe(200);
    expect((await call('PUT', ADMIN, { text: ALLOW_ALL })).status).toBe(200);
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

  it('refuses an empty or comment-only policy over the API, naming the file (it used to answer 200 and drop every rule)', async () => {
    for (const text of ['', '# nothing yet\n']) {
      const res = await call('PUT', ADMIN, { text });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toContain(`${file}: (document): the file is empty`);
    }
    expect(readFileSync(file, 'utf8')).toBe(ALLOW_ALL);
  });

  it('keeps the policy when the file is truncated on disk (`: > policy.yaml`, a non-atomic save), shows the policy in force and the rejected file, and takes the full file next', async () => {
    expect((await call('PUT', ADMIN, { text: DENY_DELETE })).status).toBe(200);
    const before = (await policyHealth()).loadedAt;
    writeFileSync(file, '');
    const error = await waitFor(async () => (await policyHealth()).lastReloadError, 10_000, 'the rejected empty file');
    expect(error).toContain(`${file}: (document): the file is empty: a policy needs at least`);
    expect((await policyHealth()).loadedAt).toBe(before);
    // GET shows what runs (not the empty file on disk), and says the file on disk was rejected and why.
    expect(await readPolicy()).toMatchObject({ path: file, editable: true, text: DENY_DELETE, rejected: { text: '', error } });
    // The rules still run on the kept policy: delete_file is not in clerk's allow-list.
    expect((await sendDelete('during-truncation')).status).toBe(200);
    await waitFor(async () => {
      const res = await fetch(`${server.httpUrl}/api/sessions/during-truncation/alerts`, { headers: { authorization: `Bearer ${READER}` } });
      return res.ok && ((await res.json()) as Alert[]).some((a) => a.category === 'unauthorized_tool') ? true : undefined;
    }, 10_000, 'unauthorized_tool under the kept policy');
    writeFileSync(file, ALLOW_ALL);
    await waitFor(async () => ((await policyHealth()).lastReloadError === undefined ? true : undefined), 10_000, 'the full file reloaded');
    const doc = await readPolicy();
    expect(doc.text).toBe(ALLOW_ALL);
    expect(doc.rejected).toBeUndefined();
  });

  it('says in one line that a removed policy file was removed and which policy still runs, and reloads it when it comes back', async () => {
    const { loadedAt } = await policyHealth();
    unlinkSync(file);
    const error = await waitFor(async () => (await policyHealth()).lastReloadError, 10_000, 'the removal reported');
    expect(error).toBe(`policy file ${file} was removed; keeping the policy loaded at ${loadedAt}`);
    expect(await readPolicy()).toMatchObject({ path: file, text: ALLOW_ALL, rejected: { error } });
    writeFileSync(file, ALLOW_ALL);
    await waitFor(async () => ((await policyHealth()).lastReloadError === undefined ? true : undefined), 10_000, 'the file reloaded');
  });
});

describe('a policy directory', () => {
  let dirServer: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = join(tempDir(), 'policies');
    mkdirSync(dir);
    writeFileSync(join(dir, 'base.yaml'), ALLOW_ALL);
    dirServer = await startTestServer({ policyPath: dir, adminTokens: ADMIN, readTokens: READER });
  });
  afterAll(async () => {
    await dirServer?.stop();
  });

  it('watches files added after the start: a later edit of one is seen (the file list was built once)', async () => {
    const before = (await policyHealth(dirServer)).loadedAt;
    const extra = join(dir, 'extra.yaml');
    writeFileSync(extra, 'apps:\n  files-app: { defaultToolAccess: deny }\n');
    await waitFor(async () => ((await policyHealth(dirServer)).loadedAt !== before ? true : undefined), 10_000, 'the reload after adding extra.yaml');
    writeFileSync(extra, 'apps:\n  files-app: { defaultToolAccess: sometimes }\n');
    const error = await waitFor(async () => (await policyHealth(dirServer)).lastReloadError, 10_000, 'the edit of extra.yaml seen');
    expect(error).toContain(`${extra}: apps.files-app.defaultToolAccess`);
    // A directory is not editable over the API, but GET still says its files were rejected.
    expect(await readPolicy(dirServer)).toMatchObject({ path: dir, editable: false, rejected: { error } });
    // Removing the file is seen too, and the directory loads again without it.
    rmSync(extra);
    await waitFor(async () => ((await policyHealth(dirServer)).lastReloadError === undefined ? true : undefined), 10_000, 'the reload after removing extra.yaml');
  });
});
