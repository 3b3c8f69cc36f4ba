// Starts a real Sentinel on free loopback ports with a fresh data directory, for end-to-end tests.
import { rmSync } from 'node:fs';
import { startSentinel, type RunningSentinel } from '../../server/src/app.ts';
import type { ConfigInput } from '../../server/src/config.ts';
import { tempDir } from './temp-dir.ts';

export interface TestServer extends RunningSentinel {
  dataDir: string;
  get<T = unknown>(path: string): Promise<T>;
  /** Closes the server and deletes its data directory. */
  stop(): Promise<void>;
}

export { tempDir };

export async function startTestServer(overrides: ConfigInput = {}): Promise<TestServer> {
  const dataDir = (overrides.dataDir as string | undefined) ?? tempDir();
  const s = await startSentinel({ port: 0, grpcPort: 0, host: '127.0.0.1', logLevel: 'warn', ...overrides, dataDir }, {});
  return Object.assign(s, {
    dataDir,
    async get<T>(path: string): Promise<T> {
      const res = await fetch(s.httpUrl + path);
      if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async stop() {
      await s.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** Polls until `check` returns a value (not undefined/false) or the timeout passes. */
export async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v as T;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
