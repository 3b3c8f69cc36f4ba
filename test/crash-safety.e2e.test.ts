// Kills the server (SIGKILL) in the middle of ingest and checks that every acknowledged span survived the restart.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { hex, otlpJson } from './support/otlp-json.ts';
import { waitFor, tempDir } from './support/server.ts';
import { spawnServer } from './support/spawn-server.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function body(round: number, req: number): { body: string; spanIds: string[]; sessionId: string } {
  const sessionId = `crash-${round}-${req % 5}`;
  const spanIds: string[] = [];
  const spans = Array.from({ length: 40 }, (_, i) => {
    const spanId = hex(round * 1_000_000 + req * 100 + i + 1, 16);
    spanIds.push(spanId);
    return {
      traceId: hex(round * 1000 + req + 1, 32),
      spanId,
      name: 'search',
      startNs: 1_700_000_000_000_000_000n + BigInt(req * 100 + i) * 1_000_000n,
      attributes: { 'openinference.span.kind': 'TOOL', 'tool.name': `tool_${i % 7}`, 'session.id': sessionId, 'output.value': 'x'.repeat(500) },
    };
  });
  return { body: otlpJson('crash-app', spans), spanIds, sessionId };
}

describe('crash safety', () => {
  it('loses no acknowledged span when killed with SIGKILL mid-stream, several times', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const acked = new Map<string, Set<string>>();
    for (let round = 0; round < 3; round++) {
      const server = await spawnServer(['--data-dir', dataDir]);
      let stop = false;
      let sent = 0;
      let ackedThisRound = 0;
      const senders = Array.from({ length: 4 }, async (_, w) => {
        for (let req = w; !stop; req += 4) {
          const b = body(round, req);
          sent++;
          try {
            const res = await fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b.body });
            if (res.status === 200) {
              await res.text();
              ackedThisRound++;
              const set = acked.get(b.sessionId) ?? new Set<string>();
              for (const id of b.spanIds) set.add(id);
              acked.set(b.sessionId, set);
            }
          } catch {
            return; // the server died under us: this request was never acknowledged
          }
        }
      });
      // Kill mid-stream, at a different point each round: after some acknowledgements (a loaded
      // machine may take a while to get there), plus a round-dependent delay.
      await waitFor(() => ackedThisRound >= 2 + round * 2, 30_000, 'acknowledged requests');
      await new Promise((r) => setTimeout(r, round * 40));
      server.proc.kill('SIGKILL');
      stop = true;
      await Promise.all(senders);
      await server.exited;
      expect(sent).toBeGreaterThan(4);
    }
    const server = await spawnServer(['--data-dir', dataDir]);
    try {
      let total = 0;
      for (const [sessionId, ids] of acked) {
        const res = await fetch(`${server.httpUrl}/api/sessions/${sessionId}/spans`);
        expect(res.status).toBe(200);
        const stored = new Set(((await res.json()) as { spanId: string }[]).map((s) => s.spanId));
        for (const id of ids) expect(stored.has(id)).toBe(true);
        total += ids.size;
      }
      expect(total).toBeGreaterThan(0);
    } finally {
      server.proc.kill('SIGTERM');
      await server.exited;
    }
  });

  it('drains and exits cleanly on SIGTERM', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const server = await spawnServer(['--data-dir', dataDir]);
    const b = body(9, 1);
    const res = await fetch(`${server.httpUrl}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b.body });
    expect(res.status).toBe(200);
    const t0 = Date.now();
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    const again = await spawnServer(['--data-dir', dataDir]);
    try {
      const spans = (await (await fetch(`${again.httpUrl}/api/sessions/${b.sessionId}/spans`)).json()) as unknown[];
      expect(spans).toHaveLength(40);
    } finally {
      again.proc.kill('SIGTERM');
      await again.exited;
    }
  });

  it('refuses to start on a data directory that is not a Sentinel database, and says why', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dataDir}/sentinel.db`, 'this is not a database, it is a text file of some length '.repeat(100));
    await expect(spawnServer(['--data-dir', dataDir])).rejects.toThrow(/is not a Sentinel store: it is not a SQLite database/);
  });
});
