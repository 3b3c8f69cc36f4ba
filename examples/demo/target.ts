// Where the demo sends its spans: OTEL_EXPORTER_OTLP_ENDPOINT, else a local Sentinel, started in-process (with the example policies) when none answers.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_HTTP_ENDPOINT } from '@sentinel/instrument';
import { DEFAULT_WEB_DIR, startSentinel, type RunningSentinel } from '../../server/src/app.ts';
import { examplePolicyDir } from '../shared/policy-dir.ts';
import type { ExampleApp } from '../shared/scenario.ts';

export interface Target {
  /** OTLP/HTTP base URL (no /v1/traces), or undefined when the environment says gRPC. */
  httpBase?: string;
  /** Set when the target answers Sentinel's REST API: dashboard and alert look-ups work. */
  sentinel?: { dashboard: string; policyLoaded: boolean };
  /** The server this process started, if it did. */
  started?: RunningSentinel;
  close(): Promise<void>;
}

/** How long to wait for a health answer before deciding nothing listens. */
const PROBE_TIMEOUT_MS = 1_500;

export async function resolveTarget(apps: readonly ExampleApp[], env: NodeJS.ProcessEnv = process.env, log = console.log): Promise<Target> {
  const configured = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  const grpc = (env.OTEL_EXPORTER_OTLP_PROTOCOL ?? '').trim() === 'grpc';
  const base = (configured || DEFAULT_HTTP_ENDPOINT).replace(/\/+$/, '').replace(/\/v1\/traces$/, '');
  if (grpc) return { close: async () => undefined }; // the OTLP/gRPC port serves no REST API to probe
  const health = await probe(base);
  if (health) return { httpBase: base, sentinel: { dashboard: `${base}/`, policyLoaded: health.policy?.loaded === true }, close: async () => undefined };
  if (configured) {
    log(`No Sentinel REST API at ${base}: sending spans there anyway (OTEL_EXPORTER_OTLP_ENDPOINT), without alert look-ups.`);
    return { httpBase: base, close: async () => undefined };
  }
  return startInProcess(apps, log);
}

async function probe(base: string): Promise<{ policy?: { loaded?: boolean } } | undefined> {
  try {
    const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return res.ok ? ((await res.json()) as { policy?: { loaded?: boolean } }) : undefined;
  } catch {
    return undefined;
  }
}

async function startInProcess(apps: readonly ExampleApp[], log: (s: string) => void): Promise<Target> {
  buildDashboardIfMissing(log);
  const policyDir = examplePolicyDir(apps);
  log('No Sentinel answers on the default port: starting one in this process with the example policies.');
  let s: RunningSentinel;
  try {
    s = await startSentinel({ policyPath: policyDir });
  } catch {
    // Something else (another OTLP collector) may hold the gRPC port; the demo only needs HTTP.
    try {
      s = await startSentinel({ policyPath: policyDir, grpcPort: -1 });
    } catch (err) {
      rmSync(policyDir, { recursive: true, force: true });
      throw new Error(`could not start Sentinel (${(err as Error).message}). If another program holds port 4318, set OTEL_EXPORTER_OTLP_ENDPOINT to a running Sentinel.`);
    }
  }
  return {
    httpBase: s.httpUrl,
    sentinel: { dashboard: `${s.httpUrl}/`, policyLoaded: true },
    started: s,
    close: async () => {
      await s.close();
      rmSync(policyDir, { recursive: true, force: true });
    },
  };
}

/** First run: the dashboard is a Vite build (`npm start` builds it the same way). */
function buildDashboardIfMissing(log: (s: string) => void): void {
  if (existsSync(join(DEFAULT_WEB_DIR, 'index.html'))) return;
  log('Building the dashboard (first run only)…');
  const r = spawnSync('npm', ['run', 'build:web', '--silent'], { stdio: 'inherit' });
  if (r.status !== 0) log('The dashboard build failed; the API and OTLP endpoints still work. Try `npm run build:web`.');
}
