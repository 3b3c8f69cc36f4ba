// Runs `sentinel serve` as a child process (for crash and signal tests) and finds its port from its banner.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The `sentinel` command as installed: what a user runs. */
export const SENTINEL_BIN = join(import.meta.dirname, '..', '..', 'server', 'bin', 'sentinel.js');

export interface ChildServer {
  proc: ChildProcess;
  httpUrl: string;
  output: () => string;
  exited: Promise<number | null>;
}

export async function spawnServer(args: string[], env: Record<string, string> = {}): Promise<ChildServer> {
  const proc = spawn(process.execPath, [SENTINEL_BIN, 'serve', '--port', '0', '--grpc-port=-1', '--log-level', 'warn', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const httpUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const check = () => {
      const m = /Dashboard: (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return { proc, httpUrl, output: () => out, exited };
}

/** What a `sentinel` command run to its end printed and returned. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Wall time until the command exited (killed after 50 s). */
  ms: number;
}

/**
 * Runs `sentinel <args>` with extra environment variables, without blocking this process's event loop (a test that
 * runs the server in this process, or holds a port, must keep serving it).
 */
export function runSentinel(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [SENTINEL_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

