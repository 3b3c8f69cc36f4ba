// The `sentinel` command as a user types it: documented flags work, mistakes get one clear line, not a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateScenarios, writeScenarioCorpus } from '../server/src/scoring/scenarios.ts';
import { tempDir } from './support/server.ts';
import { SENTINEL_BIN as BIN, spawnServer, type ChildServer } from './support/spawn-server.ts';

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });

/** As `run`, without blocking this process's event loop (a test that holds a port must keep serving it). */
function runAsync(...args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

/** A loopback port nobody listens on: bound, read, closed. */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

let server: ChildServer | undefined;
afterAll(async () => {
  server?.proc.kill('SIGTERM');
  await server?.exited;
});

describe('sentinel serve', () => {
  it('runs on the policy given with --policy (README, usage and `sentinel eval` all spell it so)', async () => {
    const dir = tempDir();
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, 'version: 1\ndefaultToolAccess: deny\n');
    server = await spawnServer(['--data-dir', join(dir, 'data'), '--policy', policy]);
    const res = await fetch(`${server.httpUrl}/api/policy`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { path: string; text: string };
    expect(body.path).toBe(policy);
    expect(body.text).toContain('defaultToolAccess: deny');
  });

  it('says which port is taken and which setting moves it, and exits (HTTP and gRPC)', async () => {
    const holder = createServer();
    await new Promise<void>((r) => holder.listen(0, '127.0.0.1', r));
    const taken = (holder.address() as { port: number }).port;
    try {
      const dir = tempDir();
      const http = await runAsync('serve', '--port', String(taken), '--grpc-port=-1', '--data-dir', join(dir, 'a'));
      expect(http.status).toBe(1);
      expect(http.stderr).toContain(`cannot listen on 127.0.0.1:${taken} for OTLP/HTTP`);
      expect(http.stderr).toContain('--port');
      expect(http.stderr).not.toMatch(/^\s+at /m);
      const grpc = await runAsync('serve', '--port', '0', `--grpc-port=${taken}`, '--data-dir', join(dir, 'b'));
      expect(grpc.status).toBe(1);
      expect(grpc.stderr).toContain(`cannot listen on 127.0.0.1:${taken} for OTLP/gRPC`);
      expect(grpc.stderr).not.toMatch(/^\s+at /m);
      // One line, not grpc-js's own report of the same failure beside it.
      expect(grpc.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await new Promise((r) => holder.close(r));
    }
  });

  it('refuses an invalid policy with every problem listed, before it writes anything', () => {
    const dir = tempDir();
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, 'version: 2\napps: 5\n');
    const r = run('serve', '--port', '0', '--grpc-port=-1', '--data-dir', join(dir, 'data'), '--policy', policy);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${policy}: version`);
    expect(r.stderr).toContain(`${policy}: apps`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('refuses an unknown flag with the flag named and a non-zero exit', () => {
    const r = run('serve', '--no-such-flag', 'x');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("'--no-such-flag'");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('sentinel replay', () => {
  it('says which endpoint it cannot reach, in one line, when no server listens there', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one.json'), JSON.stringify({ resourceSpans: [] }));
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const r = run('replay', '--endpoint', endpoint, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`cannot reach ${endpoint}/v1/traces`);
    expect(r.stderr).toContain('ECONNREFUSED');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('sentinel baseline', () => {
  it('learns from a corpus into a new store, then lists what it learned', () => {
    const dir = tempDir();
    writeScenarioCorpus(join(dir, 'corpus'), generateScenarios({ benign: 40, attacksPerType: 1 }));
    const built = run('baseline', 'build', '--corpus', join(dir, 'corpus'), '--data-dir', join(dir, 'data'));
    expect(built.status, built.stderr).toBe(0);
    const listed = run('baseline', 'list', '--data-dir', join(dir, 'data'));
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('research-desk');
    expect(listed.stdout).toContain('support-bot');
  });

  it('reading a store that is not there is an error naming the directory, and creates nothing', () => {
    const missing = join(tempDir(), 'no-such-data');
    for (const args of [['list'], ['freeze', '--app', 'x'], ['build', '--from-store', '--app', 'x']]) {
      const r = run('baseline', ...args, '--data-dir', missing);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`no Sentinel store in ${missing}`);
    }
    expect(existsSync(missing)).toBe(false);
  });
});
