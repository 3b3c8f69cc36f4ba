// `sentinel serve` at start on a data directory it must not use: already in use, not writable, not creatable. Real processes.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/server.ts';
import { SENTINEL_BIN, spawnServer } from './support/spawn-server.ts';

/** Root may write anywhere: the permission cases run the command as `nobody` then (its files are world-readable). */
const AS_NOBODY = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'] : [];

/** Runs one `sentinel` command to its end: exit code and everything it wrote. */
function run(args: string[], opts: { unprivileged?: boolean } = {}): Promise<{ code: number | null; out: string }> {
  const argv = [...(opts.unprivileged ? AS_NOBODY : []), process.execPath, SENTINEL_BIN, ...args];
  const proc = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout.on('data', (d) => (out += d));
  proc.stderr.on('data', (d) => (out += d));
  return new Promise((resolve) => proc.once('exit', (code) => resolve({ code, out })));
}
const serveArgs = (dir: string) => ['serve', '--port', '0', '--grpc-port=-1', '--log-level', 'warn', '--data-dir', dir];

/** A temp directory `nobody` can reach (mkdtemp makes it 0700). */
function reachableDir(): string {
  const d = tempDir('sentinel-open-');
  chmodSync(d, 0o755);
  return d;
}

describe('sentinel serve on a data directory it cannot use', () => {
  it('refuses a second server on a directory a running one has, in one line naming the directory and the first', async () => {
    const dir = tempDir();
    const first = await spawnServer(['--data-dir', dir]);
    try {
      const second = await run(serveArgs(dir));
      expect(second.code).toBe(1);
      expect(second.out).toBe(`sentinel serve: openSqliteStore: the data directory ${dir} is in use by another Sentinel (pid ${first.proc.pid}, started ${second.out.match(/started (\S+)\)/)?.[1]}); stop it first, or choose another --data-dir\n`);
      // Reading beside it is allowed (nothing written); baselines the running server keeps its own copy of are not.
      expect(await run(['baseline', 'list', '--data-dir', dir])).toMatchObject({ code: 0 });
      const freeze = await run(['baseline', 'freeze', '--app', 'a', '--data-dir', dir]);
      expect(freeze).toMatchObject({ code: 1, out: expect.stringContaining('is in use by another Sentinel') });
      expect((await fetch(`${first.httpUrl}/api/health`)).status).toBe(200);
    } finally {
      first.proc.kill('SIGKILL');
      await first.exited;
    }
    // A killed server leaves no lock behind: the next one starts.
    const next = await spawnServer(['--data-dir', dir]);
    next.proc.kill('SIGTERM');
    await next.exited;
  }, 60_000);

  it('says a read-only data directory is not writable by this user, not that it may be corrupt', async () => {
    const dir = join(reachableDir(), 'data');
    const s = await spawnServer(['--data-dir', dir]);
    s.proc.kill('SIGTERM');
    await s.exited;
    chmodSync(dir, 0o555);
    const r = await run(serveArgs(dir), { unprivileged: true }).finally(() => chmodSync(dir, 0o755)); // removable again
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`^sentinel serve: openSqliteStore: the data directory ${dir} is not writable by this user \\(.+\\); its data is not damaged: .*\\n$`));
    expect(r.out).not.toMatch(/corrupt|move it aside/);
  }, 60_000);

  it('says in one line, not a stack trace, that a missing data directory cannot be created under a read-only parent', async () => {
    const parent = join(reachableDir(), 'ro');
    mkdirSync(parent, { mode: 0o555 });
    chmodSync(parent, 0o555);
    const dir = join(parent, 'x', 'y');
    const r = await run(serveArgs(dir), { unprivileged: true });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`^sentinel serve: openSqliteStore: cannot create the data directory ${dir}: permission denied for this user \\(.+\\); create it, or choose another --data-dir\\n$`));
  }, 60_000);
});
