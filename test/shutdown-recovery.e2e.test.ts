// What a stop, a crash or a store that refuses a write leaves behind: nothing acknowledged lost, no session left
// "live" for ever, no alert lost with a refused batch, and a SIGTERM that ends under load.
import { rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import type { Alert, Health, SessionSummary } from '../server/src/contract/api-types.ts';
import { hex, otlpJson, type JsonSpanSpec } from './support/otlp-json.ts';
import { startTestServer, tempDir, waitFor } from './support/server.ts';
import { spawnServer } from './support/spawn-server.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** `n` identical tool calls under one agent (a `loop` alert once placed); `orphan`: their parent never arrives. */
function loopBody(session: string, trace: number, n: number, orphan = false): string {
  const t0 = 1_700_000_000_000_000_000n + BigInt(trace) * 1_000_000_000_000n;
  const traceId = hex(trace, 32);
  const root = hex(trace * 1000, 16);
  const spans: JsonSpanSpec[] = orphan ? [] : [{ traceId, spanId: root, name: 'worker', startNs: t0, endNs: t0 + 10_000_000_000n, attributes: { 'session.id': session, 'openinference.span.kind': 'AGENT', 'agent.name': 'worker', 'input.value': 'go' } }];
  for (let i = 0; i < n; i++) {
    spans.push({ traceId, spanId: hex(trace * 1000 + i + 1, 16), parentSpanId: orphan ? hex(trace * 1000 + 999, 16) : root, name: 'search', startNs: t0 + BigInt(i + 1) * 1_000_000n, attributes: { 'session.id': session, 'openinference.span.kind': 'TOOL', 'tool.name': 'search', 'input.value': '{"q":"same"}', 'output.value': 'x'.repeat(200) } });
  }
  return otlpJson('recovery-app', spans);
}

const post = (url: string, body: string) => fetch(`${url}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('after a crash', () => {
  it('closes the sessions the crash left live, placing the spans that waited for a parent and raising what they raise', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const flags = ['--data-dir', dataDir, '--session-idle-ms', '60000', '--flush-timeout-ms', '60000'];
    const first = await spawnServer(flags);
    expect((await post(first.httpUrl, loopBody('left-open', 1, 8, true))).status).toBe(200);
    first.proc.kill('SIGKILL');
    await first.exited;
    const again = await spawnServer(flags);
    try {
      const summary = (await (await fetch(`${again.httpUrl}/api/sessions/left-open`)).json()) as SessionSummary;
      expect(summary).toMatchObject({ state: 'closed', spanCount: 8 });
      expect(summary.nodeCount).toBeGreaterThan(0);
      const alerts = (await (await fetch(`${again.httpUrl}/api/sessions/left-open/alerts`)).json()) as Alert[];
      expect(alerts.map((a) => a.category)).toContain('loop');
      expect(again.output()).toMatch(/the last run did not stop cleanly: closed 1 session\(s\) left live/);
    } finally {
      again.proc.kill('SIGTERM');
      await again.exited;
    }
  });
});

describe('a SIGTERM under load', () => {
  it('ends within seconds though senders keep their connections busy, and keeps every span it acknowledged', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const server = await spawnServer(['--data-dir', dataDir]);
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    const acked: string[] = [];
    let stop = false;
    let n = 0;
    const send = (body: string) =>
      new Promise<number>((resolve) => {
        const req = request(`${server.httpUrl}/v1/traces`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', () => resolve(0));
        req.end(body);
      });
    const sender = async () => {
      while (!stop) {
        const session = `busy-${n++}`;
        if ((await send(loopBody(session, 100 + n, 2))) === 200) acked.push(session);
      }
    };
    const senders = [sender(), sender()];
    await waitFor(() => acked.length >= 20, 15_000, 'some acknowledged requests');
    const t0 = Date.now();
    server.proc.kill('SIGTERM');
    const code = await server.exited;
    stop = true;
    await Promise.all(senders);
    agent.destroy();
    expect(code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(8_000);
    const again = await spawnServer(['--data-dir', dataDir]);
    try {
      for (const id of acked) {
        const s = (await (await fetch(`${again.httpUrl}/api/sessions/${id}`)).json()) as SessionSummary;
        expect(s.spanCount, id).toBe(3);
        expect(s.state, id).toBe('closed');
      }
    } finally {
      again.proc.kill('SIGTERM');
      await again.exited;
    }
  });
});

describe('a batch the store refuses', () => {
  it('is answered 503 with Retry-After, says so in health, and its alerts are written when it is sent again', async () => {
    const server = await startTestServer();
    try {
      // A fault injected into the real store: its next write fails as a full disk makes SQLite fail.
      const write = server.store.writeAsync.bind(server.store);
      let failures = 1;
      server.store.writeAsync = (batch) => (failures-- > 0 ? Promise.reject(new Error('database or disk is full')) : write(batch));
      const body = loopBody('refused', 7, 8);
      const refused = await post(server.httpUrl, body);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('5');
      expect(await refused.json()).toMatchObject({ message: expect.stringMatching(/database or disk is full; nothing of this batch was kept: send it again/) });
      const health = await server.get<Health>('/api/health');
      expect(health.status).toBe('degraded');
      expect(health.store.lastWriteError?.message).toMatch(/disk is full/);
      expect((await post(server.httpUrl, body)).status).toBe(200);
      const alerts = await waitFor(async () => {
        const a = await server.get<Alert[]>('/api/sessions/refused/alerts');
        return a.length > 0 && a;
      }, 5_000, 'the alerts of the batch sent again');
      expect(alerts.map((a) => a.category)).toContain('loop');
      expect((await server.get<SessionSummary>('/api/sessions/refused')).spanCount).toBe(9);
    } finally {
      await server.stop();
    }
  });
});
