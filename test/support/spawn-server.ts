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
