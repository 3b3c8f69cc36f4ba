// Retention: a server started with --retention deletes the sessions whose last span arrived longer ago than that,
// with their spans and alerts, and keeps newer ones; a bad duration or one shorter than the idle time stops the start.
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendChildrenFirst } from './support/late-name.ts';
import { exporterFor, sendMultiAgentSession } from './support/otel-session.ts';
import { startTestServer, tempDir, waitFor, type TestServer } from './support/server.ts';
import { SENTINEL_BIN } from './support/spawn-server.ts';

interface AlertView {
  category: string;
}
interface Health {
  counters: Record<string, number>;
  limits: Record<string, number>;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ retention: '2s', sessionIdleMs: 300, flushTimeoutMs: 200 });
});
afterAll(async () => {
  await server?.stop();
});

const status = async (path: string) => (await fetch(server.httpUrl + path)).status;

describe('retention', () => {
  it('deletes a session older than the retention with its spans and alerts; a newer one stays whole', async () => {
    // The old session: an injection read and a send it led to (alerts), named by its root span.
    const old = `old-${randomUUID()}`;
    const { endRoot } = await sendChildrenFirst(server, 'retention-app');
    await endRoot({ 'gen_ai.conversation.id': old });
    await waitFor(async () => (await server.get<AlertView[]>(`/api/sessions/${old}/alerts`)).some((a) => a.category === 'injection_propagation'), 10_000, 'the old session\'s alert');
    await waitFor(() => !server.pipeline.sessions.has(old), 5_000, 'the old session to close');
    // Past the retention, a new session arrives; then a pass runs (the timer's, or this one joining it).
    await new Promise((r) => setTimeout(r, 2_200));
    const fresh = `fresh-${randomUUID()}`;
    const sent = await sendMultiAgentSession(exporterFor('proto', server.httpUrl), { app: 'retention-app', sessionId: fresh, convention: 'openinference' });
    await waitFor(async () => (await server.get<unknown[]>(`/api/sessions/${fresh}/spans`)).length === sent, 10_000, 'the fresh session');
    await server.retention!.run();

    expect(await status(`/api/sessions/${old}`)).toBe(404);
    expect(server.store.spans(old)).toEqual([]);
    expect(server.store.sessionAlerts(old)).toEqual([]);
    expect((await server.get<{ total: number }>(`/api/alerts?sessionId=${old}`)).total).toBe(0);
    expect(await status(`/api/sessions/${fresh}`)).toBe(200);
    expect(await server.get<unknown[]>(`/api/sessions/${fresh}/spans`)).toHaveLength(sent);

    const health = await server.get<Health>('/api/health');
    expect(health.limits.retentionMs).toBe(2_000);
    expect(health.counters['retention_deleted_total.sessions']).toBeGreaterThanOrEqual(1);
    expect(health.counters['retention_deleted_total.alerts']).toBeGreaterThanOrEqual(1);
  });

  it('never deletes a session held live, whatever its age', async () => {
    const live = `live-${randomUUID()}`;
    const sent = await sendMultiAgentSession(exporterFor('proto', server.httpUrl), { app: 'retention-app', sessionId: live, convention: 'genai' });
    await waitFor(async () => (await server.get<unknown[]>(`/api/sessions/${live}/spans`)).length === sent, 10_000, 'the live session');
    // A pass that counts everything as expired (its clock a day ahead) still keeps what the pipeline holds live.
    expect(server.pipeline.sessions.has(live)).toBe(true);
    await server.store.prune({ before: new Date(Date.now() + 86_400_000).toISOString(), limit: 1_000, keep: [...server.pipeline.sessions.keys()] });
    expect(await server.get<unknown[]>(`/api/sessions/${live}/spans`)).toHaveLength(sent);
  });
});

describe('sentinel serve --retention', () => {
  const serve = (...args: string[]) => spawnSync(process.execPath, [SENTINEL_BIN, 'serve', '--port', '0', '--grpc-port=-1', '--data-dir', tempDir(), ...args], { encoding: 'utf8', timeout: 60_000 });

  it('refuses a duration it cannot read, saying what it takes', () => {
    const r = serve('--retention', '30 days');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('--retention must be a duration such as 30d, 12h or 90m');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('refuses a retention not longer than the session idle time, naming both', () => {
    const r = serve('--retention', '60s', '--session-idle-ms', '120000');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/retention \(60000 ms\) must be longer than the session idle time/);
  });
});
