// The `sentinel` command as a user types it: documented flags work, mistakes get one clear line, not a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeExportTraceRequest, type PlainSpan } from '../bench/otlp-encode.ts';
import { REPLAY_MAX_RETRIES } from '../server/src/cli/replay-files.ts';
import { generateScenarios, writeScenarioCorpus } from '../server/src/scoring/scenarios.ts';
import { hex, otlpJson, type JsonSpanSpec } from './support/otlp-json.ts';
import { tempDir, waitFor } from './support/server.ts';
import { SENTINEL_BIN as BIN, runSentinel, spawnServer, type ChildServer } from './support/spawn-server.ts';

const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });

/** As `run`, without blocking this process's event loop (a test that holds a port must keep serving it). */
const runAsync = (...args: string[]) => runSentinel({}, ...args);

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
    expect(r.stderr).toContain(`${join(dir, 'one.json')}: cannot reach ${endpoint}/v1/traces`);
    expect(r.stderr).toContain('ECONNREFUSED');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('gives up on a server that takes the connection and never answers, naming the file and the endpoint (it hung for minutes)', async () => {
    const sockets = new Set<Socket>();
    const silent = createServer((s) => void sockets.add(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const dir = tempDir();
    const file = join(dir, 'one.json');
    writeFileSync(file, otlpJson('replay-app', spansOf('replay-silent', 1, 1)));
    try {
      for (const [env, flags] of [[{}, ['--timeout', '1']], [{ OTEL_EXPORTER_OTLP_TIMEOUT: '1000' }, []]] as const) {
        const r = await runSentinel(env, 'replay', '--endpoint', endpoint, ...flags, dir);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(file);
        expect(r.stderr).toContain(`${endpoint}/v1/traces`);
        expect(r.stderr).toContain('no answer within 1 s');
        expect(r.stderr).not.toMatch(/^\s+at /m);
        expect(r.ms).toBeLessThan(15_000);
      }
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });

  it('retries 429, 502, 503 and 504 as OTLP asks (after Retry-After), and gives up after a bounded number of tries', async () => {
    let answers: number[] = [];
    let requests = 0;
    const flaky = createHttpServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const code = answers[requests++] ?? 200;
        if (code === 200) res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        else res.writeHead(code, { 'content-type': 'application/json', 'retry-after': '0' }).end('{"code":14,"message":"try later"}');
      });
    });
    await new Promise<void>((r) => flaky.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(flaky.address() as { port: number }).port}`;
    const file = join(tempDir(), 'one.json');
    writeFileSync(file, otlpJson('replay-app', spansOf('replay-flaky', 2, 1)));
    try {
      answers = [502, 504, 429, 503];
      const ok = await runSentinel({}, 'replay', '--endpoint', endpoint, file);
      expect(ok.status, ok.stderr).toBe(0);
      expect(requests).toBe(5);

      answers = Array.from({ length: 100 }, () => 503);
      requests = 0;
      const down = await runSentinel({}, 'replay', '--endpoint', endpoint, file);
      expect(down.status).toBe(1);
      expect(down.stderr).toContain(`${file}: HTTP 503`);
      expect(requests).toBe(1 + REPLAY_MAX_RETRIES);
    } finally {
      flaky.closeAllConnections();
      await new Promise((r) => flaky.close(r));
    }
  });

  describe('against a real server', () => {
    let sink: ChildServer | undefined;
    afterAll(async () => {
      sink?.proc.kill('SIGTERM');
      await sink?.exited;
    });
    const sinkUrl = async () => (sink ??= await spawnServer(['--data-dir', join(tempDir(), 'data')])).httpUrl;

    it('reports each file it could not deliver whole, still sends the good ones, skips other files, exits 1', async () => {
      const url = await sinkUrl();
      const dir = tempDir();
      mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
      writeFileSync(join(dir, 'good.json'), otlpJson('replay-app', spansOf('replay-json', 10, 2)));
      writeFileSync(join(dir, 'nested', 'good.json.gz'), gzipSync(otlpJson('replay-app', spansOf('replay-json-gz', 11, 2))));
      writeFileSync(join(dir, 'nested', 'deeper', 'good.pb'), protobufOf(spansOf('replay-pb', 12, 2)));
      writeFileSync(join(dir, 'nested', 'good.pb.gz'), gzipSync(protobufOf(spansOf('replay-pb-gz', 13, 2))));
      writeFileSync(join(dir, 'all-rejected.json'), otlpJson('replay-app', spansOf('replay-bad', 14, 2, 2)));
      writeFileSync(join(dir, 'all-rejected.pb'), protobufOf(spansOf('replay-bad-pb', 15, 2, 2)));
      writeFileSync(join(dir, 'some-rejected.json'), otlpJson('replay-app', spansOf('replay-partial', 16, 3, 1)));
      writeFileSync(join(dir, 'no-spans.json'), '{"foo":1}');
      writeFileSync(join(dir, 'empty.pb'), new Uint8Array(0));
      writeFileSync(join(dir, 'broken.json'), 'not json');
      writeFileSync(join(dir, 'notes.txt'), 'not a trace');
      const r = await runAsync('replay', '--endpoint', url, dir);
      expect(r.status).toBe(1);
      const line = (name: string) => r.stderr.split('\n').find((l) => l.startsWith(`${join(dir, name)}: `));
      expect(line('all-rejected.json')).toMatch(/: all 2 spans rejected: .*spanId/);
      expect(line('all-rejected.pb')).toMatch(/: all 2 spans rejected: .*spanId/);
      expect(line('some-rejected.json')).toMatch(/: 1 of 3 spans rejected: .*spanId/);
      expect(line('no-spans.json')).toContain('no spans in this file');
      expect(line('empty.pb')).toContain('no spans in this file');
      expect(line('broken.json')).toContain('HTTP 400');
      expect(r.stderr).not.toContain('good');
      expect(r.stderr).not.toContain('notes.txt');
      expect(r.stdout).toContain(`replayed 4/10 files to ${url}`);
      for (const id of ['replay-json', 'replay-json-gz', 'replay-pb', 'replay-pb-gz', 'replay-partial']) {
        await waitFor(async () => (await fetch(`${url}/api/sessions/${id}`)).ok, 10_000, `session ${id}`);
      }
    });

    it('exits non-zero when every span of a file was rejected or a file held no spans (it printed "replayed 2/2")', async () => {
      const url = await sinkUrl();
      const dir = tempDir();
      writeFileSync(join(dir, 'all-rejected.json'), otlpJson('replay-app', spansOf('replay-bad-2', 20, 2, 2)));
      writeFileSync(join(dir, 'no-spans.json'), '{"foo":1}');
      const r = await runAsync('replay', '--endpoint', url, dir);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('replayed 0/2 files');
    });

    it('exits non-zero when some spans of a file were rejected, and 0 when every file arrived whole', async () => {
      const url = await sinkUrl();
      const partial = tempDir();
      writeFileSync(join(partial, 'some-rejected.json'), otlpJson('replay-app', spansOf('replay-partial-2', 21, 2, 1)));
      const r = await runAsync('replay', '--endpoint', url, partial);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('replayed 0/1 files');
      expect(r.stderr).toContain('1 of 2 spans rejected');

      const good = tempDir();
      writeFileSync(join(good, 'a.json'), otlpJson('replay-app', spansOf('replay-good-a', 22, 2)));
      writeFileSync(join(good, 'b.pb'), protobufOf(spansOf('replay-good-b', 23, 2)));
      const ok = await runAsync('replay', '--endpoint', url, good);
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toContain('replayed 2/2 files');
    });
  });
});

const T0 = 1_700_000_000_000_000_000n;

/** `count` spans of one session; the last `bad` of them have a 3-byte span id, which the server rejects. */
function spansOf(sessionId: string, n: number, count: number, bad = 0): JsonSpanSpec[] {
  return Array.from({ length: count }, (_, k) => ({
    traceId: hex(n, 32),
    spanId: k >= count - bad ? hex(k, 6) : hex(n * 100 + k + 1, 16),
    name: `step-${k}`,
    startNs: T0 + BigInt(k) * 1_000_000n,
    attributes: { 'session.id': sessionId, 'openinference.span.kind': 'AGENT', 'agent.name': 'assistant' },
  }));
}

/** The same spans as an OTLP/protobuf request body. */
function protobufOf(spans: JsonSpanSpec[]): Uint8Array {
  const bytes = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
  const plain: PlainSpan[] = spans.map((s) => ({ traceId: bytes(s.traceId), spanId: bytes(s.spanId), name: s.name, startTimeUnixNano: s.startNs, endTimeUnixNano: s.startNs + 1_000_000n, attributes: s.attributes }));
  return encodeExportTraceRequest([{ resource: { 'service.name': 'replay-app' }, spans: plain }]);
}

describe('sentinel eval', () => {
  /** A corpus of one OTLP file holding session `eval-run` and the given labels.jsonl rows. */
  const corpus = (...rows: object[]): string => {
    const dir = tempDir();
    writeFileSync(join(dir, 'run.json'), otlpJson('eval-app', [{ traceId: hex(91, 32), spanId: hex(9101, 16), name: 'agent', startNs: 1_700_000_000_000_000_000n, attributes: { 'session.id': 'eval-run', 'openinference.span.kind': 'AGENT', 'agent.name': 'agent' } }]));
    writeFileSync(join(dir, 'labels.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return dir;
  };
  const good = { id: 'eval-run', file: 'run.json', suite: 's', attacked: false, attackSucceeded: false };
  /** One line on stderr, exit 1, no stack trace. */
  const expectOneLineError = (r: { status: number | null; stderr: string }) => {
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  };

  it("names the labels.jsonl line whose file is not there, before it replays anything (it was an ENOENT stack trace)", () => {
    const dir = corpus(good, { ...good, id: 'gone', file: 'traces/gone.json' });
    const r = run('eval', '--corpus', dir, '--no-graph');
    expectOneLineError(r);
    expect(r.stderr).toContain(`${join(dir, 'labels.jsonl')} line 2: file "traces/gone.json" does not exist`);
    expect(r.stdout).toBe('');
  });

  it.each([
    ['attacked', '"false"'],
    ['attackSucceeded', '1'],
  ])('refuses a label %s that is not a boolean, naming the line ("false" counted as attacked)', (key, value) => {
    const dir = corpus(good, { ...good, [key]: JSON.parse(value) });
    const r = run('eval', '--corpus', dir, '--no-graph');
    expectOneLineError(r);
    expect(r.stderr).toContain(`line 2: "${key}" must be true or false, got ${value}`);
  });

  it('names the line whose id no span of its trace carries as its session id (it was "HTTP 404" with a stack trace)', async () => {
    const dir = corpus({ ...good, id: 'nosuch' }, good);
    const r = await runAsync('eval', '--corpus', dir, '--no-graph');
    expectOneLineError(r);
    expect(r.stderr).toContain(`${join(dir, 'labels.jsonl')} line 1: id "nosuch" is no session of run.json: no span of its trace carries it as its session id`);
  });

  describe('with --server', () => {
    let running: ChildServer | undefined;
    let policy: string;
    afterAll(async () => {
      running?.proc.kill('SIGTERM');
      await running?.exited;
    });

    it("names the running server's policy in the report, and refuses --policy / --no-policy, which it cannot apply", async () => {
      const dir = tempDir();
      policy = join(dir, 'server-policy.yaml');
      writeFileSync(policy, 'version: 1\ndefaultToolAccess: allow\n');
      running = await spawnServer(['--data-dir', join(dir, 'data'), '--policy', policy]);
      const ok = await runAsync('eval', '--corpus', corpus(good), '--server', running.httpUrl, '--no-graph');
      expect(ok.stderr).toBe('');
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain(`--server ${running.httpUrl} (its policy: ${policy})`);
      for (const flag of [['--policy', join(dir, 'other.yaml')], ['--no-policy']]) {
        const refused = await runAsync('eval', '--corpus', corpus(good), '--server', running.httpUrl, ...flag, '--no-graph');
        expectOneLineError(refused);
        expect(refused.stderr).toContain(`${flag[0]} cannot be used with --server: a running server applies its own policy`);
      }
    });

    it('says to check --server, not --endpoint, when nothing listens there', async () => {
      const port = await closedPort();
      const r = await runAsync('eval', '--corpus', corpus(good), '--server', `http://127.0.0.1:${port}`, '--no-graph');
      expectOneLineError(r);
      expect(r.stderr).toContain(`cannot reach http://127.0.0.1:${port}/v1/traces`);
      expect(r.stderr).toContain('check --server');
      expect(r.stderr).not.toContain('--endpoint');
    });
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

describe('sentinel policy', () => {
  it('rejects an empty or comment-only policy file, naming it (it printed "valid policy" and exited 0)', () => {
    const dir = tempDir();
    for (const [name, text, what] of [['empty.yaml', '', 'the file is empty'], ['comments.yaml', '# TODO\n', 'the file is empty (only comments)']]) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const r = run('policy', 'check', file);
      expect(r.status).toBe(1);
      expect(r.stdout).not.toContain('valid policy');
      expect(r.stderr).toContain(`${file}: (document): ${what}: a policy needs at least one setting`);
    }
  });

  it('says a usage mistake once: "sentinel policy: usage: …", not "sentinel policy: policy: usage: …"', () => {
    const r = run('policy');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('sentinel policy: usage: sentinel policy check <file|dir>');
  });
});

describe('sentinel <command> --help', () => {
  it('prints the command\'s usage and exits 0 for every command (--help was a file name, a usage error or "Unknown option")', () => {
    for (const args of [['policy', 'check', '--help'], ['policy', '--help'], ['serve', '--help'], ['replay', '--help'], ['eval', '-h'], ['baseline', '--help']]) {
      const r = run(...args);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(new RegExp(`^usage:\\n  sentinel ${args[0]} `));
    }
  });

  it('lists replay --header in the main usage', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/replay <file\|dir>\.\.\. .*\[--header name=value\]/);
  });
});
